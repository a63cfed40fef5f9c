package org.nianbao.xlsx;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One sheet of an {@link XlsxWriter}. Cells may be set in any order until {@link #flushBefore}
 * streams the rows above a given row out of memory (a large sheet written row by row); those rows
 * cannot be changed afterwards. Rows and columns are 0-based.
 */
public final class Sheet {
  /** Excel's limit on the characters in one cell. */
  public static final int MAX_CELL_CHARS = 32_767;

  /** The width of a column no one set, in characters. */
  private static final double DEFAULT_WIDTH = 8.43;

  /** Excel's highest row height, in points. */
  public static final double MAX_ROW_POINTS = 409;

  private final XlsxWriter book;
  private final String name;
  /** The rows not yet written, from row {@link #flushedBelow} on (null where no cell was set). */
  private final List<Row> rows = new ArrayList<>();
  private final Map<Integer, Double> widths = new TreeMap<>();
  private final List<String> merged = new ArrayList<>();
  /** The merge (first row, first column, last row, last column) each merged cell lies in, for fitting row heights. */
  private final Map<Long, int[]> mergeAt = new HashMap<>();
  private final List<String[]> highlights = new ArrayList<>();
  private final List<String[]> scales = new ArrayList<>();
  private final Map<String, String> links = new TreeMap<>(Sheet::byPosition);
  private final Map<String, String> comments = new TreeMap<>(Sheet::byPosition);
  private final List<Chart> charts = new ArrayList<>();
  private final Spill spilled;
  private int flushedBelow;
  private int maxRow = -1;
  private int maxCol = -1;
  private int frozenCols;
  private int frozenRows;
  private String filter;
  private boolean landscape = true;
  private boolean fitWidth = true;
  private int pagesWide = 1;
  private int repeatFrom = -1;
  private int repeatTo = -1;
  private int repeatColFrom = -1;
  private int repeatColTo = -1;
  private final java.util.TreeSet<Integer> breaks = new java.util.TreeSet<>();
  private boolean gridLines = true;
  private String printArea;
  private boolean hidden;
  private boolean locked;

  Sheet(XlsxWriter book, String name) {
    this.book = book;
    this.name = name;
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
    put(row, col, new Cell(book.styleIndex(style), Cell.TEXT, t, null));
  }

  public void number(int row, int col, BigDecimal value, Style style) {
    put(row, col, new Cell(book.styleIndex(style), Cell.NUMBER, plain(value), null));
  }

  public void number(int row, int col, double value, Style style) {
    put(row, col, new Cell(book.styleIndex(style), Cell.NUMBER, plain(value), null));
  }

  /** An empty cell that carries a style (borders of a form's blank cells). */
  public void blank(int row, int col, Style style) {
    put(row, col, new Cell(book.styleIndex(style), Cell.BLANK, null, null));
  }

  /**
   * A formula (without the leading {@code =}) and the value it computes, stored with it: a
   * {@link BigDecimal} or other number, a String, a Boolean, or null for an empty result.
   */
  public void formula(int row, int col, String formula, Object value, Style style) {
    put(row, col, new Cell(book.styleIndex(style), Cell.FORMULA, formula, value));
  }

  /**
   * A formula computed over arrays (MEDIAN(IF(…)) of the rows that meet a condition), entered as an
   * array formula of one cell so that every spreadsheet, old Excel included, computes it alike.
   */
  public void arrayFormula(int row, int col, String formula, Object value, Style style) {
    put(row, col, new Cell(book.styleIndex(style), Cell.ARRAY, formula, value));
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
  }

  private static long key(int row, int col) {
    return (long) row << 32 | col;
  }

  /** The width of a column in characters. */
  public void width(int col, double chars) {
    widths.put(col, chars);
  }

  public void width(int from, int to, double chars) {
    for (int c = from; c <= to; c++) {
      widths.put(c, chars);
    }
  }

  /** The height of a row in points. */
  public void height(int row, double points) {
    row(row).height = Math.min(MAX_ROW_POINTS, points);
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
    highlights.add(new String[] {sqref, formula, String.valueOf(book.dxfIndex(look))});
  }

  /** A three-colour scale over {@code sqref}: lowest, middle (50th percentile) and highest value. */
  public void colorScale(String sqref, String low, String mid, String high) {
    scales.add(new String[] {sqref, low, mid, high});
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
    this.landscape = landscape;
    this.fitWidth = fitWidth;
    this.pagesWide = 1;
  }

  /** Portrait or landscape A4, fitted to {@code pages} pages wide (as many tall as it takes). */
  public void pagesWide(boolean landscape, int pages) {
    this.landscape = landscape;
    this.fitWidth = true;
    this.pagesWide = Math.max(1, pages);
  }

  /** Rows printed at the top of every page (0-based, inclusive). */
  public void repeatRows(int from, int to) {
    this.repeatFrom = from;
    this.repeatTo = to;
  }

  /** Columns printed at the left of every page (0-based, inclusive): the names a wide table's rows are known by. */
  public void repeatColumns(int from, int to) {
    this.repeatColFrom = from;
    this.repeatColTo = to;
  }

  /** Starts a new printed page at {@code row} (0-based). */
  public void pageBreakBefore(int row) {
    if (row > 0) {
      breaks.add(row);
    }
  }

  /** Hides a row: what programs read (field ids) and people need not see. */
  public void hideRow(int row) {
    row(row).hidden = true;
  }

  /** Prints only these columns ({@code A:G}): columns for programs stay on screen, off paper. */
  public void printArea(String columns) {
    String[] ends = columns.split(":");
    this.printArea = "$" + ends[0] + ":$" + ends[ends.length - 1];
  }

  public void hideGridLines() {
    this.gridLines = false;
  }

  /** Streams the rows above {@code row} out of memory; they cannot be changed after. */
  public void flushBefore(int row) {
    try {
      writeRowsBefore(row, spilled::write);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Where rows go as they are written: the spill, or the workbook itself once the sheet is written whole. */
  private interface RowSink {
    void take(XmlBytes rows) throws java.io.IOException;
  }

  private void writeRowsBefore(int row, RowSink sink) throws java.io.IOException {
    if (row <= flushedBelow) {
      return;
    }
    XmlBytes xml = book.rowBuffer();
    int done = (int) Math.min(rows.size(), (long) row - flushedBelow);
    for (int i = 0; i < done; i++) {
      if (rows.get(i) != null) {
        writeRow(xml, flushedBelow + i, rows.get(i));
      }
      if (xml.length() > 1 << 16) {
        sink.take(xml);
        xml.clear();
      }
    }
    if (xml.length() > 0) {
      sink.take(xml);
      xml.clear();
    }
    rows.subList(0, done).clear();
    flushedBelow = row;
  }

  private void put(int row, int col, Cell cell) {
    row(row).put(col, cell);
    maxCol = Math.max(maxCol, col);
  }

  private Row row(int r) {
    if (r < flushedBelow) {
      throw new IllegalStateException("row " + (r + 1) + " of " + name + " was already written");
    }
    maxRow = Math.max(maxRow, r);
    int i = r - flushedBelow;
    while (rows.size() <= i) {
      rows.add(null);
    }
    Row row = rows.get(i);
    if (row == null) {
      row = new Row();
      rows.set(i, row);
    }
    return row;
  }

  // ---- serialisation, by XlsxWriter ----

  /** The print titles, columns before rows as Excel writes them; null when none. */
  String printTitles() {
    String cols = repeatColFrom < 0 ? null : Ref.onSheet(name, "$" + Ref.column(repeatColFrom) + ":$" + Ref.column(repeatColTo));
    String rowRange = repeatFrom < 0 ? null : Ref.onSheet(name, "$" + (repeatFrom + 1) + ":$" + (repeatTo + 1));
    return cols == null ? rowRange : rowRange == null ? cols : cols + "," + rowRange;
  }

  String printArea() {
    return printArea == null ? null : Ref.onSheet(name, printArea);
  }

  String filter() {
    return filter == null ? null : Ref.onSheet(name, absolute(filter));
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

  void writeTo(java.io.OutputStream out, boolean selected, String drawingRel, String commentsRel) throws java.io.IOException {
    StringBuilder head = new StringBuilder(2048);
    head.append(XlsxWriter.XML_HEAD).append("<worksheet xmlns=\"").append(XlsxWriter.MAIN_NS).append("\" xmlns:r=\"").append(XlsxWriter.REL_NS).append("\">");
    head.append("<sheetPr><pageSetUpPr fitToPage=\"").append(fitWidth ? 1 : 0).append("\"/></sheetPr>");
    head.append("<dimension ref=\"").append(maxRow < 0 ? "A1" : Ref.range(0, 0, maxRow, Math.max(0, maxCol))).append("\"/>");
    head.append("<sheetViews><sheetView workbookViewId=\"0\"");
    if (selected) {
      head.append(" tabSelected=\"1\"");
    }
    if (!gridLines) {
      head.append(" showGridLines=\"0\"");
    }
    head.append('>');
    if (frozenCols > 0 || frozenRows > 0) {
      String pane = frozenCols > 0 && frozenRows > 0 ? "bottomRight" : frozenRows > 0 ? "bottomLeft" : "topRight";
      head.append("<pane");
      if (frozenCols > 0) {
        head.append(" xSplit=\"").append(frozenCols).append('"');
      }
      if (frozenRows > 0) {
        head.append(" ySplit=\"").append(frozenRows).append('"');
      }
      head.append(" topLeftCell=\"").append(Ref.cell(frozenRows, frozenCols)).append("\" activePane=\"").append(pane).append("\" state=\"frozen\"/>");
      head.append("<selection pane=\"").append(pane).append("\" activeCell=\"").append(Ref.cell(frozenRows, frozenCols))
          .append("\" sqref=\"").append(Ref.cell(frozenRows, frozenCols)).append("\"/>");
    }
    head.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
    if (!widths.isEmpty()) {
      head.append("<cols>");
      widths.forEach((c, w) -> head.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"").append(plain(w))
          .append("\" customWidth=\"1\"/>"));
      head.append("</cols>");
    }
    head.append("<sheetData>");
    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    spilled.copyTo(out);
    // The rows still in memory go straight into the workbook, after those spilled before.
    writeRowsBefore(Integer.MAX_VALUE, rows -> rows.writeTo(out));
    StringBuilder tail = new StringBuilder(1024);
    tail.append("</sheetData>");
    if (locked) {
      tail.append("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\"/>");
    }
    if (filter != null) {
      tail.append("<autoFilter ref=\"").append(filter).append("\"/>");
    }
    if (!merged.isEmpty()) {
      tail.append("<mergeCells count=\"").append(merged.size()).append("\">");
      merged.forEach(m -> tail.append("<mergeCell ref=\"").append(m).append("\"/>"));
      tail.append("</mergeCells>");
    }
    int priority = 1;
    for (String[] h : highlights) {
      tail.append("<conditionalFormatting sqref=\"").append(h[0]).append("\"><cfRule type=\"expression\" dxfId=\"").append(h[2])
          .append("\" priority=\"").append(priority++).append("\"><formula>");
      Xml.text(tail, h[1]);
      tail.append("</formula></cfRule></conditionalFormatting>");
    }
    for (String[] s : scales) {
      tail.append("<conditionalFormatting sqref=\"").append(s[0]).append("\"><cfRule type=\"colorScale\" priority=\"").append(priority++)
          .append("\"><colorScale><cfvo type=\"min\"/><cfvo type=\"percentile\" val=\"50\"/><cfvo type=\"max\"/><color rgb=\"FF").append(s[1])
          .append("\"/><color rgb=\"FF").append(s[2]).append("\"/><color rgb=\"FF").append(s[3]).append("\"/></colorScale></cfRule></conditionalFormatting>");
    }
    if (!links.isEmpty()) {
      tail.append("<hyperlinks>");
      links.forEach((cell, location) -> {
        tail.append("<hyperlink ref=\"").append(cell).append("\" location=\"");
        Xml.text(tail, location);
        tail.append("\"/>");
      });
      tail.append("</hyperlinks>");
    }
    tail.append("<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>");
    tail.append("<pageSetup paperSize=\"9\" orientation=\"").append(landscape ? "landscape" : "portrait").append('"');
    if (fitWidth) {
      tail.append(" fitToWidth=\"").append(pagesWide).append("\" fitToHeight=\"0\"");
    }
    tail.append("/><headerFooter><oddFooter>");
    Xml.text(tail, "&C" + name + "  第 &P 页，共 &N 页");
    tail.append("</oddFooter></headerFooter>");
    if (!breaks.isEmpty()) {
      tail.append("<rowBreaks count=\"").append(breaks.size()).append("\" manualBreakCount=\"").append(breaks.size()).append("\">");
      breaks.forEach(b -> tail.append("<brk id=\"").append(b).append("\" max=\"16383\" man=\"1\"/>"));
      tail.append("</rowBreaks>");
    }
    if (drawingRel != null) {
      tail.append("<drawing r:id=\"").append(drawingRel).append("\"/>");
    }
    if (commentsRel != null) {
      tail.append("<legacyDrawing r:id=\"").append(commentsRel).append("\"/>");
    }
    tail.append("</worksheet>");
    out.write(tail.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Hides the sheet: the tabs do not show it, a program's 取消隐藏 does. */
  public void hide() {
    hidden = true;
  }

  boolean hidden() {
    return hidden;
  }

  /** Protects the sheet: its cells cannot be changed without first removing the protection (no password). */
  public void protect() {
    locked = true;
  }

  void discard() {
    spilled.close();
  }

  private void writeRow(XmlBytes xml, int r, Row row) {
    xml.append("<row r=\"").append(r + 1).append('"');
    double height = row.height > 0 ? row.height : fittedHeight(r, row);
    if (height > 0) {
      xml.append(" ht=\"").append(plain(height)).append("\" customHeight=\"1\"");
    }
    if (row.hidden) {
      xml.append(" hidden=\"1\"");
    }
    if (row.count == 0) {
      xml.append("/>");
      return;
    }
    xml.append('>');
    for (int col = 0; col < row.cells.length; col++) {
      if (row.cells[col] != null) {
        row.cells[col].write(xml, r, col);
      }
    }
    xml.append("</row>");
  }

  /**
   * The height a row needs for its wrapped text, or 0 for the default: readers that open the file
   * without laying it out again (LibreOffice, previews) show rows at the height the file gives.
   */
  private double fittedHeight(int r, Row row) {
    double lines = 1;
    double points = book.style(0).points();
    for (int col = 0; col < row.cells.length; col++) {
      Cell c = row.cells[col];
      if (c == null || c.kind() != Cell.TEXT) {
        continue;
      }
      Style style = book.style(c.style());
      if (!style.wrapText()) {
        continue;
      }
      double width = mergedWidth(r, col);
      if (width > 0) {
        lines = Math.max(lines, TextWidth.lines(c.content(), width, style.points() / points));
        points = Math.max(points, style.points());
      }
    }
    return lines <= 1 ? 0 : Math.min(MAX_ROW_POINTS, TextWidth.points(lines, points));
  }

  /** The width in characters of the cell, or of the one-row merge it starts; 0 inside a taller merge. */
  private double mergedWidth(int r, int col) {
    int[] m = mergeAt.get(key(r, col));
    if (m == null) {
      return widths.getOrDefault(col, DEFAULT_WIDTH);
    }
    if (m[0] != m[2]) {
      return 0;
    }
    double w = 0;
    for (int c = m[1]; c <= m[3]; c++) {
      w += widths.getOrDefault(c, DEFAULT_WIDTH);
    }
    return w;
  }

  /** A cell as stored until its row is written. */
  private record Cell(int style, int kind, String content, Object value) {
    static final int BLANK = 0;
    static final int NUMBER = 1;
    static final int TEXT = 2;
    static final int FORMULA = 3;
    static final int ARRAY = 4;

    void write(XmlBytes xml, int r, int col) {
      Ref.appendCell(xml.append("<c r=\""), r, col).append('"');
      if (style != 0) {
        xml.append(" s=\"").append(style).append('"');
      }
      switch (kind) {
        case NUMBER -> xml.append("><v>").append(content).append("</v></c>");
        case TEXT -> {
          // Only spaces at either end need keeping; marking every cell made the sheets a sixth larger.
          xml.append(Character.isWhitespace(content.charAt(0)) || Character.isWhitespace(content.charAt(content.length() - 1))
              ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>");
          xml.text(content).append("</t></is></c>");
        }
        case FORMULA -> formula(xml, "<f>");
        case ARRAY -> formula(xml, "<f t=\"array\" ref=\"" + Ref.cell(r, col) + "\">");
        default -> xml.append("/>");
      }
    }

    private void formula(XmlBytes xml, String open) {
      if (value instanceof String s) {
        xml.append(" t=\"str\">").append(open);
        xml.text(content).append("</f><v>").text(s).append("</v></c>");
      } else if (value instanceof Boolean b) {
        xml.append(" t=\"b\">").append(open);
        xml.text(content).append("</f><v>").append(b ? 1 : 0).append("</v></c>");
      } else if (value instanceof BigDecimal d) {
        xml.append(">").append(open);
        xml.text(content).append("</f><v>").append(plain(d)).append("</v></c>");
      } else if (value instanceof Number n) {
        xml.append(">").append(open);
        xml.text(content).append("</f><v>").append(plain(n.doubleValue())).append("</v></c>");
      } else {
        // An empty result (IF(…,"",…) showing nothing) is an empty string, as Excel stores it.
        xml.append(" t=\"str\">").append(open);
        xml.text(content).append("</f><v></v></c>");
      }
    }
  }

  /** A row's cells by column, and how many are set. */
  private static final class Row {
    Cell[] cells = new Cell[8];
    int count;
    double height;
    boolean hidden;

    void put(int col, Cell cell) {
      if (col >= cells.length) {
        cells = java.util.Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
      }
      if (cells[col] == null) {
        count++;
      }
      cells[col] = cell;
    }
  }

  static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  static String plain(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  private static String absolute(String range) {
    StringBuilder out = new StringBuilder();
    for (String part : range.split(":")) {
      if (out.length() > 0) {
        out.append(':');
      }
      int i = 0;
      while (i < part.length() && Character.isLetter(part.charAt(i))) {
        i++;
      }
      out.append('$').append(part, 0, i).append('$').append(part.substring(i));
    }
    return out.toString();
  }

  /** Cell names in row, then column order (B2 before A10). */
  private static int byPosition(String a, String b) {
    int r = Integer.compare(Ref.rowOf(a), Ref.rowOf(b));
    return r != 0 ? r : Integer.compare(Ref.colOf(a), Ref.colOf(b));
  }
}
