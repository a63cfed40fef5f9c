/**
 * Reading PDF reports with PDFBox: the glyphs and ruling lines of each page laid out as text and
 * tables by layout, scanned pages and damaged text layers read from their pictures by ocr. Uses
 * read, layout and ocr.
 */
package org.nianbao.read.pdf;
