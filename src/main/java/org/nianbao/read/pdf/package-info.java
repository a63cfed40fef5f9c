/**
 * PDF reports: the characters a viewer shows with their positions, the page's ruling lines, images
 * and painted areas, read in one walk of each page with PDFBox; a page whose text layer cannot be
 * trusted, or that is a scan, is read from its picture. Uses {@code read.layout}, {@code read.ocr},
 * the shared reading steps of {@code org.nianbao.read}, the document model and messages.
 */
package org.nianbao.read.pdf;
