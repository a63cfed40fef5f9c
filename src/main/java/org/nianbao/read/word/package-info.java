/**
 * Reading Word documents as Word shows them: DOCX (the package's XML read as a stream, or Word's
 * one-file XML) and DOC (with POI's HWPF), with list numbers, notes, text boxes and the documents
 * they embed named as parts. Uses read, text and ocr.
 */
package org.nianbao.read.word;
