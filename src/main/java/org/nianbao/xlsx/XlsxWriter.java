package org.nianbao.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
  private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  /** The application named in every workbook written here: how nianbao knows its own files. */
  public static final String APPLICATION = "nianbao";

  /** 2000-01-01: the time on every entry and the workbook's created and modified dates. */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

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
    ZipOutputStream zip = new ZipOutputStream(new NoClose(out), StandardCharsets.UTF_8);
    zip.setLevel(Deflater.BEST_SPEED);
    List<String> overrides = new ArrayList<>();
    int drawings = 0;
    int charts = 0;
    for (int i = 0; i < sheets.size(); i++) {
      Sheet s = sheets.get(i);
      String part = "xl/worksheets/sheet" + (i + 1) + ".xml";
      overrides.add("/" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
      StringBuilder rels = new StringBuilder();
      String drawingRel = null;
      String commentsRel = null;
      if (!s.charts().isEmpty()) {
        drawings++;
        drawingRel = "rId" + (countRels(rels) + 1);
        rel(rels, drawingRel, DOC_REL + "drawing", "../drawings/drawing" + drawings + ".xml");
        overrides.add("/xl/drawings/drawing" + drawings + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml");
        StringBuilder drawingRels = new StringBuilder();
        StringBuilder drawing = new StringBuilder(XML_HEAD).append("<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">");
        int n = 0;
        for (Chart c : s.charts()) {
          charts++;
          n++;
          rel(drawingRels, "rId" + n, DOC_REL + "chart", "../charts/chart" + charts + ".xml");
          overrides.add("/xl/charts/chart" + charts + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
          ChartXml.anchor(drawing, c, n);
          entry(zip, "xl/charts/chart" + charts + ".xml", ChartXml.chart(c));
        }
        drawing.append("</xdr:wsDr>");
        entry(zip, "xl/drawings/drawing" + drawings + ".xml", drawing.toString());
        entry(zip, "xl/drawings/_rels/drawing" + drawings + ".xml.rels", relationships(drawingRels));
      }
      if (s.hasComments()) {
        int base = countRels(rels);
        commentsRel = "rId" + (base + 1);
        rel(rels, commentsRel, DOC_REL + "vmlDrawing", "../drawings/vmlDrawing" + (i + 1) + ".vml");
        rel(rels, "rId" + (base + 2), DOC_REL + "comments", "../comments" + (i + 1) + ".xml");
        overrides.add("/xl/comments" + (i + 1) + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml");
        entry(zip, "xl/comments" + (i + 1) + ".xml", CommentXml.comments(s.comments()));
        entry(zip, "xl/drawings/vmlDrawing" + (i + 1) + ".vml", CommentXml.vml(s.comments(), i + 1));
      }
      if (rels.length() > 0) {
        entry(zip, "xl/worksheets/_rels/sheet" + (i + 1) + ".xml.rels", relationships(rels));
      }
      zip.putNextEntry(newEntry(part));
      s.writeTo(zip, i == 0, drawingRel, commentsRel);
      zip.closeEntry();
      s.discard();
    }
    entry(zip, "xl/workbook.xml", workbook());
    StringBuilder bookRels = new StringBuilder();
    for (int i = 0; i < sheets.size(); i++) {
      rel(bookRels, "rId" + (i + 1), DOC_REL + "worksheet", "worksheets/sheet" + (i + 1) + ".xml");
    }
    rel(bookRels, "rId" + (sheets.size() + 1), DOC_REL + "styles", "styles.xml");
    rel(bookRels, "rId" + (sheets.size() + 2), DOC_REL + "theme", "theme/theme1.xml");
    entry(zip, "xl/_rels/workbook.xml.rels", relationships(bookRels));
    entry(zip, "xl/theme/theme1.xml", ThemeXml.theme());
    entry(zip, "xl/styles.xml", StyleXml.styles(new ArrayList<>(styles.keySet()), new ArrayList<>(dxfs.keySet())));
    entry(zip, "docProps/core.xml", core());
    entry(zip, "docProps/app.xml", XML_HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>" + APPLICATION + "</Application></Properties>");
    if (!custom.isEmpty()) {
      entry(zip, "docProps/custom.xml", customProperties());
      overrides.add("/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml");
    }
    StringBuilder rootRels = new StringBuilder();
    rel(rootRels, "rId1", DOC_REL + "officeDocument", "xl/workbook.xml");
    rel(rootRels, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
    rel(rootRels, "rId3", DOC_REL + "extended-properties", "docProps/app.xml");
    if (!custom.isEmpty()) {
      rel(rootRels, "rId4", DOC_REL + "custom-properties", "docProps/custom.xml");
    }
    entry(zip, "_rels/.rels", relationships(rootRels));
    entry(zip, "[Content_Types].xml", contentTypes(overrides));
    zip.finish();
  }

  /**
   * Whether {@code file} is a workbook written by {@code application} and not saved since by
   * anything else (Excel and WPS put their own name in the document's properties when they save).
   */
  public static boolean wroteBy(java.nio.file.Path file, String application) {
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

  private String workbook() {
    StringBuilder x = new StringBuilder(XML_HEAD).append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\">");
    x.append("<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
    for (int i = 0; i < sheets.size(); i++) {
      x.append("<sheet name=\"");
      Xml.text(x, sheets.get(i).name());
      x.append("\" sheetId=\"").append(i + 1).append(sheets.get(i).hidden() ? "\" state=\"hidden" : "").append("\" r:id=\"rId").append(i + 1).append("\"/>");
    }
    x.append("</sheets>");
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < sheets.size(); i++) {
      Sheet s = sheets.get(i);
      if (s.filter() != null) {
        names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i).append("\" hidden=\"1\">");
        Xml.text(names, s.filter());
        names.append("</definedName>");
      }
      if (s.printArea() != null) {
        names.append("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"").append(i).append("\">");
        Xml.text(names, s.printArea());
        names.append("</definedName>");
      }
      if (s.printTitles() != null) {
        names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">");
        Xml.text(names, s.printTitles());
        names.append("</definedName>");
      }
    }
    if (names.length() > 0) {
      x.append("<definedNames>").append(names).append("</definedNames>");
    }
    // Excel and WPS recalculate on opening all the same, so an edit made later still adds up.
    x.append("<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>");
    return x.toString();
  }

  private String core() {
    StringBuilder x = new StringBuilder(XML_HEAD).append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    core.forEach((k, v) -> {
      x.append('<').append(k).append('>');
      Xml.text(x, v);
      x.append("</").append(k).append('>');
    });
    String time = FIXED_TIME + ":00Z";
    x.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(time).append("</dcterms:created>");
    x.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(time).append("</dcterms:modified></cp:coreProperties>");
    return x.toString();
  }

  private String customProperties() {
    StringBuilder x = new StringBuilder(XML_HEAD).append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
        + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
    int pid = 2;
    for (Map.Entry<String, String> e : custom.entrySet()) {
      x.append("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"").append(pid++).append("\" name=\"");
      Xml.text(x, e.getKey());
      x.append("\"><vt:lpwstr>");
      Xml.text(x, e.getValue());
      x.append("</vt:lpwstr></property>");
    }
    return x.append("</Properties>").toString();
  }

  private static String contentTypes(List<String> overrides) {
    StringBuilder x = new StringBuilder(XML_HEAD).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
    x.append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>");
    x.append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
    x.append("<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>");
    x.append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
    x.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    x.append("<Override PartName=\"/xl/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>");
    x.append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
    x.append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
    overrides.forEach(o -> x.append("<Override PartName=\"").append(o).append("\"/>"));
    return x.append("</Types>").toString();
  }

  private static void rel(StringBuilder rels, String id, String type, String target) {
    rels.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(type).append("\" Target=\"").append(target).append("\"/>");
  }

  private static int countRels(StringBuilder rels) {
    int n = 0;
    for (int i = rels.indexOf("<Relationship "); i >= 0; i = rels.indexOf("<Relationship ", i + 1)) {
      n++;
    }
    return n;
  }

  private static String relationships(StringBuilder rels) {
    return XML_HEAD + "<Relationships xmlns=\"" + PKG_REL_NS + "\">" + rels + "</Relationships>";
  }

  private static ZipEntry newEntry(String name) {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(FIXED_TIME);
    return e;
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(newEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Leaves the caller's stream open when the zip is finished. */
  private static final class NoClose extends java.io.FilterOutputStream {
    NoClose(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
