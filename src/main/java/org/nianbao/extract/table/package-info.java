/**
 * Parses the statutory tables from a document's text: its tokens (labels, values, grid row ends),
 * numbers and note marks, the form's column headers and the order a table prints them, rows found
 * by their labels and filled (short rows placed by the balance checks), 表四 in its printed shapes,
 * and grids published transposed. {@link org.nianbao.extract.table.StatutoryTables} is the entry.
 * Uses {@code form}, {@code document}, {@code model}, {@code check} and {@code message}; never the
 * orchestration in {@code extract}, which alone uses it.
 */
package org.nianbao.extract.table;
