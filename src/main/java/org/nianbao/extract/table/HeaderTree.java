package org.nianbao.extract.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The form's column headers of one table: a tree of groups over columns.
 *
 * <p>Built from the field list's column paths ({@code 法人或其他组织 / 商业企业},
 * {@code 行政诉讼 / 复议后起诉 / 结果维持}): groups over leaves, each
 * known by the pattern its words match in their variants. The leaves, in the form's order, are the
 * table's columns.
 */
final class HeaderTree {
  /**
   * A header: its words, their pattern, the headers under it, and for a leaf its full path. Nodes
   * are told apart by identity (two groups may hold equal columns), so this is a class, not a record.
   */
  static final class Node {
    private final String label;
    private final Pattern pattern;
    private final List<Node> children;
    private final String path;

    Node(String label, Pattern pattern, List<Node> children, String path) {
      this.label = label;
      this.pattern = pattern;
      this.children = children;
      this.path = path;
    }

    String label() {
      return label;
    }

    Pattern pattern() {
      return pattern;
    }

    List<Node> children() {
      return children;
    }

    String path() {
      return path;
    }

    boolean leaf() {
      return children.isEmpty();
    }

    boolean matches(LabelKey key) {
      return pattern.matcher(key.key()).find();
    }

    /**
     * How the words name this header, when none of its listed variants is them: with a unit after
     * them (商业企业（件）), or around its full words (律师事务所等法律服务机构) — both as sure as a variant —
     * or one character off (科研机购, a misprint), which is a guess.
     */
    Match near(LabelKey key) {
      String k = key.key();
      if (k.isEmpty()) {
        return Match.NONE;
      }
      String bare = key.withoutUnit();
      if (!bare.equals(k) && pattern.matcher(bare).find()) {
        return Match.CONTAINS;
      }
      String own = LabelKey.of(label).key();
      if (own.length() >= MIN_FUZZY && k.length() > own.length() && k.length() <= own.length() + MAX_AROUND && k.contains(own)) {
        return Match.CONTAINS;
      }
      int allowed = misprints(own.length());
      if (allowed > 0 && Math.abs(k.length() - own.length()) <= allowed && distance(k, own, allowed) <= allowed) {
        return Match.NEAR;
      }
      return Match.NONE;
    }
  }

  /** How words name a header beyond its listed variants. */
  enum Match {
    CONTAINS,
    NEAR,
    NONE
  }

  /** Words shorter than this are matched only as listed (其他, 合计 are parts of too many other words). */
  private static final int MIN_FUZZY = 4;
  /** At most this many characters around a header's full words (律师事务所等 before 法律服务机构). */
  private static final int MAX_AROUND = 6;

  /** Edits allowed between words and a label of this length to take them for it (a misprint); 0 for a short label. */
  static int misprints(int length) {
    return length < MIN_FUZZY ? 0 : length >= 2 * MIN_FUZZY - 1 ? 2 : 1;
  }

  /** The edit distance of two short strings, or more than {@code limit} once it is sure to exceed it. */
  static int distance(String a, String b, int limit) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int best = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        best = Math.min(best, cur[j]);
      }
      if (best > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private final Node root;
  private final List<String> leaves;
  /** Header words of columns a table may print that the form has not (小计, 备注). */
  private final Pattern extra;
  /** Every header's pattern in one, to tell in one match whether words name a header. */
  private final Pattern any;
  /** For words: whether {@code any} finds them (the same few dozen headers come in report after report). */
  private final Found<Boolean> listed;

  private HeaderTree(Node root, List<String> leaves, Pattern extra) {
    this.root = root;
    this.leaves = List.copyOf(leaves);
    this.extra = extra;
    List<String> all = new ArrayList<>();
    collect(root, all);
    this.any = Pattern.compile(String.join("|", all));
    this.listed = new Found<>(words -> any.matcher(words).find());
  }

  private static void collect(Node node, List<String> out) {
    for (Node child : node.children()) {
      out.add("(?:" + child.pattern().pattern() + ")");
      collect(child, out);
    }
  }

  /** The tree of columns whose paths are given in the form's order. */
  static HeaderTree of(List<String> paths, Function<String, Pattern> patterns) {
    Map<String, Object> nested = new LinkedHashMap<>();
    for (String path : paths) {
      insert(nested, path.split("\\s+/\\s+"), 0, path);
    }
    return new HeaderTree(node("", Pattern.compile("^$"), nested, patterns, null), paths, patterns.apply(EXTRA));
  }

  @SuppressWarnings("unchecked")
  private static void insert(Map<String, Object> level, String[] parts, int i, String path) {
    if (i == parts.length - 1) {
      level.put(parts[i], path);
      return;
    }
    Object next = level.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
    insert((Map<String, Object>) next, parts, i + 1, path);
  }

  @SuppressWarnings("unchecked")
  private static Node node(String label, Pattern pattern, Map<String, Object> children, Function<String, Pattern> patterns, String path) {
    List<Node> out = new ArrayList<>();
    children.forEach((k, v) -> out.add(v instanceof Map<?, ?> m
        ? node(k, patterns.apply(k), (Map<String, Object>) m, patterns, null)
        : new Node(k, patterns.apply(k), List.of(), (String) v)));
    return new Node(label, pattern, List.copyOf(out), path);
  }

  Node root() {
    return root;
  }

  /** The name {@code templates/headers.tsv} lists the words of columns the form has not under. */
  static final String EXTRA = "表外栏目";

  /** Whether the words head a column the form has not (小计, 备注): its cells are no field's. */
  boolean extra(LabelKey words) {
    return !words.key().isEmpty() && extra.matcher(words.key()).find();
  }

  /** Whether the words name a header of this tree: as listed, or near enough (see {@link Node#near}). */
  boolean names(LabelKey words) {
    return namesAsListed(words) || !words.key().isEmpty() && namesNear(root, words);
  }

  /** Whether the words are one of the variants listed for a header of this tree. */
  boolean namesAsListed(LabelKey words) {
    return !words.key().isEmpty() && listed.of(words.key());
  }

  private static boolean namesNear(Node node, LabelKey words) {
    for (Node child : node.children()) {
      if (child.near(words) != Match.NONE || namesNear(child, words)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The headers words not listed for any header name most specifically, when they hold the full
   * words of two or more (a group's label run into a column's, 法人或其他组织科研机构, as a heading glued
   * to the one below it): of those held, each that has none of the others under it. Empty when the
   * words are listed for a header, or hold the words of one header only (结果维持 under each group is
   * one header's words).
   */
  List<Node> namedSeveral(LabelKey words) {
    if (words.key().isEmpty() || namesAsListed(words)) {
      return List.of();
    }
    List<Node> named = new ArrayList<>();
    held(root, words, named);
    if (named.stream().map(Node::label).distinct().count() < 2) {
      return List.of();
    }
    return named.stream().filter(n -> named.stream().noneMatch(o -> o != n && under(n, o))).toList();
  }

  private static void held(Node node, LabelKey words, List<Node> out) {
    for (Node child : node.children()) {
      if (child.near(words) == Match.CONTAINS) {
        out.add(child);
      }
      held(child, words, out);
    }
  }

  /** Whether {@code inner} stands under {@code group}. */
  private static boolean under(Node group, Node inner) {
    for (Node child : group.children()) {
      if (child == inner || under(child, inner)) {
        return true;
      }
    }
    return false;
  }

  /** The columns in the form's order (their paths). */
  List<String> leaves() {
    return leaves;
  }
}
