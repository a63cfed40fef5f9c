package org.nianbao.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One sheet of an {@link XlsxWriter}: its cells, merges, widths, conditional formats, links,
 * comments, charts, view and print setup; {@link SheetXml} writes it. Cells may be set in any order
 * until {@link #flushBefore} streams the rows above a given row out of memory (a large sheet
 * written row by row); those rows cannot be changed afterwards. Rows and columns are 0-based.
 */
public final class Sheet {
  /** Excel's limit on the characters in one cell. */
  public static final int MAX_CELL_CHARS = 32_767;

  /** Excel's highest row height, in points. */
  public static final double MAX_ROW_POINTS = 409;

  /** The width of a column no one set, in characters. */
  private static final double DEFAULT_WIDTH = 8.43;

  private final XlsxWriter book;
  private final String name;
  private final SheetRows rows;
  private final RowXml rowXml;
  private final Spill spilled;
  private final Map<Integer, Double> widths = new TreeMap<>();
  private final List<String> merged = new ArrayList<>();
  /** The merge (first row, first column, last row, last column) each merged cell lies in, for fitting row heights. */
  private final Map<Long, int[]> mergeAt = new HashMap<>();
  /** The rows a merge covers, so a cell of any other row needs no look into {@code mergeAt}. */
  private final BitSet mergedRows = new BitSet();
  /** The widths by column too, for the look at every wrapped cell's width: {@code widths} boxes them. */
  private double[] widthOf = new double[0];
  private final List<ConditionalFormat> formats = new ArrayList<>();
  private final Map<String, String> links = new TreeMap<>(Ref::byPosition);
  private final Map<String, String> comments = new TreeMap<>(Ref::byPosition);
  private final List<Chart> charts = new ArrayList<>();
  private final SortedSet<Integer> breaks = new TreeSet<>();
  private PageSetup page = PageSetup.DEFAULT;
  private int frozenCols;
  private int frozenRows;
  private String filter;
  private boolean gridLines = true;
  private boolean hidden;
  private boolean locked;

  Sheet(XlsxWriter book, String name) {
    this.book = book;
    this.name = name;
    this.rows = new SheetRows(name);
    this.rowXml = new RowXml(book, this);
    this.spilled = new Spill(book.temporary());
  }

  public String name() {
    return name;
  }

  /**
   * A text cell; text longer than a cell holds is cut with an ellipsis, and empty text is a blank
   * cell with the style (every reader shows both alike). Never read as a formula.
   */
  public void text(int row, int col, String text, Style style) {
    if (text.isEmpty()) {
      blank(row, col, style);
      return;
    }
    String t = text.length() > MAX_CELL_CHARS ? text.substring(0, MAX_CELL_CHARS - 1) + "…" : text;
    rows.put(row, col, new Cell(book.styleIndex(style), Cell.TEXT, t, null));
  }

  public void number(int row, int col, BigDecimal value, Style style) {
    rows.put(row, col, new Cell(book.styleIndex(style), Cell.NUMBER, Xml.decimal(value), null));
  }

  public void number(int row, int col, double value, Style style) {
    rows.put(row, col, new Cell(book.styleIndex(style), Cell.NUMBER, Xml.decimal(value), null));
  }

  /** An empty cell that carries a style (borders of a form's blank cells). */
  public void blank(int row, int col, Style style) {
    rows.put(row, col, new Cell(book.styleIndex(style), Cell.BLANK, null, null));
  }

  /**
   * A formula (without the leading {@code =}) and the value it computes, stored with it: a
   * {@link BigDecimal} or other number, a String, a Boolean, or null for an empty result.
   */
  public void formula(int row, int col, String formula, Object value, Style style) {
    rows.put(row, col, new Cell(book.styleIndex(style), Cell.FORMULA, formula, value));
  }

  /**
   * A formula computed over arrays (MEDIAN(IF(…)) of the rows that meet a condition), entered as an
   * array formula of one cell so that every spreadsheet, old Excel included, computes it alike.
   */
  public void arrayFormula(int row, int col, String formula, Object value, Style style) {
    rows.put(row, col, new Cell(book.styleIndex(style), Cell.ARRAY, formula, value));
  }

  /** Merges a range ({@code A1:D1}); the caller styles its cells. */
  public void merge(String range) {
    merged.add(range);
    String[] ends = range.split(":");
    int[] m = {Ref.rowOf(ends[0]), Ref.colOf(ends[0]), Ref.rowOf(ends[1]), Ref.colOf(ends[1])};
    for (int r = m[0]; r <= m[2]; r++) {
      for (int c = m[1]; c <= m[3]; c++) {
        mergeAt.putIfAbsent(key(r, c), m);
      }
    }
    mergedRows.set(m[0], m[2] + 1);
  }

  private static long key(int row, int col) {
    return (long) row << 32 | col;
  }

  /** The width of a column in characters. */
  public void width(int col, double chars) {
    width(col, col, chars);
  }

  public void width(int from, int to, double chars) {
    if (to >= widthOf.length) {
      int old = widthOf.length;
      widthOf = Arrays.copyOf(widthOf, to + 1);
      Arrays.fill(widthOf, old, widthOf.length, DEFAULT_WIDTH);
    }
    for (int c = from; c <= to; c++) {
      widths.put(c, chars);
      widthOf[c] = chars;
    }
  }

  private double widthOf(int col) {
    return col < widthOf.length ? widthOf[col] : DEFAULT_WIDTH;
  }

  /** The height of a row in points. */
  public void height(int row, double points) {
    rows.row(row).height = Math.min(MAX_ROW_POINTS, points);
  }

  /** Keeps the first {@code cols} columns and {@code rows} rows in view while scrolling. */
  public void freeze(int cols, int rows) {
    this.frozenCols = cols;
    this.frozenRows = rows;
  }

  /** Filter buttons over a range whose first row is the header. */
  public void autoFilter(String range) {
    this.filter = range;
  }

  /** Paints the cells of {@code sqref} while {@code formula} (relative to its first cell) is true. */
  public void highlight(String sqref, String formula, Highlight look) {
    formats.add(new ConditionalFormat.Expression(sqref, formula, book.dxfIndex(look)));
  }

  /** A three-colour scale over {@code sqref}: lowest, middle (50th percentile) and highest value. */
  public void colorScale(String sqref, String low, String mid, String high) {
    formats.add(new ConditionalFormat.ColorScale(sqref, low, mid, high));
  }

  /** A link from a cell to a place in this workbook ({@code '校验'!A5}). */
  public void link(int row, int col, String location) {
    links.put(Ref.cell(row, col), location);
  }

  /** A note on a cell, shown when the pointer rests on it. */
  public void comment(int row, int col, String text) {
    comments.put(Ref.cell(row, col), text.length() > 1000 ? text.substring(0, 999) + "…" : text);
  }

  public void chart(Chart chart) {
    charts.add(chart);
  }

  /** Portrait or landscape A4, fitted to one page wide (as many pages tall as it takes) or printed at full size. */
  public void page(boolean landscape, boolean fitWidth) {
    page = page.withPaper(landscape, fitWidth, 1);
  }

  /** Portrait or landscape A4, fitted to {@code pages} pages wide (as many tall as it takes). */
  public void pagesWide(boolean landscape, int pages) {
    page = page.withPaper(landscape, true, Math.max(1, pages));
  }

  /** Rows printed at the top of every page (0-based, inclusive). */
  public void repeatRows(int from, int to) {
    page = page.withRepeatedRows(from, to);
  }

  /** Columns printed at the left of every page (0-based, inclusive): the names a wide table's rows are known by. */
  public void repeatColumns(int from, int to) {
    page = page.withRepeatedColumns(from, to);
  }

  /** Starts a new printed page at {@code row} (0-based). */
  public void pageBreakBefore(int row) {
    if (row > 0) {
      breaks.add(row);
    }
  }

  /** Hides a row: what programs read (field ids) and people need not see. */
  public void hideRow(int row) {
    rows.row(row).hidden = true;
  }

  /** Prints only these columns ({@code A:G}): columns for programs stay on screen, off paper. */
  public void printArea(String columns) {
    String[] ends = columns.split(":");
    page = page.withPrintArea("$" + ends[0] + ":$" + ends[ends.length - 1]);
  }

  public void hideGridLines() {
    this.gridLines = false;
  }

  /** Hides the sheet: the tabs do not show it, a program's 取消隐藏 does. */
  public void hide() {
    hidden = true;
  }

  /** Protects the sheet: its cells cannot be changed without first removing the protection (no password). */
  public void protect() {
    locked = true;
  }

  /** Streams the rows above {@code row} out of memory; they cannot be changed after. */
  public void flushBefore(int row) {
    try {
      rowXml.writeBefore(rows, row, spilled::write);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- what SheetXml and XlsxWriter read ----

  /** The width in characters of the cell, or of the one-row merge it starts; 0 inside a taller merge. */
  double mergedWidth(int r, int col) {
    int[] m = mergedRows.get(r) ? mergeAt.get(key(r, col)) : null;
    if (m == null) {
      return widthOf(col);
    }
    if (m[0] != m[2]) {
      return 0;
    }
    double w = 0;
    for (int c = m[1]; c <= m[3]; c++) {
      w += widthOf(c);
    }
    return w;
  }

  /** The print titles, columns before rows as Excel writes them; null when none. */
  String printTitles() {
    String cols = page.repeatColFrom() < 0 ? null : Ref.onSheet(name, "$" + Ref.column(page.repeatColFrom()) + ":$" + Ref.column(page.repeatColTo()));
    String rowRange = page.repeatFrom() < 0 ? null : Ref.onSheet(name, "$" + (page.repeatFrom() + 1) + ":$" + (page.repeatTo() + 1));
    return cols == null ? rowRange : rowRange == null ? cols : cols + "," + rowRange;
  }

  String printArea() {
    return page.printArea() == null ? null : Ref.onSheet(name, page.printArea());
  }

  /** The filtered range with its sheet, as the workbook's defined name holds it; null when none. */
  String filter() {
    return filter == null ? null : Ref.onSheet(name, Ref.absolute(filter));
  }

  String filterRange() {
    return filter;
  }

  SheetRows rows() {
    return rows;
  }

  RowXml rowXml() {
    return rowXml;
  }

  Spill spilled() {
    return spilled;
  }

  Map<Integer, Double> widths() {
    return widths;
  }

  List<String> merged() {
    return merged;
  }

  List<ConditionalFormat> conditionalFormats() {
    return formats;
  }

  Map<String, String> links() {
    return links;
  }

  boolean hasComments() {
    return !comments.isEmpty();
  }

  Map<String, String> comments() {
    return comments;
  }

  List<Chart> charts() {
    return charts;
  }

  SortedSet<Integer> breaks() {
    return breaks;
  }

  PageSetup pageSetup() {
    return page;
  }

  int frozenCols() {
    return frozenCols;
  }

  int frozenRows() {
    return frozenRows;
  }

  boolean gridLines() {
    return gridLines;
  }

  boolean hidden() {
    return hidden;
  }

  boolean locked() {
    return locked;
  }

  void discard() {
    spilled.close();
  }
}
