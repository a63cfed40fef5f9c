package org.nianbao.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text a browser shows in a table cell: what is hidden left out, deleted text left out, the
 * value typed in a form field put in, raised and lowered marks wrapped as the shared convention
 * says (U+FFF9 mark U+FFFB), whitespace collapsed. Lines a cell breaks ({@code <br>}, paragraphs)
 * become one space, except between two digits: there the break is kept as a line break, so two
 * numbers printed on two lines never read as one.
 */
final class CellText implements NodeFilter {
  /** Opens a mark printed raised or lowered (Unicode interlinear annotation anchor). */
  static final char MARK_OPEN = '\uFFF9';
  /** Closes it (interlinear annotation terminator). */
  static final char MARK_CLOSE = '\uFFFB';

  /**
   * Elements whose content is not the report's text: what a browser never shows as text, text
   * deleted or struck through (a revision, a figure corrected by hand), and the pronunciation a
   * ruby annotation prints above its characters.
   */
  static final Set<String> UNSHOWN =
      Set.of("script", "style", "head", "noscript", "template", "svg", "select", "option", "button", "del", "s", "strike", "rt", "rp", "noframes",
          "iframe", "frame", "object", "embed");

  /** Where a line breaks inside a cell; resolved when the text is complete. */
  private static final char BREAK = '\u2028';

  private final Styles styles;
  /** Whether spaces and line ends are kept as written ({@code <pre>}): a browser shows them so. */
  private final boolean preformatted;
  private final StringBuilder out = new StringBuilder();
  /** For preformatted text: the line of the file each line of {@link #out} starts on, and the line being read. */
  private final List<Integer> lines = new ArrayList<>();
  private int sourceLine;
  private int marks;

  private CellText(Styles styles, boolean preformatted) {
    this.styles = styles;
    this.preformatted = preformatted;
  }

  /** The shown text of {@code cell}. */
  static String of(Element cell, Styles styles) {
    if (struck(cell)) {
      return "";
    }
    if (!hasElements(cell)) {
      return cell.text();
    }
    CellText t = new CellText(styles, false);
    NodeTraversor.filter(t, cell);
    return t.finish();
  }

  /** A line of preformatted text and the line of the file it is on. */
  record Line(String text, int line) {}

  /** The shown lines of a preformatted element, their spaces as written, a break ending a line. */
  static List<Line> preformatted(Element pre, Styles styles) {
    CellText t = new CellText(styles, true);
    t.sourceLine = Math.max(pre.sourceRange().start().lineNumber(), 0);
    NodeTraversor.filter(t, pre);
    List<Line> out = new ArrayList<>();
    String[] texts = t.out.toString().split("\n", -1);
    for (int i = 0; i < texts.length; i++) {
      out.add(new Line(texts[i], i < t.lines.size() ? t.lines.get(i) : t.sourceLine));
    }
    return out;
  }

  /** Whether any child of {@code e} is an element (jsoup's count of element children builds a list). */
  private static boolean hasElements(Element e) {
    for (int i = 0; i < e.childNodeSize(); i++) {
      if (e.childNode(i) instanceof Element) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e} is a mark printed raised or lowered: sup, sub, a footnote or endnote reference, a vertical-align of super or sub. */
  static boolean isMark(Element e) {
    String tag = e.normalName();
    if (tag.equals("sup") || tag.equals("sub")) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    String classes = e.className();
    // Word's export marks its note references so.
    if (classes.contains("FootnoteReference") || classes.contains("EndnoteReference")) {
      return true;
    }
    if (e.hasAttr("style")) {
      String style = e.attr("style").toLowerCase(Locale.ROOT);
      return style.contains("vertical-align") && (style.contains("super") || style.contains("sub"));
    }
    return false;
  }

  /** Whether {@code e}'s text is struck through by its style: withdrawn, as a deletion is. */
  static boolean struck(Element e) {
    if (e.attributesSize() == 0 || !e.hasAttr("style")) {
      return false;
    }
    String style = e.attr("style");
    return style.contains("line-through") && style.toLowerCase(Locale.ROOT).matches("(?s).*text-decoration(-line)?\\s*:[^;]*line-through.*");
  }

  /** The value a form field shows, or null for a field that shows no text of its own (a box to tick, a button, a hidden field). */
  static String fieldValue(Element input) {
    String type = input.attr("type").strip().toLowerCase(Locale.ROOT);
    return type.isEmpty() || type.equals("text") || type.equals("number") || type.equals("tel") ? input.attr("value") : null;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      if (preformatted) {
        preformatted(t);
      } else {
        out.append(t.getWholeText());
      }
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e) || depth == 0) {
      return FilterResult.CONTINUE;
    }
    String tag = e.normalName();
    if (UNSHOWN.contains(tag) || struck(e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    Styles.Display d = styles.of(e);
    if (d == Styles.Display.NONE || d == Styles.Display.INVISIBLE) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (tag.equals("br")) {
      out.append(preformatted ? '\n' : BREAK);
      if (preformatted) {
        lines.add(sourceLine);
      }
    } else if (tag.equals("input")) {
      String v = fieldValue(e);
      if (v != null) {
        out.append(' ').append(v).append(' ');
      }
    } else if (HtmlReportReader.isBlock(tag) && !preformatted) {
      out.append(BREAK);
    }
    if (isMark(e) && marks++ == 0) {
      out.append(MARK_OPEN);
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e && depth > 0) {
      if (isMark(e) && --marks == 0) {
        closeMark(out);
      }
      if (HtmlReportReader.isBlock(e.normalName()) && !preformatted) {
        out.append(BREAK);
      }
    }
    return FilterResult.CONTINUE;
  }

  /** Text as written, each line's start noted with the line of the file it is on. */
  private void preformatted(TextNode t) {
    String text = t.getWholeText();
    sourceLine = Math.max(t.sourceRange().start().lineNumber(), sourceLine);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (lines.isEmpty()) {
        lines.add(sourceLine);
      }
      if (c == '\n' || c == '\r') {
        out.append('\n');
        lines.add(++sourceLine);
      } else {
        out.append(c);
      }
    }
  }

  /** Closes the open mark, or takes back its opening when nothing was written inside it. */
  static void closeMark(StringBuilder text) {
    int open = text.lastIndexOf(String.valueOf(MARK_OPEN));
    if (open >= 0 && text.substring(open + 1).isBlank()) {
      text.setLength(open);
    } else {
      text.append(MARK_CLOSE);
    }
  }

  private String finish() {
    StringBuilder s = new StringBuilder(out.length());
    boolean space = false;
    boolean broken = false;
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c == BREAK) {
        broken = true;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0') {
        space = true;
      } else {
        if (s.length() > 0 && (space || broken)) {
          boolean digits = broken && Character.isDigit(s.charAt(s.length() - 1)) && Character.isDigit(c);
          s.append(digits ? '\n' : ' ');
        }
        s.append(c);
        space = false;
        broken = false;
      }
    }
    return s.toString();
  }
}
