/**
 * Laying out positioned glyphs and ruling lines (from a PDF, an OFD page or a recognised scan) as
 * paragraphs and tables: ruled lattices, and stream tables told by their columns. Uses text
 * only.
 */
package org.nianbao.read.layout;
