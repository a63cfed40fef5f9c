package org.nianbao.form;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A statement the report's text may make about one of its own table figures (共收到政府信息公开申请
 * 49 件 → 表三 一、本年新收 总计), as data from {@code templates/narrative.tsv}: the wording, with the
 * number as group {@code n}, and the table side as a sum of fields. Patterns are written narrow:
 * a statement matched to the wrong figure costs more than one missed. {@code anchor} is words every
 * match holds, looked for first: most sentences hold none, and a plain search is far cheaper.
 */
public record NarrativeSpec(String id, Set<Format> formats, String description, List<Term> table, String anchor, Pattern pattern) {
  public NarrativeSpec {
    formats = Set.copyOf(formats);
    table = List.copyOf(table);
  }
}
