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
  static final String UNKNOWN = "未识别";
  /** The column of the province, which 统计 sums by. */
  static final int PROVINCE = 1;
  /** The column of the level, which 排名 ranks within. */
  static final int LEVEL = 5;
  private static final List<String> HEADERS = List.of("机关", "省", "市", "县", "乡镇街道", "层级", "类别", "区划代码", "说明");
  private static final int SHOWN = 5;

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
    Gazetteer.Place own = gazetteer.place(agency);
    Gazetteer.Place p = within(agency, own);
    boolean byRegion = p != own && p.division().equals(region);
    String note = byRegion ? "名称中未识别出所在区划，按所给地区（--region）；层级未识别" : "";
    sheet.text(row, 0, agency, null);
    if (p.division().isPresent()) {
      for (Gazetteer.Division d : gazetteer.path(p.division().get())) {
        sheet.text(row, d.level(), d.name(), null);
      }
      sheet.text(row, 7, p.division().get().code(), null);
    } else if (p.ambiguous()) {
      List<String> names = p.candidates().stream().limit(SHOWN).map(d -> String.join("", gazetteer.path(d).stream().map(Gazetteer.Division::name).toList())).toList();
      note = "名称与" + p.candidates().size() + "处区划相符，未能确定：" + String.join("、", names) + (p.candidates().size() > SHOWN ? "等" : "");
    } else {
      note = "名称中没有可识别的行政区划";
    }
    // Placed only by the region given, its level is not known: 长河县 in 绍兴市 is no 市级 agency.
    String level = p.level().isEmpty() || byRegion ? UNKNOWN : p.level();
    levels.add(level);
    sheet.text(row, LEVEL, level, null);
    sheet.text(row, 6, p.kind(), null);
    sheet.text(row, 8, note, MergeStyles.WRAPPED);
    sheet.flushBefore(row + 1);
    String province = p.division().map(d -> gazetteer.path(d).get(0).name()).orElse("");
    return new Placed(province, level);
  }

  /**
   * The place within the region given: the name's own place when it names one (even outside the
   * region: the name says more than the folder); of the places a name fits, the one in the region;
   * else the name read within the region.
   */
  private Gazetteer.Place within(String agency, Gazetteer.Place own) {
    if (region.isEmpty() || own.division().isPresent()) {
      return own;
    }
    Gazetteer.Division r = region.get();
    List<Gazetteer.Division> inside = own.candidates().stream().filter(d -> gazetteer.path(d).contains(r)).toList();
    if (inside.size() == 1) {
      return new Gazetteer.Place(Optional.of(inside.get(0)), inside, own.level(), own.kind());
    }
    return inside.size() > 1 ? new Gazetteer.Place(Optional.empty(), inside, own.level(), own.kind()) : gazetteer.place(agency, List.of(r));
  }

  /** Each row's level as written, in row order (未识别 where none was found). */
  List<String> levels() {
    return levels;
  }
}
