package org.nianbao.read.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.nianbao.document.Block;
import org.nianbao.document.Document;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;
import org.nianbao.document.Part;
import org.nianbao.document.Picture;
import org.nianbao.document.SourcePos;
import org.nianbao.read.Budget;
import org.nianbao.read.DecodedText;
import org.nianbao.read.ReportReader;
import org.nianbao.read.Source;
import org.nianbao.read.text.LineBlocks;

/**
 * Reads report web pages with jsoup as a browser shows them: block elements and {@code <br>}
 * break paragraphs, every table that holds no other table (and every box the page's styles lay out
 * as a table) becomes a {@link Grid} with its spans expanded, images become pictures. What the
 * browser does not show is not read: hidden elements (by attribute, style or the page's own style
 * sheets), deleted text, scripts and templates. Raised and lowered marks (sup, sub, note references)
 * are kept in the text, wrapped apart from the numbers they follow. Frames, embedded documents, the
 * next pages of a paginated report and the attachments it names are returned as the document's
 * {@link Part}s for the registry to read with it. Tables that hold tables are page layout and are
 * read through.
 */
public final class HtmlReportReader implements ReportReader {
  /** Images narrower or lower than this (pixels, as the page sets them) are icons, not tables. */
  private static final int MIN_PICTURE = 40;
  /** Style sheets the page links and saved with it that are read, and how large each may be. */
  private static final int MAX_SHEETS = 8;
  private static final long MAX_SHEET_BYTES = 512 * 1024;
  /**
   * Text hidden in one element that is more than this many times all the text shown, long enough
   * to be a report's, and named by the page's scripts, is what a script shows once the page has
   * loaded (a WeChat article is saved with its body {@code visibility:hidden}; themes fade their
   * content in): it is read.
   */
  private static final double REVEALED_SHARE = 1.5;
  private static final int REVEALED_MIN = 200;
  /** Script text looked at for the names of elements a script shows. */
  private static final int MAX_SCRIPT_CHARS = 2 * 1024 * 1024;

  private static final Set<String> SKIPPED = CellText.UNSHOWN;
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table",
          "tbody", "thead", "tfoot", "section", "article", "header", "footer", "center", "blockquote",
          "pre", "form", "dd", "dt", "dl", "title", "body", "html", "main", "nav", "aside", "hr", "caption");
  private static final Set<String> FRAMES = Set.of("iframe", "frame", "embed", "object");

  /** The names of the metadata that carry a page's title. */
  private static final Pattern TITLE_META = Pattern.compile("(?i)(ArticleTitle|title|og:title)");
  /** A viewer page showing a document named in its query ({@code pdfjs/web/viewer.html?file=…}). */
  private static final Pattern VIEWER_FILE = Pattern.compile("(?i)[?&]file=([^&#]+)");
  private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:href|src|data)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  /** A pager's text: page numbers, 上一页, 下一页, 首页, 尾页, 共3页 and their brackets and separators, nothing else. */
  private static final Pattern PAGER = Pattern.compile(
      "(?:\\s|\\d{1,3}|第\\s*\\d{1,3}\\s*[页頁]|共\\s*\\d{1,3}\\s*[页頁]|[上下前后]一?[页頁]|首[页頁]|[尾末][页頁]|[\\[\\]【】<>«»›‹|/、,，.…:：])+");
  private static final Pattern LINK_TEXT = Pattern.compile("(?is)<a\\b[^>]*>(.{1,400}?)</a>");

  /**
   * The names of the files a page's text links to, embeds or shows as a link's text, found by a
   * look at the markup rather than a reading: the last step of every address (and of the file a
   * download script names), and every link's text, whole and after its last colon (附件：统计表).
   */
  public static Set<String> linkedNames(String page) {
    Set<String> out = new HashSet<>();
    Matcher m = ADDRESS.matcher(page);
    while (m.find()) {
      String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      out.add(PageLinks.fileName(PageLinks.decode(value.replaceAll("[?#].*$", ""))));
      out.add(PageLinks.target(value));
      Matcher viewer = VIEWER_FILE.matcher(value);
      if (viewer.find()) {
        out.add(PageLinks.fileName(PageLinks.decode(viewer.group(1))));
      }
    }
    Matcher t = LINK_TEXT.matcher(page);
    while (t.find()) {
      String text = Parser.unescapeEntities(TAG.matcher(t.group(1)).replaceAll(""), false).replaceAll("\\s+", " ").strip();
      out.add(text);
      out.add(text.substring(Math.max(text.lastIndexOf('：'), text.lastIndexOf(':')) + 1).strip());
    }
    out.remove("");
    return out;
  }

  static boolean isBlock(String tag) {
    return BLOCKS.contains(tag);
  }

  @Override
  public Document read(Source input) {
    String source = input.name();
    DecodedText text = input.text();
    PageSize.check(text.text());
    org.jsoup.nodes.Document page = Jsoup.parse(text.text(), "", Parser.htmlParser().setTrackPosition(true));
    SavedPictures saved = new SavedPictures(source);
    StringBuilder scripts = new StringBuilder();
    Styles styles = Styles.of(sheets(page, saved, scripts));
    Element root = page.body() == null ? page : page.body();
    Walk walk = new Walk(saved, styles, null);
    walk.walk(root);
    Element revealed = walk.revealed(scripts);
    if (revealed != null) {
      walk = new Walk(saved, styles, revealed);
      walk.walk(root);
    }
    List<Part> parts = new ArrayList<>(walk.frames);
    parts.addAll(PageLinks.parts(source, walk.links, walk.blocks.size()));
    return new Document(source, SplitTables.join(walk.blocks), text.note().stream().toList(), headlines(page), parts);
  }

  /**
   * The page's own style blocks and the style sheets it links that were saved with it, in the order
   * the page gives them; the text of its scripts goes to {@code scripts}.
   */
  private static List<String> sheets(org.jsoup.nodes.Document page, SavedPictures saved, StringBuilder scripts) {
    List<String> out = new ArrayList<>();
    int[] linked = {0};
    // One pass over the page, no list of all its elements made; the page's own scripts are kept to
    // tell content a script shows from content only hidden.
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("script") && scripts.length() < MAX_SCRIPT_CHARS) {
          scripts.append(e.data()).append('\n');
        } else if (tag.equals("style")) {
          out.add(e.data());
        } else if (tag.equals("link") && linked[0] < MAX_SHEETS && e.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet")) {
          saved.file(e.attr("href")).ifPresent(file -> {
            linked[0]++;
            try {
              if (Files.size(file) <= MAX_SHEET_BYTES) {
                out.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
              }
            } catch (IOException ex) {
              // A sheet that cannot be read is as if not saved: the page reads with its own styles.
            }
          });
        }
      }
    }, page);
    return out;
  }

  /** The page's title and the title metadata content systems add (og:title, ArticleTitle). */
  private static List<String> headlines(org.jsoup.nodes.Document page) {
    List<String> out = new ArrayList<>();
    // Read by tag and attribute, not by a CSS query: a query is parsed again for every page.
    for (Element meta : page.getElementsByTag("meta")) {
      if (meta.attr("property").strip().equalsIgnoreCase("og:title") || TITLE_META.matcher(meta.attr("name")).matches()) {
        out.add(meta.attr("content"));
      }
    }
    out.add(page.title());
    return out.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  /**
   * The state of one walk over a page: the blocks so far and the text of the open paragraph. The walk
   * is jsoup's iterative traversal, so a page nested thousands of elements deep cannot overflow the stack.
   */
  private static final class Walk implements NodeFilter {
    private final SavedPictures saved;
    private final Styles styles;
    private final boolean boxTables;
    /** A hidden element read all the same, being what a script shows; null when none is. */
    private final Element shown;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Part> frames = new ArrayList<>();
    private final List<PageLinks.Link> links = new ArrayList<>();
    private final List<Element> hidden = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Set<Element> marks = new HashSet<>();
    private String lastParagraph = "";
    private int tables;
    private int textLine;
    private int pictures;
    private int shownText;
    private int linksInParagraph;

    Walk(SavedPictures saved, Styles styles, Element shown) {
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
        if (text.length() == 0 && !t.isBlank()) {
          textLine = t.sourceRange().start().lineNumber();
        }
        text.append(t.text());
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
          String v = CellText.fieldValue(e);
          if (v != null && !v.isBlank()) {
            text.append(' ').append(v).append(' ');
          }
          return FilterResult.SKIP_ENTIRELY;
        }
        case "a" -> {
          linksInParagraph++;
          if (e.hasAttr("href")) {
            String before = text.toString().strip();
            links.add(new PageLinks.Link(e.attr("href"), e.text(), before.isEmpty() && lastParagraph.length() <= 20 ? lastParagraph : before, blocks.size()));
          }
        }
        default -> { }
      }
      // A table with no table inside it (the list of tables under e counts e itself).
      if (tag.equals("table") && e.getElementsByTag("table").size() == 1) {
        flush(e);
        caption(e);
        tables++;
        grid(GridBuilder.build(e, "table[" + tables + "]", styles));
        return FilterResult.SKIP_ENTIRELY;
      }
      if (boxTables && display == Styles.Display.TABLE) {
        Grid g = GridBuilder.boxes(e, "table[" + (tables + 1) + "]", styles);
        if (g != null) {
          flush(e);
          tables++;
          grid(g);
          return FilterResult.SKIP_ENTIRELY;
        }
      }
      if (BLOCKS.contains(tag)) {
        flush(e);
      }
      if (CellText.isMark(e) && marks.isEmpty()) {
        marks.add(e);
        text.append(CellText.MARK_OPEN);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (depth > 0 && node instanceof Element e) {
        if (marks.remove(e)) {
          CellText.closeMark(text);
        }
        if (BLOCKS.contains(e.normalName())) {
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
      Matcher viewer = VIEWER_FILE.matcher(src);
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
}
