package org.nianbao.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;

/**
 * Writes one workbook: add sheets in tab order, fill them, then {@link #write} the package. Styles
 * are registered as they are used. Every zip entry and the document's dates carry one fixed time,
 * so the same calls give the same bytes. Not thread-safe; {@link #close} removes the temporary
 * files of large sheets if the workbook is abandoned.
 */
public final class XlsxWriter implements AutoCloseable {
  static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** The application named in every workbook written here: how nianbao knows its own files. */
  public static final String APPLICATION = "nianbao";

  private static final int MAX_IDENTITIES = 4096;

  private final Style base;
  private final List<Sheet> sheets = new ArrayList<>();
  private final Map<Style, Integer> styles = new LinkedHashMap<>();
  private final List<Style> styleList = new ArrayList<>();
  /**
   * The same styles by identity: cells mostly share a few constants, and a record's hash reads all
   * its fields. Bounded, so styles made afresh for each cell of a large merge do not pile up here.
   */
  private final Map<Style, Integer> byIdentity = new IdentityHashMap<>();
  private final XmlBytes rowBuffer = new XmlBytes((1 << 16) + (1 << 14));
  private final Map<Highlight, Integer> dxfs = new LinkedHashMap<>();
  private final Map<String, String> core = new LinkedHashMap<>();
  private final Map<String, String> custom = new LinkedHashMap<>();
  private final Path temporary;
  /** The footer's centred text for a sheet of the given name; null for no footer. */
  private UnaryOperator<String> footer;

  /** A workbook whose default cell style is {@code base} (its font is the workbook's font). */
  public XlsxWriter(Style base) {
    this(base, null);
  }

  /** As {@link #XlsxWriter(Style)}, large sheets' rows kept in {@code temporary} (null: the system's temporary folder) until written. */
  public XlsxWriter(Style base, Path temporary) {
    this.base = base;
    this.temporary = temporary;
    styles.put(base, 0);
    styleList.add(base);
  }

  /** Where large sheets keep their rows until written; null for the system's temporary folder. */
  Path temporary() {
    return temporary;
  }

  /**
   * Prints a footer centred at the foot of every page of every sheet: the text given for the sheet's
   * name, in which Excel's {@code &P} is the page's number and {@code &N} the number of pages. The
   * words are the caller's: this package knows nothing of the language a workbook is in.
   */
  public void footer(UnaryOperator<String> centred) {
    this.footer = centred;
  }

  /** Adds a sheet after the others. */
  public Sheet sheet(String name) {
    Sheet s = new Sheet(this, name);
    sheets.add(s);
    return s;
  }

  /** The document's title, subject, creator or description (dc:title …). */
  public void title(String title) {
    core.put("dc:title", title);
  }

  public void subject(String subject) {
    core.put("dc:subject", subject);
  }

  public void creator(String creator) {
    core.put("dc:creator", creator);
  }

  public void description(String description) {
    core.put("dc:description", description);
  }

  /** A custom document property (File › Properties › Custom), as text. */
  public void property(String name, String value) {
    custom.put(name, value);
  }

  int styleIndex(Style s) {
    Style style = s == null ? base : s;
    Integer known = byIdentity.get(style);
    if (known != null) {
      return known;
    }
    int index = styles.computeIfAbsent(style, k -> {
      styleList.add(k);
      return styles.size();
    });
    if (byIdentity.size() < MAX_IDENTITIES) {
      byIdentity.put(style, index);
    }
    return index;
  }

  /**
   * The buffer sheets write their rows into, empty; one per workbook, sized for the 64 KB a sheet
   * writes at a time, so it is not regrown for every sheet.
   */
  XmlBytes rowBuffer() {
    rowBuffer.clear();
    return rowBuffer;
  }

  Style style(int index) {
    return styleList.get(index);
  }

  int dxfIndex(Highlight h) {
    return dxfs.computeIfAbsent(h, k -> dxfs.size());
  }

  /** Writes the whole package to {@code out} (not closed). */
  public void write(OutputStream out) throws IOException {
    ZipPackage zip = new ZipPackage(out);
    int[] drawings = {0, 0};
    for (int i = 0; i < sheets.size(); i++) {
      writeSheet(zip, i, drawings);
    }
    zip.part("xl/workbook.xml", WorkbookXml.workbook(sheets));
    Relationships bookRels = new Relationships();
    for (int i = 0; i < sheets.size(); i++) {
      bookRels.addDocument("worksheet", "worksheets/sheet" + (i + 1) + ".xml");
    }
    bookRels.addDocument("styles", "styles.xml");
    bookRels.addDocument("theme", "theme/theme1.xml");
    zip.part("xl/_rels/workbook.xml.rels", bookRels.xml());
    zip.part("xl/theme/theme1.xml", ThemeXml.theme());
    zip.part("xl/styles.xml", StyleXml.styles(new ArrayList<>(styles.keySet()), new ArrayList<>(dxfs.keySet())));
    writeProperties(zip);
    zip.finish();
  }

  /**
   * Writes sheet {@code i} with its drawing, charts and comments.
   *
   * @param drawings the drawings and the charts written so far, counted on
   */
  private void writeSheet(ZipPackage zip, int i, int[] drawings) throws IOException {
    Sheet s = sheets.get(i);
    String part = "xl/worksheets/sheet" + (i + 1) + ".xml";
    zip.declare("/" + part, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
    Relationships rels = new Relationships();
    String drawingRel = s.charts().isEmpty() ? null : writeDrawing(zip, s, rels, drawings);
    String commentsRel = s.hasComments() ? writeComments(zip, s, rels, i + 1) : null;
    if (!rels.isEmpty()) {
      zip.part("xl/worksheets/_rels/sheet" + (i + 1) + ".xml.rels", rels.xml());
    }
    zip.openPart(part);
    String footer = this.footer == null ? null : "&C" + this.footer.apply(s.name());
    new SheetXml(s).write(zip.stream(), i == 0, new SheetXml.SheetParts(drawingRel, commentsRel, footer));
    zip.closePart();
    s.discard();
  }

  /** Writes the drawing that holds a sheet's charts, and the charts; the sheet's relationship to it. */
  private static String writeDrawing(ZipPackage zip, Sheet s, Relationships rels, int[] drawings) throws IOException {
    int drawing = ++drawings[0];
    String rel = rels.addDocument("drawing", "../drawings/drawing" + drawing + ".xml");
    zip.declare("/xl/drawings/drawing" + drawing + ".xml", "application/vnd.openxmlformats-officedocument.drawing+xml");
    Relationships drawingRels = new Relationships();
    StringBuilder x = new StringBuilder(XML_HEAD).append("<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\""
        + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">");
    int n = 0;
    for (Chart c : s.charts()) {
      int chart = ++drawings[1];
      n++;
      drawingRels.addDocument("chart", "../charts/chart" + chart + ".xml");
      zip.declare("/xl/charts/chart" + chart + ".xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
      ChartXml.anchor(x, c, n);
      zip.part("xl/charts/chart" + chart + ".xml", ChartXml.chart(c));
    }
    x.append("</xdr:wsDr>");
    zip.part("xl/drawings/drawing" + drawing + ".xml", x.toString());
    zip.part("xl/drawings/_rels/drawing" + drawing + ".xml.rels", drawingRels.xml());
    return rel;
  }

  /** Writes the comments of sheet number {@code n} (1-based) and their drawing; the sheet's relationship to the drawing. */
  private static String writeComments(ZipPackage zip, Sheet s, Relationships rels, int n) throws IOException {
    String rel = rels.addDocument("vmlDrawing", "../drawings/vmlDrawing" + n + ".vml");
    rels.addDocument("comments", "../comments" + n + ".xml");
    zip.declare("/xl/comments" + n + ".xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml");
    zip.part("xl/comments" + n + ".xml", CommentXml.comments(s.comments()));
    zip.part("xl/drawings/vmlDrawing" + n + ".vml", CommentXml.vml(s.comments(), n));
    return rel;
  }

  private void writeProperties(ZipPackage zip) throws IOException {
    zip.part("docProps/core.xml", PropertiesXml.core(core));
    zip.part("docProps/app.xml", PropertiesXml.application(APPLICATION));
    if (!custom.isEmpty()) {
      zip.part("docProps/custom.xml", PropertiesXml.custom(custom));
      zip.declare("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml");
    }
    Relationships rootRels = new Relationships();
    rootRels.addDocument("officeDocument", "xl/workbook.xml");
    rootRels.add("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
    rootRels.addDocument("extended-properties", "docProps/app.xml");
    if (!custom.isEmpty()) {
      rootRels.addDocument("custom-properties", "docProps/custom.xml");
    }
    zip.part("_rels/.rels", rootRels.xml());
  }

  /**
   * Whether {@code file} is a workbook written by {@code application} and not saved since by
   * anything else (Excel and WPS put their own name in the document's properties when they save).
   */
  public static boolean wroteBy(Path file, String application) {
    if (!java.nio.file.Files.isRegularFile(file)) {
      return false;
    }
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      ZipEntry app = zip.getEntry("docProps/app.xml");
      if (app == null || app.getSize() > 65_536) {
        return false;
      }
      try (java.io.InputStream in = zip.getInputStream(app)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("<Application>" + application + "</Application>");
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    sheets.forEach(Sheet::discard);
  }
}
