package org.nianbao.extract.table;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a label's words were found to name, kept for the next time the same words come: the form's
 * labels are printed alike in report after report, and running every row's pattern over them again
 * was a tenth of extraction. Shared by the threads reading a batch; it stops taking new words once
 * full, so odd input cannot make it grow without end.
 */
final class Found<V> {
  static final int MAX_WORDS = 20_000;

  private final Map<String, V> byWords = new ConcurrentHashMap<>();
  private final Function<String, V> find;

  Found(Function<String, V> find) {
    this.find = find;
  }

  V of(String words) {
    V known = byWords.get(words);
    if (known != null) {
      return known;
    }
    V value = find.apply(words);
    if (byWords.size() < MAX_WORDS) {
      byWords.put(words, value);
    }
    return value;
  }
}
