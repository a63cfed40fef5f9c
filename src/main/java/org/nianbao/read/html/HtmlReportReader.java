package org.nianbao.read.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.nianbao.document.Document;
import org.nianbao.document.Grid;
import org.nianbao.document.Part;
import org.nianbao.read.DecodedText;
import org.nianbao.read.ReportReader;
import org.nianbao.read.Source;

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
  /** Style sheets the page links and saved with it that are read, and how large each may be. */
  private static final int MAX_SHEETS = 8;
  private static final long MAX_SHEET_BYTES = 512 * 1024;
  /** Script text looked at for the names of elements a script shows. */
  private static final int MAX_SCRIPT_CHARS = 2 * 1024 * 1024;

  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table",
          "tbody", "thead", "tfoot", "section", "article", "header", "footer", "center", "blockquote",
          "pre", "form", "dd", "dt", "dl", "title", "body", "html", "main", "nav", "aside", "hr", "caption");

  /** The names of the metadata that carry a page's title. */
  private static final Pattern TITLE_META = Pattern.compile("(?i)(ArticleTitle|title|og:title)");
  /** A viewer page showing a document named in its query ({@code pdfjs/web/viewer.html?file=…}). */
  static final Pattern VIEWER_FILE = Pattern.compile("(?i)[?&]file=([^&#]+)");
  private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:href|src|data)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
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
    PageWalk walk = new PageWalk(saved, styles, null);
    walk.walk(root);
    Element revealed = walk.revealed(scripts);
    if (revealed != null) {
      walk = new PageWalk(saved, styles, revealed);
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
}
