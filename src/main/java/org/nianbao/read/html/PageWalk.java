package org.nianbao.read.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.nianbao.document.Block;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;
import org.nianbao.document.Part;
import org.nianbao.document.Picture;
import org.nianbao.document.SourcePos;
import org.nianbao.read.Budget;
import org.nianbao.read.text.LineBlocks;

/**
 * The state of one walk over a page: the blocks so far and the text of the open paragraph. The walk
 * is jsoup's iterative traversal, so a page nested thousands of elements deep cannot overflow the stack.
 */
final class PageWalk implements NodeFilter {
  /** Images narrower or lower than this (pixels, as the page sets them) are icons, not tables. */
  private static final int MIN_PICTURE = 40;
  /**
   * Text hidden in one element that is more than this many times all the text shown, long enough
   * to be a report's, and named by the page's scripts, is what a script shows once the page has
   * loaded (a WeChat article is saved with its body {@code visibility:hidden}; themes fade their
   * content in): it is read.
   */
  private static final double REVEALED_SHARE = 1.5;
  private static final int REVEALED_MIN = 200;
  private static final Set<String> SKIPPED = CellText.UNSHOWN;
  private static final Set<String> FRAMES = Set.of("iframe", "frame", "embed", "object");
  /** A pager's text: page numbers, 上一页, 下一页, 首页, 尾页, 共3页 and their brackets and separators, nothing else. */
  private static final Pattern PAGER = Pattern.compile(
      "(?:\\s|\\d{1,3}|第\\s*\\d{1,3}\\s*[页頁]|共\\s*\\d{1,3}\\s*[页頁]|[上下前后]一?[页頁]|首[页頁]|[尾末][页頁]|[\\[\\]【】<>«»›‹|/、,，.…:：])+");

  private final SavedPictures saved;
  private final Styles styles;
  private final boolean boxTables;
  /** A hidden element read all the same, being what a script shows; null when none is. */
  private final Element shown;
  final List<Block> blocks = new ArrayList<>();
  final List<Part> frames = new ArrayList<>();
  final List<PageLinks.Link> links = new ArrayList<>();
  private final List<Element> hidden = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final Set<Element> marks = new HashSet<>();
  private String lastParagraph = "";
  private int tables;
  private int textLine;
  private int pictures;
  private int shownText;
  private int linksInParagraph;

  PageWalk(SavedPictures saved, Styles styles, Element shown) {
    this.saved = saved;
    this.styles = styles;
    this.boxTables = styles.laysOutTables();
    this.shown = shown;
  }

  void walk(Element root) {
    NodeTraversor.filter(this, root);
    flush(null);
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      text(t);
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e) || depth == 0) {
      return FilterResult.CONTINUE;
    }
    Budget.spend(Budget.Work.NODES, 1);
    String tag = e.normalName();
    if (SKIPPED.contains(tag) && !FRAMES.contains(tag) || CellText.struck(e) && !tag.equals("table")) {
      return FilterResult.SKIP_ENTIRELY;
    }
    Styles.Display display = styles.of(e);
    if ((display == Styles.Display.NONE || display == Styles.Display.INVISIBLE) && e != shown) {
      hidden.add(e);
      return FilterResult.SKIP_ENTIRELY;
    }
    FilterResult own = byTag(e, tag);
    if (own != null) {
      return own;
    }
    if (table(e, tag, display)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (HtmlReportReader.isBlock(tag)) {
      flush(e);
    }
    if (CellText.isMark(e) && marks.isEmpty()) {
      marks.add(e);
      text.append(CellText.MARK_OPEN);
    }
    return FilterResult.CONTINUE;
  }

  private void text(TextNode t) {
    if (text.length() == 0 && !t.isBlank()) {
      textLine = t.sourceRange().start().lineNumber();
    }
    text.append(t.text());
  }

  /** What becomes of an element its tag alone decides (a break, a picture, a frame, a field); null when it is read on as any other. */
  private FilterResult byTag(Element e, String tag) {
    switch (tag) {
      case "br" -> {
        flush(e);
        return FilterResult.CONTINUE;
      }
      case "img" -> {
        picture(e);
        return FilterResult.SKIP_ENTIRELY;
      }
      case "iframe", "frame", "embed", "object" -> {
        frame(e);
        return FilterResult.SKIP_ENTIRELY;
      }
      case "pre", "xmp", "listing", "plaintext" -> {
        preformatted(e);
        return FilterResult.SKIP_ENTIRELY;
      }
      case "input" -> {
        field(e);
        return FilterResult.SKIP_ENTIRELY;
      }
      case "a" -> link(e);
      default -> { }
    }
    return null;
  }

  /** A form field's value, shown as text. */
  private void field(Element input) {
    String v = CellText.fieldValue(input);
    if (v != null && !v.isBlank()) {
      text.append(' ').append(v).append(' ');
    }
  }

  /** A link, kept with the words it stands after, to find the report's other pages and attachments by. */
  private void link(Element a) {
    linksInParagraph++;
    if (a.hasAttr("href")) {
      String before = text.toString().strip();
      links.add(new PageLinks.Link(a.attr("href"), a.text(), before.isEmpty() && lastParagraph.length() <= 20 ? lastParagraph : before, blocks.size()));
    }
  }

  /**
   * Whether the element was read as a table: a table with no table inside it (the list of tables
   * under it counts itself), or a box the page's styles lay out as a table.
   */
  private boolean table(Element e, String tag, Styles.Display display) {
    if (tag.equals("table") && e.getElementsByTag("table").size() == 1) {
      flush(e);
      caption(e);
      tables++;
      grid(GridBuilder.build(e, "table[" + tables + "]", styles));
      return true;
    }
    if (boxTables && display == Styles.Display.TABLE) {
      Grid g = GridBuilder.boxes(e, "table[" + (tables + 1) + "]", styles);
      if (g != null) {
        flush(e);
        tables++;
        grid(g);
        return true;
      }
    }
    return false;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (depth > 0 && node instanceof Element e) {
      if (marks.remove(e)) {
        CellText.closeMark(text);
      }
      if (HtmlReportReader.isBlock(e.normalName())) {
        flush(e);
      }
    }
    return FilterResult.CONTINUE;
  }

  /**
   * The hidden element to read after all: one whose text outweighs all the text shown, which only
   * a script can have meant to show; null when none does.
   */
  Element revealed(CharSequence scripts) {
    if (scripts.isEmpty()) {
      return null;
    }
    String code = scripts.toString();
    for (Element h : hidden) {
      int length = h.text().length();
      if (length >= REVEALED_MIN && length > shownText * REVEALED_SHARE && named(h, code)) {
        return h;
      }
    }
    return null;
  }

  /**
   * Whether the page's scripts name the element by its id or one of its classes: what a script
   * shows, it finds by name. A hidden copy no script names (a print copy, a draft) stays hidden,
   * however much text it holds.
   */
  private static boolean named(Element e, String code) {
    if (e.id().length() >= 3 && code.contains(e.id())) {
      return true;
    }
    for (String c : e.className().split("\\s+")) {
      if (c.length() >= 3 && code.contains(c)) {
        return true;
      }
    }
    return false;
  }

  private void grid(Grid g) {
    blocks.add(g);
    for (List<org.nianbao.document.Cell> row : g.rows()) {
      for (org.nianbao.document.Cell c : row) {
        shownText += c.spanCopy() ? 0 : c.text().length();
      }
    }
  }

  /**
   * Text shown as written, its line ends and spaces kept (a text copy of a report pasted into a
   * page): read line by line as a text file is, so a table typed as aligned lines stays in rows.
   */
  private void preformatted(Element pre) {
    flush(pre);
    LineBlocks lines = new LineBlocks();
    for (CellText.Line l : CellText.preformatted(pre, styles)) {
      lines.line(l.text(), SourcePos.line(l.line()));
    }
    for (Block b : lines.blocks()) {
      if (b instanceof Grid g) {
        tables++;
        grid(g);
      } else {
        blocks.add(b);
        shownText += b instanceof Paragraph p ? p.text().length() : 0;
        lastParagraph = b instanceof Paragraph p ? p.text() : lastParagraph;
      }
    }
  }

  /** A table's caption, shown above it: a paragraph before its grid. */
  private void caption(Element table) {
    for (Element c : table.children()) {
      if (c.normalName().equals("caption") && styles.of(c) == Styles.Display.NORMAL) {
        String s = CellText.of(c, styles).strip();
        if (!s.isEmpty()) {
          blocks.add(new Paragraph(s, SourcePos.line(Math.max(c.sourceRange().start().lineNumber(), 0))));
          shownText += s.length();
        }
      }
    }
  }

  /**
   * A frame, inline frame or embedded document: a part of the report read where it stands. Frames
   * of no size (counters, trackers) and embedded things that are no document (players, maps) are
   * not; a viewer page showing a document (pdf.js's {@code viewer.html?file=…}) stands for that document.
   */
  private void frame(Element e) {
    String tag = e.normalName();
    if (tiny(e.attr("width")) || tiny(e.attr("height"))) {
      return;
    }
    flush(e);
    if (tag.equals("iframe") && e.hasAttr("srcdoc")) {
      frames.add(new Part(blocks.size(), Part.Kind.FRAME, "srcdoc", "", e.attr("srcdoc").getBytes(StandardCharsets.UTF_8)));
      return;
    }
    String src = (tag.equals("object") ? e.attr("data") : e.attr("src")).strip();
    Matcher viewer = HtmlReportReader.VIEWER_FILE.matcher(src);
    if (viewer.find()) {
      src = PageLinks.decode(viewer.group(1));
    }
    String name = PageLinks.target(src);
    boolean document = PageLinks.DOCUMENTS.contains(PageLinks.extension(name))
        || PageLinks.extension(name).matches("jsp|asp|aspx|php|htm|html|shtml") || e.attr("type").toLowerCase(Locale.ROOT).matches(".*(pdf|html|msword|officedocument).*");
    if (src.isEmpty() || name.isEmpty() || !document || src.regionMatches(true, 0, "javascript:", 0, 11) || src.regionMatches(true, 0, "data:", 0, 5)
        || src.regionMatches(true, 0, "about:", 0, 6)) {
      return;
    }
    frames.add(Part.linked(blocks.size(), Part.Kind.FRAME, name, src));
  }

  private static boolean tiny(String size) {
    String digits = size.strip().replaceAll("(?i)px$", "");
    return digits.matches("\\d") && Integer.parseInt(digits) <= 2;
  }

  /** An image big enough to hold a table (icons and spacers are not), named by its file. */
  private void picture(Element img) {
    if (small(img.attr("width")) || small(img.attr("height"))) {
      return;
    }
    // A page that loads its pictures late (WeChat, lazy themes) keeps their address in data-src.
    String src = img.attr("src").isBlank() || img.attr("src").startsWith("data:image/gif") || img.attr("src").startsWith("data:image/svg") ? img.attr("data-src") : img.attr("src");
    if (src.isBlank()) {
      src = img.attr("src");
    }
    String name = src.substring(src.lastIndexOf('/') + 1);
    if (name.isBlank() || name.startsWith("data:")) {
      name = img.attr("alt");
    }
    flush(img);
    pictures++;
    SourcePos pos = new SourcePos(img.sourceRange().start().lineNumber(), "image[" + pictures + "]");
    blocks.add(new Picture(name, pos, false, saved.pixels(src).orElse(null)));
  }

  private static boolean small(String size) {
    String digits = size.strip().replaceAll("(?i)px$", "");
    return digits.matches("\\d{1,2}") && Integer.parseInt(digits) < MIN_PICTURE;
  }

  void flush(Element at) {
    if (!marks.isEmpty()) {
      CellText.closeMark(text);
      marks.clear();
    }
    String s = text.toString().strip();
    // A pager (1 2 3 下一页) is the page's way to its other pages, not the report's text: its links are kept, its words not.
    boolean pager = linksInParagraph > 0 && PAGER.matcher(s).matches();
    linksInParagraph = 0;
    if (!s.isEmpty() && !pager) {
      int line = textLine > 0 ? textLine : at == null ? 0 : at.sourceRange().start().lineNumber();
      blocks.add(new Paragraph(s, SourcePos.line(Math.max(line, 0))));
      lastParagraph = s;
      shownText += s.length();
    }
    text.setLength(0);
    textLine = 0;
  }
}
