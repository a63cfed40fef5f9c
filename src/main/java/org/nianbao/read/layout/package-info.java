/**
 * Lays out pages of positioned characters and ruling lines (a PDF's text layer, an OFD page, what
 * was recognised in a picture) as a document: ruled tables from their lines, unruled tables from how
 * their characters line up, lines and paragraphs from the rest. Uses the document model,
 * {@code read.text} and messages; knows nothing of file formats.
 */
package org.nianbao.read.layout;
