package org.nianbao.form;

import java.util.List;
import java.util.Set;

/**
 * A key figure of a report (applications received, reviews, lawsuits …) as a sum of fields, shown
 * on the summary sheet and compared across reports ({@code templates/figures.tsv}).
 */
public record Figure(String id, Set<Format> formats, String label, List<Term> terms) {
  public Figure {
    formats = Set.copyOf(formats);
    terms = List.copyOf(terms);
  }
}
