package org.nianbao.merge;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.nianbao.place.Division;
import org.nianbao.place.Gazetteer;
import org.nianbao.place.Location;
import org.nianbao.xlsx.Sheet;

/**
 * The 地区与层级 sheet: each report's agency placed by its name in the administrative divisions
 * ({@link Gazetteer}) — province, city, county, town, its level and kind — on the same row as on
 * 汇总; a name that fits several places is marked, with the places, never guessed. With a region
 * given (--region, for every report or for a folder's), a name that does not say where it is is
 * read within that region, and says so.
 */
final class RegionSheet {
  static final String NAME = Words.of("sheet.regions");
  /** The column of the province, which 统计 sums by. */
  static final int PROVINCE = 1;
  /** The column of the level, which 排名 ranks within. */
  static final int LEVEL = 5;
  private static final List<String> HEADERS = Words.list("column.agency", "regions.province", "regions.city", "regions.county", "regions.town", "regions.level", "column.kind",
      "regions.code", "column.description");

  /** A region the user gave, for every report or for those under one folder. */
  record Scope(Optional<Path> folder, Division region) {}

  private final Gazetteer gazetteer;
  private final List<Scope> scopes;
  private final Sheet sheet;

  RegionSheet(Gazetteer gazetteer, List<Scope> scopes, Sheet sheet) {
    this.gazetteer = gazetteer;
    this.scopes = List.copyOf(scopes);
    this.sheet = sheet;
    for (int i = 0; i < HEADERS.size(); i++) {
      sheet.text(0, i, HEADERS.get(i), MergeStyles.HEADER);
      sheet.text(1, i, i == 0 ? Words.of("regions.legend") : "", MergeStyles.HEADER);
      sheet.text(2, i, HEADERS.get(i), MergeStyles.HEADER);
    }
    sheet.merge("A2:" + SummaryColumns.letter(HEADERS.size() - 1) + "2");
    sheet.hideRow(0);
    sheet.width(0, 28);
    sheet.width(1, 4, 12);
    sheet.width(5, 6, 10);
    sheet.width(7, 14);
    sheet.width(8, 50);
    sheet.freeze(1, ComparisonWorkbookWriter.FIRST_DATA_ROW - 1);
    sheet.page(true, true);
    sheet.repeatRows(1, 2);
  }

  /** Places the agency of the report read from {@code file} on its row; returns where. */
  Location add(int row, String agency, String file) {
    Location at = gazetteer.locate(agency, region(file));
    sheet.text(row, 0, agency, null);
    for (int i = 0; i < at.divisions().size(); i++) {
      sheet.text(row, 1 + i, at.divisions().get(i), null);
    }
    sheet.text(row, LEVEL, at.level(), null);
    sheet.text(row, 6, at.kind(), null);
    sheet.text(row, 7, Gazetteer.fullCode(at.code()), null);
    sheet.text(row, 8, at.note(), MergeStyles.WRAPPED);
    sheet.flushBefore(row + 1);
    return at;
  }

  /**
   * The region the report read from {@code file} belongs to: that of the deepest folder given
   * holding the file, else the one given for every report, if any.
   */
  Optional<Division> region(String file) {
    Path at;
    try {
      at = Path.of(file).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      at = null;
    }
    Scope best = null;
    for (Scope s : scopes) {
      if (s.folder().isEmpty()) {
        best = best == null ? s : best;
      } else if (at != null && at.startsWith(s.folder().get())
          && (best == null || best.folder().isEmpty() || s.folder().get().getNameCount() > best.folder().get().getNameCount())) {
        best = s;
      }
    }
    return Optional.ofNullable(best).map(Scope::region);
  }
}
