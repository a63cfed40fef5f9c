package org.nianbao.read.pdf;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A document's fonts, each built once while the document is read. PDFBox's own cache lets a font
 * go after every page until it has been dropped twice, so a font on every page of a report was
 * parsed three times (haining-2020.pdf: 12 fonts built for 4), a sixth of reading it. A report's
 * fonts are few and go with the document.
 */
final class DocumentFonts extends DefaultResourceCache {
  private DocumentFonts() {}

  /** Sets the document to keep its fonts until it is closed. */
  static void keep(PDDocument pdf) {
    pdf.setResourceCache(new DocumentFonts());
  }

  @Override
  public PDFont removeFont(COSObject indirect) {
    return null;
  }
}
