package org.nianbao.merge;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.nianbao.check.Sentences;
import org.nianbao.message.Message;
import org.nianbao.xlsx.Sheet;

/**
 * The 文字对比 sheet. First, for each agency with reports for consecutive years, each section's
 * text this year against last year's, sentence by sentence (java-diff-utils): how many sentences
 * are unchanged, new or removed, the share of the text left as it was, and the new and removed
 * sentences themselves. Then the sections of different agencies that are nearly the same text —
 * copied reports, a known problem reviews look for.
 */
final class TextComparisonSheet {
  static final String NAME = Words.of("sheet.text");
  static final String YEARS_TITLE = Words.of("text.years_title");
  static final String COPIES_TITLE = Words.of("text.copies_title");
  static final List<String> YEAR_HEADERS = Words.list("column.agency", "column.previous_year", "column.this_year", "column.section", "text.previous_sentences",
      "text.sentences", "text.unchanged", "text.added", "text.removed", "text.unchanged_share", "text.added_sentences", "text.removed_sentences");
  static final List<String> COPY_HEADERS =
      Words.list("column.section", "column.agency", "column.year", "text.other_agency", "column.year", "text.shared", "text.shared_share", "text.shared_example");
  /**
   * The six sections' headings (the catalogue's section.1 … section.6), the fourth as this sheet
   * has always named it, shorter than the report workbook's.
   */
  static final List<String> SECTIONS = List.of(Message.of("section.1").zh(), Message.of("section.2").zh(), Message.of("section.3").zh(),
      Message.of("section.4.short").zh(), Message.of("section.5").zh(), Message.of("section.6").zh());

  /** Sentences shorter than this (characters) are too common to tell a copy: 无。 本年度无。 */
  private static final int MIN_SENTENCE = 12;
  /** Two sections share at least this many sentences, and this share of the shorter one, to be listed as near copies. */
  private static final int MIN_SHARED = 5;
  private static final double NEAR_COPY = 0.8;
  /** A sentence in more reports than this is the form's own wording, not a sign of copying. */
  private static final int BOILERPLATE = 200;
  /** Excel holds 32,767 characters in a cell. */
  private static final int MAX_CELL = 32_000;
  private static final int MAX_COPY_ROWS = 50_000;
  /** Bits for a report's index in a sentence key: enough for the most rows a sheet holds. */
  private static final int INDEX_BITS = 21;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

  private final SectionStore store;

  TextComparisonSheet(SectionStore store) {
    this.store = store;
  }

  void write(Sheet sheet, List<YearEntry> entries) {
    sheet.width(0, 24);
    sheet.width(3, 30);
    sheet.width(7, 40);
    sheet.width(10, 60);
    sheet.width(11, 60);
    // The sentences' columns are wide: two pages across, at a size that reads.
    sheet.pagesWide(true, 2);
    int r = title(sheet, 0, YEARS_TITLE, YEAR_HEADERS);
    int first = r;
    for (YearEntry.Pair p : YearEntry.consecutive(entries)) {
      r = years(sheet, r, p.prev(), p.cur());
    }
    if (r == first) {
      sheet.text(r++, 0, Words.of("text.no_years"), null);
    }
    r = title(sheet, r + 1, COPIES_TITLE, COPY_HEADERS);
    if (copies(sheet, r, entries) == r) {
      sheet.text(r, 0, Words.of("text.no_copies"), null);
    }
  }

  private int title(Sheet sheet, int r, String title, List<String> headers) {
    sheet.text(r, 0, title, MergeStyles.TITLE);
    for (int i = 0; i < headers.size(); i++) {
      sheet.text(r + 1, i, headers.get(i), MergeStyles.HEADER);
    }
    return r + 2;
  }

  private int years(Sheet sheet, int r, YearEntry prev, YearEntry cur) {
    Map<Integer, String> last = store.get(prev.sectionsAt());
    Map<Integer, String> now = store.get(cur.sectionsAt());
    for (int n = 1; n <= SECTIONS.size(); n++) {
      String before = last.getOrDefault(n, "");
      String after = now.getOrDefault(n, "");
      List<String> a = body(before);
      List<String> b = body(after);
      if (a.isEmpty() && b.isEmpty()) {
        continue;
      }
      Patch<String> patch = DiffUtils.diff(a, b);
      List<String> added = new ArrayList<>();
      List<String> removed = new ArrayList<>();
      for (AbstractDelta<String> d : patch.getDeltas()) {
        removed.addAll(d.getSource().getLines());
        added.addAll(d.getTarget().getLines());
      }
      int unchanged = a.size() - removed.size();
      int keptChars = chars(a) - chars(removed);
      int longer = Math.max(chars(a), chars(b));
      int row = r++;
      sheet.text(row, 0, cur.agency(), null);
      sheet.number(row, 1, prev.year(), null);
      sheet.number(row, 2, cur.year(), null);
      sheet.text(row, 3, SECTIONS.get(n - 1), null);
      sheet.number(row, 4, a.size(), null);
      sheet.number(row, 5, b.size(), null);
      sheet.number(row, 6, unchanged, null);
      sheet.number(row, 7, added.size(), null);
      sheet.number(row, 8, removed.size(), null);
      sheet.number(row, 9, longer == 0 ? 1 : (double) keptChars / longer, MergeStyles.PERCENT);
      sheet.text(row, 10, listed(added), MergeStyles.WRAPPED);
      sheet.text(row, 11, listed(removed), MergeStyles.WRAPPED);
    }
    return r;
  }

  /**
   * Every qualifying sentence of each section of every report as one long, its hash above the
   * report's index ({@code keys[n][0 … used[n]]}), and how many such sentences each report's section has.
   */
  private record SentenceKeys(long[][] keys, int[] used, int[][] sizes) {}

  /**
   * Lists from row r on the pairs of different agencies whose section shares most of its
   * sentences; returns the row after the last. Sorted, the keys of equal sentences sit together,
   * so shared sentences are counted without holding any text in memory.
   */
  private int copies(Sheet sheet, int r, List<YearEntry> entries) {
    SentenceKeys keys = sentenceKeys(entries);
    int count = entries.size();
    for (int n = 1; n <= SECTIONS.size() && r < MAX_COPY_ROWS; n++) {
      long[] k = Arrays.copyOf(keys.keys()[n - 1], keys.used()[n - 1]);
      keys.keys()[n - 1] = null;
      Arrays.sort(k);
      for (Map.Entry<Long, Integer> pair : shared(k, entries).entrySet()) {
        int i = (int) (pair.getKey() / count);
        int j = (int) (pair.getKey() % count);
        int smaller = Math.min(keys.sizes()[n - 1][i], keys.sizes()[n - 1][j]);
        double share = (double) pair.getValue() / smaller;
        if (pair.getValue() < MIN_SHARED || share < NEAR_COPY || r >= MAX_COPY_ROWS) {
          continue;
        }
        r = copyRow(sheet, r, n, entries.get(i), entries.get(j), pair.getValue(), share);
      }
    }
    return r;
  }

  private SentenceKeys sentenceKeys(List<YearEntry> entries) {
    int count = entries.size();
    long[][] keys = new long[SECTIONS.size()][];
    int[][] sizes = new int[SECTIONS.size()][count];
    int[] used = new int[SECTIONS.size()];
    for (int n = 0; n < SECTIONS.size(); n++) {
      keys[n] = new long[Math.max(16, count)];
    }
    for (int e = 0; e < count; e++) {
      Map<Integer, String> sections = store.get(entries.get(e).sectionsAt());
      for (int n = 1; n <= SECTIONS.size(); n++) {
        Set<Long> own = new LinkedHashSet<>();
        for (String k : comparable(sections.getOrDefault(n, ""))) {
          own.add(hash(k));
        }
        sizes[n - 1][e] = own.size();
        for (long h : own) {
          if (used[n - 1] == keys[n - 1].length) {
            keys[n - 1] = Arrays.copyOf(keys[n - 1], keys[n - 1].length * 2);
          }
          keys[n - 1][used[n - 1]++] = h << INDEX_BITS | e;
        }
      }
    }
    return new SentenceKeys(keys, used, sizes);
  }

  /**
   * How many sentences each pair of reports of different agencies shares, by the pair (the lower
   * index times the count, plus the higher), from one section's sorted keys; a sentence in more
   * reports than {@link #BOILERPLATE} is left out.
   */
  private static Map<Long, Integer> shared(long[] k, List<YearEntry> entries) {
    int count = entries.size();
    Map<Long, Integer> shared = new TreeMap<>();
    for (int from = 0, to; from < k.length; from = to) {
      to = from + 1;
      while (to < k.length && k[to] >>> INDEX_BITS == k[from] >>> INDEX_BITS) {
        to++;
      }
      if (to - from < 2 || to - from > BOILERPLATE) {
        continue;
      }
      for (int i = from; i < to; i++) {
        for (int j = i + 1; j < to; j++) {
          int a = (int) (k[i] & INDEX_MASK);
          int b = (int) (k[j] & INDEX_MASK);
          if (!entries.get(a).key().equals(entries.get(b).key())) {
            shared.merge((long) Math.min(a, b) * count + Math.max(a, b), 1, Integer::sum);
          }
        }
      }
    }
    return shared;
  }

  private int copyRow(Sheet sheet, int r, int n, YearEntry a, YearEntry b, int shared, double share) {
    List<String> other = comparable(store.get(b.sectionsAt()).getOrDefault(n, ""));
    String example = comparable(store.get(a.sectionsAt()).getOrDefault(n, "")).stream().filter(other::contains).findFirst().orElse("");
    sheet.text(r, 0, SECTIONS.get(n - 1), null);
    sheet.text(r, 1, a.agency(), null);
    sheet.number(r, 2, a.year(), null);
    sheet.text(r, 3, b.agency(), null);
    sheet.number(r, 4, b.year(), null);
    sheet.number(r, 5, shared, null);
    sheet.number(r, 6, share, MergeStyles.PERCENT);
    sheet.text(r, 7, example, MergeStyles.WRAPPED);
    return r + 1;
  }

  /** The sentences of a section long enough to tell a copy, spaces removed. */
  private static List<String> comparable(String section) {
    List<String> out = new ArrayList<>();
    for (String s : body(section)) {
      String k = s.replaceAll("\\s+", "");
      if (k.length() >= MIN_SENTENCE && !out.contains(k)) {
        out.add(k);
      }
    }
    return out;
  }

  /** 64-bit FNV-1a of the sentence, cut to the bits left above the report index. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h >>> INDEX_BITS;
  }

  /** The sentences of a section's text after its heading line, which every report shares. */
  private static List<String> body(String section) {
    int newline = section.indexOf('\n');
    return newline < 0 ? List.of() : Sentences.of(section.substring(newline + 1));
  }

  private static int chars(List<String> sentences) {
    return sentences.stream().mapToInt(String::length).sum();
  }

  /** The sentences one per line, cut to what a cell holds. */
  private static String listed(List<String> sentences) {
    String all = String.join("\n", sentences);
    return all.length() <= MAX_CELL ? all : all.substring(0, MAX_CELL) + Words.of("text.cut", sentences.size());
  }
}
