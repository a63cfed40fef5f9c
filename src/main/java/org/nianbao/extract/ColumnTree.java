package org.nianbao.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The column headers of a statutory table as a tree, from the field list's column paths
 * ({@code 法人或其他组织 / 商业企业}, {@code 行政诉讼 / 复议后起诉 / 结果维持}): groups over leaves, each
 * known by the pattern its words match in their variants. The leaves, in the form's order, are the
 * table's columns.
 */
final class ColumnTree {
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
  }

  private final Node root;
  private final List<String> leaves;
  /** Every header's pattern in one, to tell in one match whether words name a header. */
  private final Pattern any;

  private ColumnTree(Node root, List<String> leaves) {
    this.root = root;
    this.leaves = List.copyOf(leaves);
    List<String> all = new ArrayList<>();
    collect(root, all);
    this.any = Pattern.compile(String.join("|", all));
  }

  private static void collect(Node node, List<String> out) {
    for (Node child : node.children()) {
      out.add("(?:" + child.pattern().pattern() + ")");
      collect(child, out);
    }
  }

  /** The tree of columns whose paths are given in the form's order. */
  static ColumnTree of(List<String> paths, Function<String, Pattern> patterns) {
    Map<String, Object> nested = new LinkedHashMap<>();
    for (String path : paths) {
      insert(nested, path.split("\\s+/\\s+"), 0, path);
    }
    return new ColumnTree(node("", Pattern.compile("^$"), nested, patterns, null), paths);
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

  /** Whether the words name a header of this tree. */
  boolean names(LabelKey words) {
    return !words.key().isEmpty() && any.matcher(words.key()).find();
  }

  /** The columns in the form's order (their paths). */
  List<String> leaves() {
    return leaves;
  }
}
