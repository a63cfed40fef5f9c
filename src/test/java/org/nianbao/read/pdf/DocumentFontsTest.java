package org.nianbao.read.pdf;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class DocumentFontsTest {
  /** PDFBox's own cache drops a font after each page at first; read page by page, every font is kept and built once. */
  @Test
  void aFontSharedByThePagesIsBuiltOnceAndKept() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(new File("test-data/forms/haining-2020.pdf"))) {
      DocumentFonts.keep(pdf);
      Map<COSObjectKey, PDFont> built = new HashMap<>();
      for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
        PageGlyphs.of(pdf, p);
        for (COSObject font : fonts(pdf.getPage(p - 1))) {
          PDFont now = pdf.getResourceCache().getFont(font);
          if (now != null) {
            assertSame(built.computeIfAbsent(font.getKey(), k -> now), now, "page " + p + " built font " + font.getKey() + " again");
          }
        }
        // PDFBox's own cache has let go of every font of the first page by now.
        assertTrue(p > 1 || built.size() >= 2, "fonts kept after the first page: " + built.keySet());
      }
      assertTrue(built.size() >= 3, "fonts drawn with: " + built.keySet());
      for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
        for (COSObject font : fonts(pdf.getPage(p - 1))) {
          assertSame(built.get(font.getKey()), pdf.getResourceCache().getFont(font), "font " + font.getKey() + " kept to the end");
        }
      }
    }
  }

  private static List<COSObject> fonts(PDPage page) {
    List<COSObject> out = new ArrayList<>();
    COSDictionary fonts = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
    for (COSName name : fonts.keySet()) {
      COSBase item = fonts.getItem(name);
      if (item instanceof COSObject o) {
        out.add(o);
      }
    }
    return out;
  }
}
