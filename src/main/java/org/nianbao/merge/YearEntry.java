package org.nianbao.merge;

import java.util.Map;
import java.util.Set;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.spec.Format;

/**
 * What the cross-year sheet needs of one merged report once its row is written: who, which year
 * and form, the row it sits on, and the few cells cross-year checks read.
 */
record YearEntry(String agency, String key, int year, Format format, Set<TableId> tables, int row, Map<String, Value> values) {}
