package org.nianbao.doc;

/**
 * An image where text could have been: a picture in a page or Word file, or a PDF page without a
 * text layer. Agencies often publish the statutory tables this way; nianbao cannot read them (no
 * OCR) but says where they are.
 */
public record Picture(String name, SourcePos pos) implements Block {}
