package org.nianbao.extract.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The column order one printed header shows, matched against the form's {@link HeaderTree}.
 *
 * <p>The order in which a table prints its columns, read from its header: the labels of the header
 * rows, in reading order, are matched to the column tree. A header printed row by row lists, left
 * to right, first the top groups, then what stands under each in turn (行政复议 行政诉讼 / 结果维持 …
 * 总计 未经复议直接起诉 复议后起诉 / …), so each label goes to the first group still waiting for one
 * it matches; a header without its group labels (商业企业 … 其他 with no 法人或其他组织) is placed
 * under the only group that has such a column. Columns the header does not show keep the form's
 * order after those it does.
 */
final class HeaderOrder {
  /**
   * What the header shows.
   *
   * @param order every column (its path) in printed order
   * @param shown the columns whose place the header shows
   * @param guessed the shown columns whose header word is not the form's but one character off it
   *     (a misprint), each with the word printed
   * @param extras the columns the table prints that the form has not (小计, 备注): where each stands
   *     among all the printed columns (from 0), with its header word
   */
  record Resolved(List<String> order, Set<String> shown, Map<String, String> guessed, Map<Integer, String> extras) {
    Resolved {
      order = List.copyOf(order);
      shown = Set.copyOf(shown);
      guessed = Map.copyOf(guessed);
      extras = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(extras));
    }

    /** The shown columns in printed order. */
    List<String> shownInOrder() {
      return order.stream().filter(shown::contains).toList();
    }

    boolean complete() {
      return shown.size() == order.size();
    }
  }

  /** A header row copied as one line is this long at most; longer text is prose. */
  private static final int MAX_HEADER = 160;

  // Nodes are told apart by identity: two groups may have equal columns (结果维持 … under each).
  private final Map<HeaderTree.Node, List<HeaderTree.Node>> placed = new java.util.IdentityHashMap<>();
  private final List<HeaderTree.Node> waiting = new ArrayList<>();
  /** Groups placed only by guessing their place (their label was missing and another group has the same columns). */
  private final Set<HeaderTree.Node> guessed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  /** How deep each group placed stands below the root. */
  private final Map<HeaderTree.Node, Integer> depth = new java.util.IdentityHashMap<>();
  /** Groups placed through their columns, their own label not yet read. */
  private final Set<HeaderTree.Node> routed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  /**
   * Where in a group's placed columns a header word stood that names no column (泣律服务机构, a
   * misprint): a column of the group the header does not show stood there.
   */
  private final Map<HeaderTree.Node, List<Integer>> holes = new java.util.IdentityHashMap<>();
  /** Where in a group's placed columns a column the form has not stood (小计, 备注), with its word. */
  private final Map<HeaderTree.Node, List<Map.Entry<Integer, String>>> extras = new java.util.IdentityHashMap<>();
  /** The extra columns among all the printed ones, as {@link #collect} finds them. */
  private final Map<Integer, String> extraAt = new java.util.TreeMap<>();
  /** Columns placed by a header word one character off the form's, with the word printed. */
  private final Map<HeaderTree.Node, String> misprinted = new java.util.IdentityHashMap<>();
  /** The header placed last. */
  private HeaderTree.Node last;
  /** The group the last column was placed in. */
  private HeaderTree.Node current;
  private boolean inverted;

  private HeaderOrder(HeaderTree.Node root) {
    waiting.add(root);
    placed.put(root, new ArrayList<>());
  }

  /**
   * The printed order of the tree's columns, as far as the header labels show it. A label of a text
   * copy may hold a whole header row ({@code 结果维持 结果纠正 其他结果 …}): it is cut into the header
   * words it holds, spaces inside a word ({@code 结果维  持}) kept together.
   */
  static Resolved resolve(HeaderTree tree, List<String> header) {
    HeaderOrder o = new HeaderOrder(tree.root());
    for (String label : header) {
      for (LabelKey word : words(label, tree)) {
        o.take(word, tree);
      }
    }
    List<String> order = new ArrayList<>();
    Set<String> shown = new LinkedHashSet<>();
    o.collect(tree.root(), false, order, shown);
    Map<String, String> guessed = new java.util.LinkedHashMap<>();
    o.misprinted.forEach((leaf, word) -> {
      if (shown.contains(leaf.path())) {
        guessed.put(leaf.path(), word);
      }
    });
    // A group's label read after its own columns (header rows out of order, 商业企业 … above
    // 法人或其他组织): the order read is not the order printed, so the header shows nothing.
    return o.inverted ? new Resolved(order, Set.of(), Map.of(), Map.of()) : new Resolved(order, shown, guessed, o.extraAt);
  }

  /**
   * The header words of a label: each space-parted piece that names a header, or the shortest run of
   * pieces that does (结果维  持 is one word), and the other pieces alone.
   */
  static List<LabelKey> words(String label, HeaderTree tree) {
    if (label.length() > MAX_HEADER) {
      return List.of();
    }
    List<String> pieces = Tokenizer.words(label.strip());
    List<LabelKey> out = new ArrayList<>();
    for (int i = 0; i < pieces.size();) {
      // Words as listed first: 结果维  持 is 结果维持, not a misprint 结果维 and a stray 持.
      int end = run(pieces, i, tree, true);
      if (end < 0) {
        end = Math.max(i, run(pieces, i, tree, false));
      }
      out.add(LabelKey.of(String.join("", pieces.subList(i, end + 1))));
      i = end + 1;
    }
    return out;
  }

  /** The last piece of the shortest run from {@code i} that names a header (as listed, or near enough), or -1. */
  private static int run(List<String> pieces, int i, HeaderTree tree, boolean listed) {
    for (int j = i + 1; j <= Math.min(pieces.size(), i + 6); j++) {
      LabelKey key = LabelKey.of(String.join("", pieces.subList(i, j)));
      if (listed ? tree.namesAsListed(key) : tree.names(key)) {
        return j - 1;
      }
    }
    return -1;
  }

  private void take(LabelKey label, HeaderTree tree) {
    if (tree.extra(label)) {
      // It stood after the column placed last, in that column's group.
      HeaderTree.Node group = current != null ? current : tree.root();
      extras.computeIfAbsent(group, g -> new ArrayList<>()).add(Map.entry(placed.getOrDefault(group, List.of()).size(), label.key()));
      return;
    }
    List<HeaderTree.Node> several = tree.namedSeveral(label);
    if (!several.isEmpty()) {
      takeGlued(label, several, tree);
      return;
    }
    if (routed.stream().anyMatch(g -> g.matches(label))) {
      inverted = true;
      return;
    }
    if (takeWaiting(label)) {
      return;
    }
    // A label under a group whose own label was not printed: the group is placed where its
    // first column stands, a sure place only if no other group waiting has such a column.
    List<List<HeaderTree.Node>> routes = new ArrayList<>();
    for (HeaderTree.Node g : waiting) {
      for (HeaderTree.Node child : g.children()) {
        if (!placed(g, child) && !child.leaf()) {
          routes(List.of(g, child), label, routes);
        }
      }
    }
    if (routes.isEmpty() && takeNear(label)) {
      return;
    }
    if (routes.isEmpty()) {
      if (current != null && waiting.contains(current)) {
        holes.computeIfAbsent(current, g -> new ArrayList<>()).add(placed.get(current).size());
      }
      return;
    }
    takeRoute(routes.get(0), routes.size() > 1);
  }

  /** Places the label under the first group still waiting for a column it names; whether one was. */
  private boolean takeWaiting(LabelKey label) {
    for (HeaderTree.Node g : waiting) {
      for (HeaderTree.Node child : g.children()) {
        if (!placed(g, child) && child.matches(label)) {
          place(g, child);
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Places the groups of a route down to the column the label names.
   *
   * @param ambiguous whether another route could have taken the label
   */
  private void takeRoute(List<HeaderTree.Node> route, boolean ambiguous) {
    for (int i = 1; i < route.size(); i++) {
      HeaderTree.Node parent = route.get(i - 1);
      HeaderTree.Node group = route.get(i);
      if (group.leaf()) {
        place(parent, group);
        break;
      }
      routed.add(group);
      List<Integer> gaps = holes.getOrDefault(parent, List.of());
      if (!gaps.isEmpty()) {
        // A word that named nothing stood where this group's label should be: it is the label, misprinted.
        int at = gaps.remove(0);
        gaps.replaceAll(h -> h >= at ? h + 1 : h);
        place(parent, group, at);
        continue;
      }
      // Its place is a guess if another group could have taken the label, or stands beside it
      // (复议后起诉 beside a 未经复议直接起诉 whose label was lost: which came first is not shown), or
      // a column the form prints after it was read before it (自然人 总计 / 商业企业 …: 总计 may
      // stand after the group or before it).
      boolean beside = parent.children().stream().anyMatch(c -> !c.leaf() && c != group);
      List<HeaderTree.Node> form = parent.children();
      boolean after = placed.get(parent).stream().anyMatch(c -> form.indexOf(c) > form.indexOf(group));
      place(parent, group);
      if (ambiguous || beside || after) {
        guessed.add(group);
      }
    }
  }

  /**
   * Words that name two headers (a group's label run into a column's, 法人或其他组织科研机构): they are
   * read as the most specific header they name, if that is one, and only as a guess — which of the
   * two the words stand over is not shown — so the column is flagged and the groups it went through
   * keep the form's order; words naming two unrelated headers name nothing sure.
   */
  private void takeGlued(LabelKey label, List<HeaderTree.Node> named, HeaderTree tree) {
    if (named.stream().map(HeaderTree.Node::label).distinct().count() != 1) {
      if (current != null && waiting.contains(current)) {
        holes.computeIfAbsent(current, g -> new ArrayList<>()).add(placed.get(current).size());
      }
      return;
    }
    Set<HeaderTree.Node> before = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    before.addAll(placed.keySet());
    last = null;
    take(LabelKey.of(named.get(0).label()), tree);
    if (last == null) {
      return;
    }
    if (last.leaf()) {
      misprinted.put(last, label.key());
    } else {
      guessed.add(last);
    }
    // The groups entered on the way to it: their place was read from these words too.
    placed.keySet().stream().filter(g -> !before.contains(g) && !g.leaf()).forEach(guessed::add);
  }

  /**
   * Places a label that names no column as listed but one near enough (商业企业（件）, 科研机购), if
   * exactly one column still waiting is that near; a column placed by a misprint is remembered.
   */
  private boolean takeNear(LabelKey label) {
    HeaderTree.Node group = null;
    HeaderTree.Node found = null;
    HeaderTree.Match how = HeaderTree.Match.NONE;
    for (HeaderTree.Node g : waiting) {
      for (HeaderTree.Node child : g.children()) {
        HeaderTree.Match m = placed(g, child) ? HeaderTree.Match.NONE : child.near(label);
        if (m != HeaderTree.Match.NONE) {
          if (found != null) {
            return false;
          }
          group = g;
          found = child;
          how = m;
        }
      }
    }
    if (found == null) {
      return false;
    }
    place(group, found);
    if (how == HeaderTree.Match.NEAR) {
      misprinted.put(found, label.key());
    }
    return true;
  }

  /** Every path from {@code route}'s last group down to a column matching the label, through groups not yet placed. */
  private void routes(List<HeaderTree.Node> route, LabelKey label, List<List<HeaderTree.Node>> out) {
    HeaderTree.Node last = route.get(route.size() - 1);
    for (HeaderTree.Node child : last.children()) {
      if (placed.containsKey(last) && placed(last, child)) {
        continue;
      }
      List<HeaderTree.Node> longer = new ArrayList<>(route);
      longer.add(child);
      if (child.leaf() && child.matches(label)) {
        out.add(longer);
      } else if (!child.leaf()) {
        routes(longer, label, out);
      }
    }
  }

  private boolean placed(HeaderTree.Node group, HeaderTree.Node child) {
    return placed.getOrDefault(group, List.of()).contains(child);
  }

  private void place(HeaderTree.Node group, HeaderTree.Node child) {
    place(group, child, placed.computeIfAbsent(group, g -> new ArrayList<>()).size());
  }

  private void place(HeaderTree.Node group, HeaderTree.Node child, int at) {
    placed.computeIfAbsent(group, g -> new ArrayList<>()).add(at, child);
    current = group;
    last = child;
    int level = depth.getOrDefault(group, 0);
    // A group's headers are printed together: once a label goes to another group at its level, a
    // group already begun takes no more (a 结果维持 below 复议后起诉 is not 行政复议's lost one).
    waiting.removeIf(g -> g != group && depth.getOrDefault(g, 0) == level && !placed.getOrDefault(g, List.of()).isEmpty());
    if (!child.leaf()) {
      placed.putIfAbsent(child, new ArrayList<>());
      depth.put(child, level + 1);
      waiting.add(child);
    }
    if (placed.get(group).size() == group.children().size()) {
      waiting.remove(group);
    }
  }

  /**
   * The columns under a node: those placed, in the order seen; each of the others right after the
   * column the form puts before it (a header word the table misspells still stands in its place).
   */
  private void collect(HeaderTree.Node node, boolean unsure, List<String> order, Set<String> shown) {
    if (node.leaf()) {
      order.add(node.path());
      if (!unsure) {
        shown.add(node.path());
      }
      return;
    }
    List<HeaderTree.Node> seen = placed.getOrDefault(node, List.of());
    List<HeaderTree.Node> children = new ArrayList<>(seen);
    List<HeaderTree.Node> form = node.children();
    List<HeaderTree.Node> unseen = form.stream().filter(c -> !seen.contains(c)).toList();
    List<Integer> gaps = holes.getOrDefault(node, List.of());
    if (!unseen.isEmpty() && gaps.size() == unseen.size()) {
      // As many words naming nothing as columns not shown: each such column stood at such a word.
      for (int k = 0; k < unseen.size(); k++) {
        children.add(gaps.get(k) + k, unseen.get(k));
      }
    } else {
      for (int i = 0; i < form.size(); i++) {
        if (!seen.contains(form.get(i))) {
          int at = 0;
          for (int k = i - 1; k >= 0 && at == 0; k--) {
            at = children.indexOf(form.get(k)) + 1;
          }
          children.add(at, form.get(i));
        }
      }
    }
    // A group placed by guessing (its label lost) leaves its siblings' places a guess too: the lost
    // label may have stood before them or after; so do words naming nothing that do not match the
    // columns not shown one for one.
    boolean guess = children.stream().anyMatch(guessed::contains) || !unseen.isEmpty() && !gaps.isEmpty() && gaps.size() != unseen.size();
    if (guess) {
      // Nothing shows the order here: the form's is the best guess for placing by position.
      children = form;
    }
    // Columns the form has not, each after the placed column it followed in the header.
    List<Map.Entry<Integer, String>> more = guess ? List.of() : extras.getOrDefault(node, List.of());
    extraAfter(more, 0, order);
    for (HeaderTree.Node child : children) {
      collect(child, unsure || guess || !seen.contains(child), order, shown);
      int k = seen.indexOf(child);
      if (k >= 0) {
        extraAfter(more, k + 1, order);
      }
    }
  }

  /** Marks the extra columns that stood after the first {@code placedBefore} placed columns of a group. */
  private void extraAfter(List<Map.Entry<Integer, String>> more, int placedBefore, List<String> order) {
    for (Map.Entry<Integer, String> e : more) {
      if (e.getKey() == placedBefore) {
        extraAt.put(order.size() + extraAt.size(), e.getValue());
      }
    }
  }
}
