package org.nianbao.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.nianbao.message.Message;
import org.nianbao.doc.Block;
import org.nianbao.doc.Cell;
import org.nianbao.doc.Document;
import org.nianbao.doc.Grid;
import org.nianbao.doc.Picture;
import org.nianbao.doc.SourcePos;
import org.nianbao.read.BinaryReportReader;
import org.nianbao.read.ReadException;
import org.nianbao.read.text.LineBlocks;

/**
 * Reads PDF reports that have a text layer, with PDFBox: ruled tables become grids (see
 * {@link Lattice}), a table continued on the next page is joined to its first part, the rest of
 * the text becomes lines (wrapped lines of one paragraph joined again, wide gaps as tabs so a row of
 * an unruled table reads as cells), and images, or pages with no text at all, become pictures.
 */
public final class PdfReportReader implements BinaryReportReader {
  /** Annual reports run to a few dozen pages. */
  static final int MAX_PAGES = 500;
  /** More ruling lines than this on one page is not a report's table (and would be slow to join). */
  private static final int MAX_SEGMENTS = 4000;
  /** Images smaller than this (points, either side) are logos, seals or bullets. */
  private static final float MIN_PICTURE = 40f;

  private static final Pattern PAGE_NUMBER =
      Pattern.compile("[-—–]\\s*\\d{1,3}\\s*[-—–]|第\\s*\\d{1,3}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3}");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？：；:;]$");
  private static final Pattern NUMBERED = Pattern.compile("^[（(]?[一二三四五六七八九十]+[）)、.．]");

  @Override
  public boolean accepts(byte[] bytes) {
    int window = Math.min(bytes.length, 1024);
    for (int i = 0; i + 4 < window; i++) {
      if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  @Override
  public Document read(String source, byte[] bytes) throws ReadException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      int pages = pdf.getNumberOfPages();
      if (pages > MAX_PAGES) {
        throw new ReadException(Message.of("error.pdf_pages", pages, MAX_PAGES));
      }
      List<Item> items = new ArrayList<>();
      List<Message> notes = new ArrayList<>();
      List<String> damaged = StreamCheck.damaged(pdf.getDocument());
      if (!damaged.isEmpty()) {
        notes.add(Message.of("read.pdf.streams_damaged", damaged.size(), String.join(", ", damaged.subList(0, Math.min(3, damaged.size())))));
      }
      for (int p = 1; p <= pages; p++) {
        items.addAll(page(pdf, p, notes, !damaged.isEmpty()));
      }
      return new Document(source, blocks(items), notes);
    } catch (InvalidPasswordException e) {
      throw new ReadException(Message.of("error.pdf_encrypted"));
    } catch (IOException | RuntimeException e) {
      throw ReadException.because("PDF", e);
    }
  }

  /** One piece of a page in reading order: a line of text (maybe damaged), a table or a picture. */
  private record Item(int page, float top, String line, float x0, float x1, float size, boolean damaged, Grid grid, Picture picture) {
    boolean isLine() {
      return line != null;
    }
  }

  private static List<Item> page(PDDocument pdf, int p, List<Message> notes, boolean damagedFile) throws IOException {
    PDPage page = pdf.getPage(p - 1);
    PageGlyphs text = PageGlyphs.of(pdf, p);
    List<Glyph> glyphs = text.glyphs();
    PageGraphics graphics = PageGraphics.of(page);
    boolean damaged = damagedFile || !text.damage().isEmpty();
    if (!text.damage().isEmpty()) {
      notes.add(Message.of("read.pdf.page_damaged", p, text.damage().get(0)));
    }
    List<Item> items = new ArrayList<>();
    if (glyphs.isEmpty()) {
      items.add(new Item(p, 0, null, 0, 0, 0, false, null, new Picture("", new SourcePos(0, "page[" + p + "]"), true)));
      return items;
    }
    List<Lattice> tables = List.of();
    if (graphics.segments().size() <= MAX_SEGMENTS) {
      tables = Lattice.find(graphics.segments());
    } else {
      notes.add(Message.of("read.pdf.no_lattice", p, graphics.segments().size()));
    }
    for (int t = 0; t < tables.size(); t++) {
      Lattice table = tables.get(t);
      items.add(new Item(p, table.top(), null, 0, 0, 0, damaged, table.grid(glyphs, "page[" + p + "]/table[" + (t + 1) + "]", damaged), null));
    }
    Map<Integer, List<Glyph>> lines = new LinkedHashMap<>();
    for (Glyph g : glyphs) {
      if (tables.stream().noneMatch(t -> t.holds(g))) {
        lines.computeIfAbsent(g.line(), k -> new ArrayList<>()).add(g);
      }
    }
    for (List<Glyph> line : lines.values()) {
      line.sort(Comparator.comparingDouble(Glyph::x0));
      float top = (float) line.stream().mapToDouble(Glyph::top).min().orElse(0);
      float size = (float) line.stream().mapToDouble(Glyph::size).max().orElse(1);
      items.add(new Item(p, top, GlyphText.line(line), line.get(0).x0(), line.get(line.size() - 1).x1(), size, damaged, null, null));
    }
    int images = 0;
    for (float[] box : graphics.images()) {
      if (box[2] - box[0] >= MIN_PICTURE && box[3] - box[1] >= MIN_PICTURE) {
        images++;
        items.add(new Item(p, box[1], null, 0, 0, 0, false, null, new Picture("", new SourcePos(0, "page[" + p + "]/image[" + images + "]"))));
      }
    }
    items.sort(Comparator.comparingDouble(Item::top));
    dropPageNumber(items);
    return items;
  }

  /** A page number printed as the page's last (or first) line is not report text. */
  private static void dropPageNumber(List<Item> items) {
    if (!items.isEmpty() && isPageNumber(items.get(items.size() - 1))) {
      items.remove(items.size() - 1);
    }
    if (!items.isEmpty() && isPageNumber(items.get(0))) {
      items.remove(0);
    }
  }

  private static boolean isPageNumber(Item item) {
    return item.isLine() && PAGE_NUMBER.matcher(item.line().strip()).matches();
  }

  private static List<Block> blocks(List<Item> items) {
    float left = (float) items.stream().filter(Item::isLine).mapToDouble(Item::x0).min().orElse(0);
    float right = (float) items.stream().filter(Item::isLine).filter(i -> i.line().indexOf('\t') < 0).mapToDouble(Item::x1).max().orElse(0);
    LineBlocks out = new LineBlocks();
    StringBuilder paragraph = new StringBuilder();
    Item open = null;
    Grid table = null;
    int tablePage = 0;
    boolean damagedParagraph = false;
    int paragraphPage = 0;
    for (Item item : items) {
      if (item.isLine()) {
        if (table != null) {
          out.block(table);
          table = null;
        }
        if (open != null && continues(open, item, left, right)) {
          boolean space = GlyphText.latin(paragraph.charAt(paragraph.length() - 1)) && GlyphText.latin(item.line().charAt(0));
          paragraph.append(space ? " " : "").append(item.line());
        } else {
          flush(out, paragraph, paragraphPage, damagedParagraph);
          paragraph.append(item.line());
          paragraphPage = item.page();
          damagedParagraph = false;
        }
        damagedParagraph |= item.damaged();
        open = item;
        continue;
      }
      flush(out, paragraph, paragraphPage, damagedParagraph);
      open = null;
      if (item.grid() != null) {
        table = table != null && item.page() == tablePage + 1 && width(table) == width(item.grid()) ? joined(table, item.grid()) : flushTable(out, table, item.grid());
        tablePage = item.page();
      } else {
        if (table != null) {
          out.block(table);
          table = null;
        }
        out.block(item.picture());
      }
    }
    flush(out, paragraph, paragraphPage, damagedParagraph);
    if (table != null) {
      out.block(table);
    }
    return out.blocks();
  }

  private static Grid flushTable(LineBlocks out, Grid previous, Grid next) {
    if (previous != null) {
      out.block(previous);
    }
    return next;
  }

  private static void flush(LineBlocks out, StringBuilder paragraph, int page, boolean damaged) {
    if (paragraph.length() > 0) {
      out.line(paragraph.toString(), new SourcePos(0, "page[" + page + "]"), damaged);
    }
    paragraph.setLength(0);
  }

  /** A line that runs to the right margin, followed by one that starts at the left margin, was wrapped. */
  private static boolean continues(Item line, Item next, float left, float right) {
    return line.line().indexOf('\t') < 0
        && next.line().indexOf('\t') < 0
        && line.x1() >= right - 2 * line.size()
        && next.x0() <= left + next.size() / 2
        && !SENTENCE_END.matcher(line.line()).matches()
        && !NUMBERED.matcher(next.line()).find();
  }

  private static final Pattern NUMBER = Pattern.compile("[-+增减]?\\d[\\d,.]*");

  private static int width(Grid g) {
    return g.rows().isEmpty() ? 0 : g.rows().get(0).size();
  }

  /**
   * A table that ends one page and one with as many columns that starts the next are one table: its
   * rows are both parts' rows, less a header row the second part repeats. A row the page break cut
   * in two (Word lets rows break across pages: （四）无法 / 提供) is joined again: the second part's
   * first row holds no number, and each of its cells continues a label cell of its own in the row
   * above (not one spanning from further left), whose numbers, if any, stand in the first part.
   */
  private static Grid joined(Grid first, Grid second) {
    List<List<Cell>> rows = new ArrayList<>(first.rows());
    List<List<Cell>> more = second.rows();
    int from = !more.isEmpty() && !first.rows().isEmpty() && texts(more.get(0)).equals(texts(first.rows().get(0))) ? 1 : 0;
    if (from < more.size() && !rows.isEmpty() && continuesRow(rows.get(rows.size() - 1), more.get(from))) {
      List<Cell> before = rows.remove(rows.size() - 1);
      List<Cell> row = new ArrayList<>(before.size());
      for (int c = 0; c < before.size(); c++) {
        Cell rest = more.get(from).get(c);
        row.add(rest.spanCopy() || rest.text().isBlank() ? before.get(c) : before.get(c).withText(before.get(c).text() + rest.text()));
      }
      rows.add(row);
      from++;
    }
    rows.addAll(more.subList(from, more.size()));
    return new Grid(rows, first.pos());
  }

  private static boolean continuesRow(List<Cell> above, List<Cell> row) {
    if (above.size() != row.size()) {
      return false;
    }
    boolean any = false;
    for (int c = 0; c < row.size(); c++) {
      Cell cell = row.get(c);
      if (cell.spanCopy() || cell.text().isBlank()) {
        continue;
      }
      Cell top = above.get(c);
      if (numberish(cell.text()) || top.spanCopy() || top.text().isBlank() || numberish(top.text())) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static boolean numberish(String text) {
    return NUMBER.matcher(text.strip()).matches();
  }

  private static List<String> texts(List<Cell> row) {
    return row.stream().map(Cell::text).toList();
  }
}
