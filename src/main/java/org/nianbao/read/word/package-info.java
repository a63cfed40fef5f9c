/**
 * Word reports: DOCX (and its flat XML, Word 2003 XML, MHTML and HTML saved by Word), and DOC. The
 * content of a part is read straight from its XML into blocks (paragraphs, tables, embedded
 * documents) with the labels Word prints for lists, then laid out as a document. Uses the document
 * model, the shared reading steps of {@code org.nianbao.read}, {@code read.text} and {@code read.ocr}
 * for pictures, and messages; Aalto XML is used here only.
 */
package org.nianbao.read.word;
