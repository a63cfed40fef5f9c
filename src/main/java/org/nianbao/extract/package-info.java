/**
 * Turns a normalised {@link org.nianbao.document.Document} into a {@link org.nianbao.model.Report}:
 * the report's end on a page, its six sections, the title facts (publisher, year, date), the
 * statutory format, the tables (parsed by {@link org.nianbao.extract.table}), numbers read from
 * pictures, and the balance and narrative checks. Uses the table parser, {@code check}, {@code form},
 * {@code document}, {@code model} and {@code message}; used by the pipeline.
 */
package org.nianbao.extract;
