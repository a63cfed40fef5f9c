/**
 * Reading pictures: decoding image files, finding the ruled tables and lines of text in a scanned
 * page, and recognising their characters with the bundled models. Uses read and layout.
 */
package org.nianbao.read.ocr;
