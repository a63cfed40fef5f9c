package org.nianbao.read.ofd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.canvas.Canvas;
import org.ofdrw.layout.element.canvas.DrawContext;
import org.ofdrw.layout.element.canvas.FontSetting;
import org.ofdrw.layout.element.canvas.TextAlign;
import org.ofdrw.layout.element.canvas.TextMeasureTool;

/**
 * Makes the OFD fixtures with the library's own writer (ofdrw-layout's canvas, which writes each
 * string as a text object with its character steps, and each line as a path): reports laid out
 * from the form's own layout (templates/layout-2021.tsv, layout-2019.tsv) as ruled tables with the
 * figures of a sample report's hand-checked answer, the answer written beside each with the
 * agency and year the new report names; and a scanned report, the page pictures of a scanned PDF
 * fixture put into an OFD, with that fixture's answer. Run on purpose only:
 * {@code mvn -o test -Dtest=MakeOfdFixtures -Dnianbao.makeOfd=true}; the files are committed.
 */
@EnabledIfSystemProperty(named = "nianbao.makeOfd", matches = "true")
class MakeOfdFixtures {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Path OUT = Path.of("test-data/ofd");

  private static final double PAGE_W = 210;
  private static final double PAGE_H = 297;
  private static final double LEFT = 25;
  private static final double RIGHT = 185;
  private static final double TOP = 25;
  private static final double BOTTOM = 272;
  /** Body text size and line step (mm): 仿宋 三号 is 5.6 mm; reports printed small use about 4. */
  private static final double BODY = 4.2;
  private static final double LEADING = 7.5;
  private static final double CELL = 3.2;
  private static final double CELL_LEADING = 4.6;

  @Test
  void make() throws IOException {
    Files.createDirectories(OUT);
    report("2021-form", "templates/layout-2021.tsv", "test-data/wild/columns-reordered.html.gold.json", "松川县统计局", 2023,
        "The 2021 form as an OFD written by ofdrw's canvas: ruled tables (表三 runs over two pages and is joined again), text objects with their character steps; figures of wild/columns-reordered");
    report("2019-form", "templates/layout-2019.tsv", "test-data/reports/haining-2020.txt.gold.json", "临江市人力资源和社会保障局", 2020,
        "The 2019 form as an OFD written by ofdrw's canvas: ruled tables with blank cells, 21144.56 in a cell, 增/减 with signs; figures of reports/haining-2020");
    scan("test-data/scans/html-2021-form-gbk.scan.pdf", "test-data/scans/html-2021-form-gbk.scan.ofd");
  }

  /** One report of the form {@code layout} with the figures of {@code answer}, and its own answer. */
  private static void report(String name, String layout, String answer, String agency, int year, String note) throws IOException {
    JsonNode gold = JSON.readTree(Files.readString(Path.of(answer), StandardCharsets.UTF_8));
    Map<String, List<String[]>> sheets = sheets(Path.of(layout));
    Writer w = new Writer();
    w.title(agency + year + "年政府信息公开工作年度报告");
    w.paragraph("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息公开办公室有关要求编制。报告中所列数据的统计期限自" + year
        + "年1月1日起至" + year + "年12月31日止。本报告电子版可在" + agency + "门户网站下载。如对报告有疑问，请与" + agency + "办公室联系。");
    w.heading("一、总体情况");
    w.paragraph(year + "年，" + agency + "坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实政府信息公开工作各项要求，持续深化政务公开，全面推进决策、执行、管理、服务、结果公开。");
    for (Map.Entry<String, List<String[]>> sheet : sheets.entrySet()) {
      w.table(sheet.getValue(), gold.get("values"));
    }
    w.heading("五、存在的主要问题及改进情况");
    w.paragraph("一是公开内容的及时性还需加强；二是解读形式还不够丰富。下一步，将进一步完善工作机制，提升公开质量。");
    w.heading("六、其他需要报告的事项");
    w.paragraph("本年度未收取信息处理费。");
    w.write(OUT.resolve(name + ".ofd"));
    ObjectNode out = (ObjectNode) gold.deepCopy();
    out.putArray("agency").add(agency);
    out.put("year", year);
    out.put("note", note);
    Files.writeString(OUT.resolve(name + ".ofd.gold.json"), JSON.writeValueAsString(out) + "\n", StandardCharsets.UTF_8);
  }

  /** A scanned PDF fixture as an OFD of page pictures, with the PDF's answer. */
  private static void scan(String pdf, String ofd) throws IOException {
    List<Path> pages = new ArrayList<>();
    Path tmp = Files.createTempDirectory("ofd-scan-");
    // Each page's scanned picture as it is in the PDF (its JPEG bytes, undecoded): the same pixels to read.
    try (PDDocument doc = Loader.loadPDF(Path.of(pdf).toFile())) {
      int n = 0;
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            Path jpg = tmp.resolve("page" + (++n) + ".jpg");
            try (InputStream in = image.getStream().createInputStream(List.of(COSName.DCT_DECODE.getName()))) {
              Files.copy(in, jpg);
            }
            pages.add(jpg);
          }
        }
      }
    }
    try (OFDDoc doc = new OFDDoc(Path.of(ofd))) {
      for (Path png : pages) {
        VirtualPage page = new VirtualPage(PageLayout.A4());
        Canvas c = new Canvas(0d, 0d, PAGE_W, PAGE_H);
        c.setDrawer(ctx -> ctx.drawImage(png, 0, 0, PAGE_W, PAGE_H));
        page.add(c);
        doc.addVPage(page);
      }
    }
    Files.copy(Path.of(pdf + ".gold.json"), Path.of(ofd + ".gold.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** The rows of each sheet of a layout: {kind, range, content}. */
  private static Map<String, List<String[]>> sheets(Path layout) throws IOException {
    Map<String, List<String[]>> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(layout, StandardCharsets.UTF_8).subList(1, Files.readAllLines(layout, StandardCharsets.UTF_8).size())) {
      String[] f = line.split("\t", -1);
      if (f.length >= 4) {
        out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new String[] {f[1], f[2], f[3]});
      }
    }
    return out;
  }

  /** What one drawing operation puts on a page. */
  private interface Op {
    void draw(DrawContext ctx) throws IOException;
  }

  /** Lays the report out page by page: lines of text and ruled tables, a page number at each page's foot. */
  private static final class Writer {
    private final List<List<Op>> pages = new ArrayList<>();
    private double y = TOP;

    Writer() {
      pages.add(new ArrayList<>());
    }

    private List<Op> page() {
      return pages.get(pages.size() - 1);
    }

    private void room(double height) {
      if (y + height > BOTTOM) {
        pages.add(new ArrayList<>());
        y = TOP;
      }
    }

    /** The title, centred, on two lines when it is longer than the text is wide (as printed titles are). */
    void title(String text) {
      y += 8;
      for (String line : wrap(text, (RIGHT - LEFT) * 0.8, 6.0)) {
        text(line, PAGE_W / 2, y, 6.0, TextAlign.center);
        y += 9;
      }
      y += 3;
    }

    void heading(String text) {
      room(LEADING * 2);
      y += LEADING;
      text(text, LEFT, y, BODY, TextAlign.left);
      y += 3;
    }

    void paragraph(String text) {
      List<String> lines = wrap("\u3000\u3000" + text, RIGHT - LEFT, BODY);
      for (String l : lines) {
        room(LEADING);
        y += LEADING;
        text(l, LEFT, y, BODY, TextAlign.left);
      }
    }

    private void text(String s, double x, double baseline, double size, TextAlign align) {
      String drawn = s.replace("\u3000", "");
      double indent = s.length() - drawn.length() > 0 && align == TextAlign.left ? (s.length() - drawn.length()) * size : 0;
      page().add(ctx -> {
        FontSetting f = FontSetting.getInstance(size);
        f.setTextAlign(align);
        ctx.setFont(f);
        ctx.fillText(drawn, x + indent, baseline);
      });
    }

    /** A table laid out from the form's cells: titles as a heading, the rest as ruled cells. */
    void table(List<String[]> cells, JsonNode values) {
      Map<Integer, Double> widths = new LinkedHashMap<>();
      int columns = 0;
      int rows = 0;
      List<String[]> body = new ArrayList<>();
      String title = null;
      for (String[] c : cells) {
        switch (c[0]) {
          case "width" -> {
            int[] r = columnRange(c[1]);
            for (int i = r[0]; i <= r[1]; i++) {
              widths.put(i, Double.parseDouble(c[2]));
            }
            columns = Math.max(columns, r[1] + 1);
          }
          case "title" -> title = c[2];
          default -> {
            int[] box = box(c[1]);
            columns = Math.max(columns, box[2] + 1);
            rows = Math.max(rows, box[3] + 1);
            String text = c[0].equals("field") ? value(values.get(c[2])) : c[2];
            body.add(new String[] {c[1], text, c[0]});
          }
        }
      }
      double total = 0;
      for (int i = 0; i < columns; i++) {
        total += widths.getOrDefault(i, 10.0);
      }
      double[] x = new double[columns + 1];
      x[0] = LEFT;
      for (int i = 0; i < columns; i++) {
        x[i + 1] = x[i] + widths.getOrDefault(i, 10.0) / total * (RIGHT - LEFT);
      }
      int first = Integer.MAX_VALUE;
      double[] heights = new double[rows];
      for (String[] c : body) {
        int[] b = box(c[0]);
        if (b[1] == b[3]) {
          int lines = wrap(c[1], x[b[2] + 1] - x[b[0]] - 2, CELL).size();
          heights[b[1]] = Math.max(heights[b[1]], lines * CELL_LEADING + 3);
        }
        first = Math.min(first, b[1]);
      }
      double whole = 0;
      for (int r = first; r < rows; r++) {
        whole += Math.max(heights[r], 7);
      }
      // A table that fits on a page starts on a new one rather than be cut; a longer one starts where its head and some rows fit.
      room(Math.min(whole, 80) + LEADING + 5);
      if (title != null) {
        heading(title);
      }
      y += 2;
      // Rows are placed page by page: a row that does not fit starts the table's next part on a new page.
      int from = first;
      while (from < rows) {
        double top = y;
        double[] ys = new double[rows + 1];
        int to = from;
        ys[from] = top;
        while (to < rows && ys[to] + Math.max(heights[to], 7) <= BOTTOM) {
          ys[to + 1] = ys[to] + Math.max(heights[to], 7);
          to++;
        }
        if (to == from) {
          pages.add(new ArrayList<>());
          y = TOP;
          continue;
        }
        for (String[] c : body) {
          int[] b = box(c[0]);
          int r0 = Math.max(b[1], from);
          int r1 = Math.min(b[3], to - 1);
          if (r0 > r1) {
            continue;
          }
          double cx0 = x[b[0]];
          double cx1 = x[b[2] + 1];
          double cy0 = ys[r0];
          double cy1 = ys[r1 + 1];
          page().add(ctx -> {
            ctx.setLineWidth(0.25);
            ctx.beginPath();
            ctx.rect(cx0, cy0, cx1 - cx0, cy1 - cy0);
            ctx.stroke();
          });
          // A cell cut by the page break shows its text in its first part only.
          if (r0 == b[1]) {
            List<String> lines = wrap(c[1], cx1 - cx0 - 2, CELL);
            double height = lines.size() * CELL_LEADING;
            double base = (cy0 + cy1) / 2 - height / 2 + CELL_LEADING - 1.2;
            boolean left = c[2].equals("label") && lines.size() > 0 && c[1].length() > 6;
            for (int i = 0; i < lines.size(); i++) {
              double lx = left ? cx0 + 1 : (cx0 + cx1) / 2;
              text(lines.get(i), lx, base + i * CELL_LEADING, CELL, left ? TextAlign.left : TextAlign.center);
            }
          }
        }
        y = ys[to] + 2;
        from = to;
        if (from < rows) {
          pages.add(new ArrayList<>());
          y = TOP;
        }
      }
    }

    void write(Path file) throws IOException {
      try (OFDDoc doc = new OFDDoc(file)) {
        int n = 0;
        for (List<Op> ops : pages) {
          int number = ++n;
          VirtualPage page = new VirtualPage(PageLayout.A4());
          Canvas c = new Canvas(0d, 0d, PAGE_W, PAGE_H);
          c.setDrawer(ctx -> {
            for (Op op : ops) {
              op.draw(ctx);
            }
            FontSetting f = FontSetting.getInstance(3.5);
            f.setTextAlign(TextAlign.center);
            ctx.setFont(f);
            ctx.fillText("- " + number + " -", PAGE_W / 2, 285);
          });
          page.add(c);
          doc.addVPage(page);
        }
      }
    }
  }

  private static String value(JsonNode v) {
    if (v == null || v.isNull()) {
      return "";
    }
    return v.isIntegralNumber() ? v.asText() : v.decimalValue().stripTrailingZeros().toPlainString();
  }

  /** Lines of at most the characters that fit {@code width} mm at {@code size}, measured as the writer measures them. */
  static List<String> wrap(String text, double width, double size) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    double used = 0;
    FontSetting font = FontSetting.getInstance(size);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      double w = TextMeasureTool.measureWithWith(String.valueOf(ch) + "国", font).offset[0];
      if (used + w > width && line.length() > 0) {
        out.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      line.append(ch);
      used += w;
    }
    if (line.length() > 0 || out.isEmpty()) {
      out.add(line.toString());
    }
    return out;
  }

  /** Column indexes of {@code A} or {@code B:D}. */
  private static int[] columnRange(String r) {
    String[] p = r.split(":");
    return new int[] {p[0].charAt(0) - 'A', p[p.length - 1].charAt(0) - 'A'};
  }

  /** {c0, r0, c1, r1} (from 0) of {@code A2} or {@code A2:C4}. */
  private static int[] box(String r) {
    String[] p = r.split(":");
    String a = p[0];
    String b = p[p.length - 1];
    return new int[] {a.charAt(0) - 'A', Integer.parseInt(a.substring(1)) - 1, b.charAt(0) - 'A', Integer.parseInt(b.substring(1)) - 1};
  }
}
