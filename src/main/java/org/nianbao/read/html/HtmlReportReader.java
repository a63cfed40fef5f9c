package org.nianbao.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.nianbao.doc.Block;
import org.nianbao.doc.Document;
import org.nianbao.doc.Paragraph;
import org.nianbao.doc.Picture;
import org.nianbao.doc.SourcePos;
import org.nianbao.read.Budget;
import org.nianbao.read.DecodedText;
import org.nianbao.read.ReportReader;

/**
 * Reads report web pages with jsoup: block elements and {@code <br>} break paragraphs, and every
 * table that holds no other table becomes a {@link org.nianbao.doc.Grid} with its spans expanded,
 * and images become pictures. Tables that hold tables are page layout and are read through.
 */
public final class HtmlReportReader implements ReportReader {
  /** How much of the start of an input is looked at to tell a page from text. */
  private static final int SNIFF_WINDOW = 2048;
  /** Images narrower or lower than this (pixels, as the page sets them) are icons, not tables. */
  private static final int MIN_PICTURE = 40;

  private static final Set<String> SKIPPED =
      Set.of("script", "style", "head", "noscript", "template", "iframe", "object", "svg", "select", "option", "button");
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table",
          "tbody", "thead", "tfoot", "section", "article", "header", "footer", "center", "blockquote",
          "pre", "form", "dd", "dt", "dl", "title", "body", "html", "main", "nav", "aside", "hr");

  /** The names of the metadata that carry a page's title. */
  private static final Pattern TITLE_META = Pattern.compile("(?i)(ArticleTitle|title|og:title)");

  @Override
  public boolean accepts(DecodedText text) {
    String head = text.text().substring(0, Math.min(text.text().length(), SNIFF_WINDOW)).toLowerCase(Locale.ROOT);
    return head.stripLeading().startsWith("<")
        && (head.contains("<html") || head.contains("<body") || head.contains("<!doctype") || head.contains("<table") || head.contains("<div") || head.contains("<p"));
  }

  @Override
  public Document read(String source, DecodedText text) {
    PageSize.check(text.text());
    org.jsoup.nodes.Document page = Jsoup.parse(text.text(), "", Parser.htmlParser().setTrackPosition(true));
    Walk walk = new Walk(new SavedPictures(source));
    walk.walk(page.body() == null ? page : page.body());
    walk.flush(null);
    return new Document(source, walk.blocks, text.note().stream().toList(), headlines(page));
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
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int tables;
    private int textLine;
    private int pictures;

    Walk(SavedPictures saved) {
      this.saved = saved;
    }

    void walk(Element root) {
      NodeTraversor.filter(this, root);
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
      if (SKIPPED.contains(tag)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        flush(e);
        return FilterResult.CONTINUE;
      }
      if (tag.equals("img")) {
        picture(e);
        return FilterResult.SKIP_ENTIRELY;
      }
      // A table with no table inside it (the list of tables under e counts e itself).
      if (tag.equals("table") && e.getElementsByTag("table").size() == 1) {
        flush(e);
        tables++;
        blocks.add(GridBuilder.build(e, "table[" + tables + "]"));
        return FilterResult.SKIP_ENTIRELY;
      }
      if (BLOCKS.contains(tag)) {
        flush(e);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (depth > 0 && node instanceof Element e && BLOCKS.contains(e.normalName())) {
        flush(e);
      }
      return FilterResult.CONTINUE;
    }

    /** An image big enough to hold a table (icons and spacers are not), named by its file. */
    private void picture(Element img) {
      if (small(img.attr("width")) || small(img.attr("height"))) {
        return;
      }
      String src = img.attr("src");
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
      String s = text.toString().strip();
      if (!s.isEmpty()) {
        int line = textLine > 0 ? textLine : at == null ? 0 : at.sourceRange().start().lineNumber();
        blocks.add(new Paragraph(s, SourcePos.line(Math.max(line, 0))));
      }
      text.setLength(0);
      textLine = 0;
    }
  }
}
