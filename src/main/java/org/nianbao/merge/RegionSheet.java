package org.nianbao.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.xlsx.Sheet;

/**
 * The 地区与层级 sheet: each report's agency placed by its name in the administrative divisions
 * ({@link Gazetteer}) — province, city, county, town, its level and kind — on the same row as on
 * 汇总; a name that fits several places is marked, with the places, never guessed. With a region
 * given (--region), a name that does not say where it is is read within that region, and says so.
 */
final class RegionSheet {
  static final String NAME = "地区与层级";
  /** The column of the province, which 统计 sums by. */
  static final int PROVINCE = 1;
  /** The column of the level, which 排名 ranks within. */
  static final int LEVEL = 5;
  private static final List<String> HEADERS = List.of("机关", "省", "市", "县", "乡镇街道", "层级", "类别", "区划代码", "说明");

  private final Gazetteer gazetteer;
  private final Optional<Gazetteer.Division> region;
  private final Sheet sheet;
  private final List<String> levels = new ArrayList<>();

  RegionSheet(Gazetteer gazetteer, Optional<Gazetteer.Division> region, Sheet sheet) {
    this.gazetteer = gazetteer;
    this.region = region;
    this.sheet = sheet;
    for (int i = 0; i < HEADERS.size(); i++) {
      for (int r = 0; r < ComparisonWorkbookWriter.FIRST_DATA_ROW - 1; r++) {
        sheet.text(r, i, r == 1 && i == HEADERS.size() - 1 ? "区划：国家统计局2023年统计用区划代码" : HEADERS.get(i), MergeStyles.HEADER);
      }
    }
    sheet.width(0, 28);
    sheet.width(1, 4, 12);
    sheet.width(5, 6, 10);
    sheet.width(7, 14);
    sheet.width(8, 50);
    sheet.freeze(1, ComparisonWorkbookWriter.FIRST_DATA_ROW - 1);
  }

  /** Where a report was placed: its province ("" when unknown) and level. */
  record Placed(String province, String level) {}

  /** Places the report's agency on its row. */
  Placed add(int row, String agency) {
    Gazetteer.Location at = gazetteer.locate(agency, region);
    sheet.text(row, 0, agency, null);
    for (int i = 0; i < at.divisions().size(); i++) {
      sheet.text(row, 1 + i, at.divisions().get(i), null);
    }
    levels.add(at.level());
    sheet.text(row, LEVEL, at.level(), null);
    sheet.text(row, 6, at.kind(), null);
    sheet.text(row, 7, at.code(), null);
    sheet.text(row, 8, at.note(), MergeStyles.WRAPPED);
    sheet.flushBefore(row + 1);
    return new Placed(at.province(), at.level());
  }

  /** The region names are read within, if one was given. */
  Optional<Gazetteer.Division> region() {
    return region;
  }

  /** Each row's level as written, in row order (未识别 where none was found). */
  List<String> levels() {
    return levels;
  }
}
