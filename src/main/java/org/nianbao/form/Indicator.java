package org.nianbao.form;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An indicator computed from a report's fields for comparing reports ({@code templates/indicators.tsv}):
 * a sum of fields, or, with a denominator, their ratio. A ratio whose denominator is zero has no
 * value; so has any indicator while a field it reads is unread.
 *
 * @param unit 件, 万元 or % (a ratio)
 * @param denominator empty for a count
 * @param meaning what it measures, and where the two formats differ, in words for the sheet
 */
public record Indicator(String id, Set<Format> formats, String name, String unit, List<Term> numerator, List<Term> denominator, String meaning) {
  public Indicator {
    formats = Set.copyOf(formats);
    numerator = List.copyOf(numerator);
    denominator = List.copyOf(denominator);
  }

  public boolean ratio() {
    return !denominator.isEmpty();
  }

  /** Every field it reads. */
  public List<String> fields() {
    return Stream.concat(numerator.stream(), denominator.stream()).map(Term::field).distinct().toList();
  }
}
