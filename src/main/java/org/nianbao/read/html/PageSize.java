package org.nianbao.read.html;

import org.nianbao.message.Message;
import org.nianbao.read.Budget;

/**
 * How many elements a page will have, told from its tags in one pass over the text before jsoup
 * parses it: parsed, with their positions kept, elements take about a kilobyte each where they nest
 * (a page of a million nested tables, 15 MB, took minutes and ran out of memory). A page with more
 * than any report page has is refused before it is parsed.
 */
final class PageSize {
  /**
   * Report pages hold hundreds to thousands of elements, a page saved from Word with every run in a
   * span some tens of thousands; 150,000 nested tables parse in about 4 s and 250 MB.
   */
  static final int MAX_ELEMENTS = 150_000;

  private PageSize() {}

  /** Refuses the page when it holds more elements than any report page. */
  static void check(String html) {
    long n = elements(html);
    Budget.refuse(n, MAX_ELEMENTS, () -> Message.of("budget.page_elements", Budget.grouped(n), Budget.grouped(MAX_ELEMENTS)));
  }

  /** The start tags of the page: a {@code <} followed by a letter. */
  static long elements(String html) {
    long n = 0;
    for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
      n += Character.isLetter(html.charAt(i + 1)) ? 1 : 0;
    }
    return n;
  }
}
