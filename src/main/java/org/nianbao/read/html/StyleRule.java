package org.nianbao.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** One selector of a style rule, split into its steps from the last (the element itself) back to its ancestors, with what the rule sets. */
final class StyleRule {
  private static final Pattern COMPOUND = Pattern.compile("(\\*|[a-zA-Z][a-zA-Z0-9-]*)?((?:[#.][-_a-zA-Z0-9\\u00A0-\\uFFFF]+)*)");

  static final long IMPORTANT = 1L << 62;

  private final List<Step> steps;
  final String display;
  final String visibility;
  final long rank;

  private StyleRule(List<Step> steps, StyleDeclarations d, long rank) {
    this.steps = steps;
    this.display = d.display();
    this.visibility = d.visibility();
    this.rank = rank + (d.importantDisplay() || d.importantVisibility() ? IMPORTANT : 0);
  }

  /** The rule for one selector, or null for a selector of a kind not understood here. */
  static StyleRule parse(String selector, StyleDeclarations d, int order) {
    if (selector.isEmpty() || selector.contains("[") || selector.contains(":") || selector.contains("+") || selector.contains("~")) {
      return null;
    }
    List<Step> steps = new ArrayList<>();
    boolean child = false;
    int ids = 0;
    int classes = 0;
    int tags = 0;
    for (String token : selector.replace(">", " > ").trim().split("\\s+")) {
      if (token.equals(">")) {
        child = true;
        continue;
      }
      Matcher m = COMPOUND.matcher(token);
      if (!m.matches() || token.isEmpty()) {
        return null;
      }
      String tag = m.group(1) == null || m.group(1).equals("*") ? null : m.group(1).toLowerCase(Locale.ROOT);
      String id = null;
      List<String> names = new ArrayList<>();
      for (String part : m.group(2).split("(?=[#.])")) {
        if (part.startsWith("#")) {
          id = part.substring(1);
          ids++;
        } else if (part.startsWith(".")) {
          names.add(part.substring(1));
          classes++;
        }
      }
      tags += tag == null ? 0 : 1;
      steps.add(0, new Step(tag, id, names, child));
      child = false;
    }
    if (steps.isEmpty()) {
      return null;
    }
    return new StyleRule(steps, d, ((long) Math.min(ids, 1023) << 50) + ((long) Math.min(classes, 1023) << 40) + ((long) Math.min(tags, 1023) << 30) + order);
  }

  /** The key of the index: what the last step names most narrowly. */
  String key() {
    Step last = steps.get(0);
    return last.id != null ? "#" + last.id : !last.classes.isEmpty() ? "." + last.classes.get(0) : last.tag != null ? last.tag : "*";
  }

  boolean matches(Element e) {
    if (!steps.get(0).matches(e)) {
      return false;
    }
    Element at = e;
    for (int k = 1; k < steps.size(); k++) {
      Step s = steps.get(k);
      Element p = at.parent();
      if (steps.get(k - 1).childOf) {
        if (p == null || !s.matches(p)) {
          return false;
        }
        at = p;
      } else {
        while (p != null && !s.matches(p)) {
          p = p.parent();
        }
        if (p == null) {
          return false;
        }
        at = p;
      }
    }
    return true;
  }

  /**
   * One compound step of a selector ({@code div.hide}, {@code #print}).
   *
   * @param childOf whether the element it matches must be a child of the one the step before it
   *     in the selector matches ({@code a > b}), not any descendant
   */
  private record Step(String tag, String id, List<String> classes, boolean childOf) {
    boolean matches(Element e) {
      if (tag != null && !tag.equals(e.normalName())) {
        return false;
      }
      if (id != null && !id.equals(e.id())) {
        return false;
      }
      for (String c : classes) {
        if (!e.hasClass(c)) {
          return false;
        }
      }
      return true;
    }
  }
}
