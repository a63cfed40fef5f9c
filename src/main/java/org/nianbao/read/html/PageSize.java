package org.nianbao.read.html;

import java.util.Locale;
import java.util.Set;
import org.nianbao.message.Message;
import org.nianbao.read.Budget;

/**
 * What a page will cost before jsoup parses it, told from its tags in one pass over the text: how
 * many elements (each some hundreds of bytes once parsed), and how deep they nest (jsoup's tree
 * builder looks through the open elements at each tag, so a page nested a million deep takes
 * minutes and gigabytes). A page past either limit is refused before it is parsed. Tags a parser
 * closes by itself (a cell at the next cell, a paragraph at the next block) and empty ones do not
 * deepen the estimate, so the unclosed cells of a real page cost nothing.
 */
final class PageSize {
  /** Report pages hold thousands of elements, portal pages tens of thousands; parsed, 300,000 take some 200 MB. */
  static final int MAX_ELEMENTS = 300_000;
  /** Real pages nest a few dozen deep; the fuzz harness reads pages nested 5,100 deep. */
  static final int MAX_DEPTH = 10_000;

  private static final Set<String> NOT_NESTING = Set.of(
      "p", "li", "td", "th", "tr", "dt", "dd", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp",
      "html", "head", "body", "br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "param", "source", "track", "wbr");

  /** How many elements a page holds and how deep they nest, as its tags tell. */
  record Estimate(long elements, int depth) {}

  private PageSize() {}

  /** Refuses the page when it holds more elements, or nests deeper, than any report page. */
  static void check(String html) {
    Estimate e = of(html);
    Budget.refuse(e.elements(), MAX_ELEMENTS, Message.of("budget.page_elements", Budget.grouped(e.elements()), Budget.grouped(MAX_ELEMENTS)));
    Budget.refuse(e.depth(), MAX_DEPTH, Message.of("budget.page_depth", Budget.grouped(e.depth()), Budget.grouped(MAX_DEPTH)));
  }

  static Estimate of(String html) {
    long elements = 0;
    int depth = 0;
    int deepest = 0;
    int n = html.length();
    for (int i = html.indexOf('<'); i >= 0 && i + 1 < n; i = html.indexOf('<', i + 1)) {
      boolean closing = html.charAt(i + 1) == '/';
      int from = closing ? i + 2 : i + 1;
      int to = from;
      while (to < n && to - from < 12 && Character.isLetterOrDigit(html.charAt(to))) {
        to++;
      }
      if (to == from || !Character.isLetter(html.charAt(from))) {
        continue;
      }
      boolean nests = !NOT_NESTING.contains(html.substring(from, to).toLowerCase(Locale.ROOT));
      if (closing) {
        depth = nests ? Math.max(0, depth - 1) : depth;
        continue;
      }
      elements++;
      if (nests && !(to + 1 < n && html.charAt(to) == '/' && html.charAt(to + 1) == '>')) {
        deepest = Math.max(deepest, ++depth);
      }
    }
    return new Estimate(elements, deepest);
  }
}
