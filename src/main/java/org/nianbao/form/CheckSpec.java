package org.nianbao.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A balance check (勾稽关系) as data: left side equals right side, each a signed sum of fields. The
 * Java check engine and the Excel formulas are both rendered from these.
 *
 * @param fields every field the check reads, left side first, without repeats
 * @param labels each field's name as the form prints it (row · column), for notes people read
 */
public record CheckSpec(
    String id, Set<Format> formats, CheckScope scope, String description, List<Term> left, List<Term> right, List<String> fields, Map<String, String> labels) {
  public CheckSpec {
    formats = Set.copyOf(formats);
    left = List.copyOf(left);
    right = List.copyOf(right);
    fields = List.copyOf(fields);
    labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /** Every field the two sides read, left side first, without repeats: a check's {@code fields}. */
  static List<String> fieldsOf(List<Term> left, List<Term> right) {
    Set<String> out = new LinkedHashSet<>();
    for (Term t : left) {
      out.add(t.field());
    }
    for (Term t : right) {
      out.add(t.field());
    }
    return new ArrayList<>(out);
  }

  /** The table the check is about: the prefix of its id ({@code t3}). */
  public String table() {
    return id.substring(0, id.indexOf('.'));
  }

  /** A field's name as the form prints it (row · column), or its id when it has none. */
  public String label(String field) {
    return labels.getOrDefault(field, field);
  }
}
