/**
 * Reading plain text reports line by line, and the line blocks the readers of lines share (text
 * files, the paragraphs of Word and PDF files): a page copied as tab-led cells becomes a table.
 * Uses read only.
 */
package org.nianbao.read.text;
