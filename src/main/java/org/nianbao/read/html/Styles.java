package org.nianbao.read.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a page's style sheets and style attributes say about how an element is shown, as far as
 * reading needs it: not at all ({@code display:none}, Word's {@code mso-hide:all}, the
 * {@code hidden} attribute, a box of no height that hides what overflows), invisible but keeping
 * its place ({@code visibility:hidden}), laid out as a table, a row or a cell, or none of these.
 * Rules are resolved as a desktop browser does for the screen: by specificity and order, inline
 * styles first, rules for print and for narrow screens left aside. Selectors of tags, ids and
 * classes, joined by descendant or child combinators, are understood; rules with other selectors
 * (attributes, pseudo-classes, siblings) are left out rather than guessed.
 */
final class Styles {
  /** How an element is shown. */
  enum Display {
    NORMAL,
    /** Not shown and taking no place: its cells are no cells. */
    NONE,
    /** Not shown, its place kept: a cell stays, empty. */
    INVISIBLE,
    TABLE,
    ROW,
    CELL
  }

  /** The width of the window the page is taken to be read in, for {@code @media (min-width: …)}. */
  private static final int VIEWPORT = 1280;

  private static final Pattern MEDIA_WIDTH = Pattern.compile("\\(\\s*(min|max)-width\\s*:\\s*([0-9.]+)\\s*(px|em|rem)?\\s*\\)");
  private static final Styles NONE = new Styles(Map.of());

  /** Rules that set display or visibility, by the id, class or tag their last step names. */
  private final Map<String, List<StyleRule>> rules;

  private Styles(Map<String, List<StyleRule>> rules) {
    this.rules = rules;
  }

  /** The rules of these style sheets (the page's own {@code <style>} blocks, saved sheets it links), in order. */
  static Styles of(List<String> sheets) {
    Map<String, List<StyleRule>> rules = new HashMap<>();
    int[] order = {0};
    for (String sheet : sheets) {
      parse(stripComments(sheet), rules, order);
    }
    return rules.isEmpty() ? NONE : new Styles(rules);
  }

  /** How {@code e} is shown. */
  Display of(Element e) {
    if (rules.isEmpty() && e.attributesSize() == 0) {
      // Most elements of most pages: nothing can hide them.
      return Display.NORMAL;
    }
    Cascade c = cascade(e);
    if (e.hasAttr("style")) {
      StyleDeclarations inline = StyleDeclarations.parse(e.attr("style"));
      if (inline.collapsed()) {
        return Display.NONE;
      }
      if (inline.display() != null && (c.displayRank < StyleRule.IMPORTANT || inline.importantDisplay())) {
        c.display = inline.display();
      }
      if (inline.visibility() != null && (c.visibilityRank < StyleRule.IMPORTANT || inline.importantVisibility())) {
        c.visibility = inline.visibility();
      }
    }
    if (c.display == null && e.hasAttr("hidden")) {
      return Display.NONE;
    }
    boolean visible = (c.visibility == null || !(c.visibility.equals("hidden") || c.visibility.equals("collapse"))) && !whiteOnNothing(e);
    if (c.display != null) {
      switch (c.display) {
        case "none":
          return Display.NONE;
        case "table", "inline-table":
          return visible ? Display.TABLE : Display.INVISIBLE;
        case "table-row":
          return visible ? Display.ROW : Display.INVISIBLE;
        case "table-cell":
          return visible ? Display.CELL : Display.INVISIBLE;
        default:
          break;
      }
    }
    return visible ? Display.NORMAL : Display.INVISIBLE;
  }

  /** What the rules for the element's tag, ids and classes say about it. */
  private Cascade cascade(Element e) {
    Cascade c = new Cascade();
    if (!rules.isEmpty()) {
      c.apply(rules.get(e.normalName()), e);
      c.apply(rules.get("*"), e);
      String id = e.id();
      if (!id.isEmpty()) {
        c.apply(rules.get("#" + id), e);
      }
      String classes = e.className();
      int from = 0;
      for (int k = 0; k <= classes.length(); k++) {
        if (k == classes.length() || Character.isWhitespace(classes.charAt(k))) {
          if (k > from) {
            c.apply(rules.get("." + classes.substring(from, k)), e);
          }
          from = k + 1;
        }
      }
    }
    return c;
  }

  private static final Pattern WHITE =
      Pattern.compile("(?i)\\s*(#fff|#ffffff|white|rgb\\(\\s*255\\s*,\\s*255\\s*,\\s*255\\s*\\))\\s*(!important)?\\s*");
  private static final Pattern COLOUR = Pattern.compile("(?i)(?:^|;)\\s*color\\s*:([^;]*)");
  private static final Pattern BACKGROUND = Pattern.compile("(?i)(?:^|;)\\s*background(?:-color)?\\s*:([^;]*)");

  /**
   * Whether the element's own colour is white ({@code <font color=#ffffff>}, {@code color:#fff})
   * with no background of another colour under it, here or around it: white on the white page, as
   * a viewer shows it, text no one sees (a figure hidden beside the one printed).
   */
  private static boolean whiteOnNothing(Element e) {
    String colour = e.normalName().equals("font") ? e.attr("color") : "";
    Matcher m = COLOUR.matcher(e.attr("style"));
    if (m.find()) {
      colour = m.group(1);
    }
    if (colour.isEmpty() || !WHITE.matcher(colour).matches()) {
      return false;
    }
    for (Element a = e; a != null; a = a.parent()) {
      String background = a.attr("bgcolor");
      Matcher b = BACKGROUND.matcher(a.attr("style"));
      if (b.find()) {
        background = b.group(1);
      }
      if (!background.isBlank() && !WHITE.matcher(background).matches() && !background.strip().equalsIgnoreCase("transparent")) {
        return false;
      }
    }
    return true;
  }

  /** Whether some rule here lays elements out as tables, rows or cells. */
  boolean laysOutTables() {
    return rules.values().stream().flatMap(List::stream).anyMatch(r -> r.display != null && r.display.startsWith("table"));
  }

  /** The declarations that won so far for one element. */
  private static final class Cascade {
    String display;
    String visibility;
    long displayRank = -1;
    long visibilityRank = -1;

    void apply(List<StyleRule> some, Element e) {
      if (some == null) {
        return;
      }
      for (StyleRule r : some) {
        if ((r.display != null && r.rank > displayRank || r.visibility != null && r.rank > visibilityRank) && r.matches(e)) {
          if (r.display != null && r.rank > displayRank) {
            display = r.display;
            displayRank = r.rank;
          }
          if (r.visibility != null && r.rank > visibilityRank) {
            visibility = r.visibility;
            visibilityRank = r.rank;
          }
        }
      }
    }
  }

  private static String stripComments(String css) {
    if (!css.contains("/*")) {
      return css;
    }
    StringBuilder out = new StringBuilder(css.length());
    int i = 0;
    while (i < css.length()) {
      int open = css.indexOf("/*", i);
      if (open < 0) {
        out.append(css, i, css.length());
        break;
      }
      out.append(css, i, open).append(' ');
      int close = css.indexOf("*/", open + 2);
      i = close < 0 ? css.length() : close + 2;
    }
    return out.toString();
  }

  /** Reads the rules of a sheet (or of an {@code @media} block) into {@code rules}. */
  private static void parse(String css, Map<String, List<StyleRule>> rules, int[] order) {
    int i = 0;
    int n = css.length();
    while (i < n) {
      int brace = css.indexOf('{', i);
      int semi = css.indexOf(';', i);
      if (brace < 0) {
        return;
      }
      String prelude = css.substring(i, brace).strip();
      if (prelude.startsWith("@") && semi >= 0 && semi < brace) {
        // A statement at-rule (@import …; @charset …;) has no block.
        i = semi + 1;
        continue;
      }
      int close = matching(css, brace);
      String body = css.substring(brace + 1, close);
      i = Math.min(n, close + 1);
      if (prelude.startsWith("@")) {
        String at = prelude.toLowerCase(Locale.ROOT);
        if (at.startsWith("@media") && forTheScreen(at.substring(6)) || at.startsWith("@supports")) {
          parse(body, rules, order);
        }
        continue;
      }
      StyleDeclarations d = StyleDeclarations.parse(body);
      if (d.display() == null && d.visibility() == null) {
        continue;
      }
      for (String selector : prelude.split(",")) {
        StyleRule r = StyleRule.parse(selector.strip(), d, order[0]++);
        if (r != null) {
          rules.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        }
      }
    }
  }

  /** The index of the brace closing the one at {@code open}, or the end of the text. */
  private static int matching(String css, int open) {
    int depth = 0;
    for (int k = open; k < css.length(); k++) {
      char c = css.charAt(k);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return k;
      }
    }
    return css.length();
  }

  /** Whether a media query list holds for a desktop browser's screen {@link #VIEWPORT} pixels wide. */
  static boolean forTheScreen(String queries) {
    for (String q : queries.toLowerCase(Locale.ROOT).split(",")) {
      String s = q.strip().replaceFirst("^only\\s+", "");
      if (s.isEmpty() || s.startsWith("not ")) {
        continue;
      }
      String type = s.startsWith("(") ? "all" : s.split("[\\s(]", 2)[0];
      if (!type.equals("all") && !type.equals("screen")) {
        continue;
      }
      String conditions = s.startsWith("(") ? s : s.substring(type.length());
      if (holds(conditions)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(String conditions) {
    String rest = conditions;
    Matcher m = MEDIA_WIDTH.matcher(conditions);
    while (m.find()) {
      double v = Double.parseDouble(m.group(2)) * (m.group(3) == null || m.group(3).equals("px") ? 1 : 16);
      if (m.group(1).equals("min") ? VIEWPORT < v : VIEWPORT > v) {
        return false;
      }
      rest = rest.replace(m.group(), "");
    }
    // Any other feature (orientation, resolution …) is not known to hold: the rules are left aside.
    return !rest.contains("(");
  }

}
