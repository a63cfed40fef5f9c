package org.nianbao.read.pdf;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Holds a text layer against the font that draws it. A composite font's characters are read
 * through its ToUnicode map; the TrueType program embedded with it often keeps its own Unicode
 * cmap, which names what each glyph draws. Where the two disagree about a letter, digit or
 * ideograph, the map lies (one written for another subset, or one that sends every glyph to the
 * Private Use Area) and the page shows other text than its layer says. Where the program keeps no
 * Unicode cmap, or the glyph is in none of its entries (a ligature, a vertical form), nothing is
 * said.
 */
final class FontCheck {
  /** Each composite font's Unicode cmap, or null where its program has none. */
  private final Map<PDFont, CmapSubtable> cmaps = new IdentityHashMap<>();

  /** Whether the font's own cmap names the glyph of {@code code} otherwise than {@code unicode}. */
  boolean contradicts(PDFont font, int code, String unicode) {
    if (!(font instanceof PDType0Font type0) || unicode == null || unicode.codePointCount(0, unicode.length()) != 1) {
      return false;
    }
    if (!cmaps.containsKey(font)) {
      cmaps.put(font, unicodeCmap(type0));
    }
    CmapSubtable cmap = cmaps.get(font);
    if (cmap == null) {
      return false;
    }
    try {
      List<Integer> named = cmap.getCharCodes(((PDCIDFontType2) type0.getDescendantFont()).codeToGID(code));
      if (named == null || named.isEmpty()) {
        return false;
      }
      int said = unicode.codePointAt(0);
      if (named.contains(said)) {
        return false;
      }
      return telling(said) || named.stream().anyMatch(FontCheck::telling);
    } catch (IOException | RuntimeException e) {
      // A font program that cannot say which glyph a code draws says nothing against the map.
      return false;
    }
  }

  /** A letter, digit or ideograph: what a wrong mapping of changes a reading (punctuation variants do not). */
  private static boolean telling(int c) {
    return Character.isLetterOrDigit(c) || c >= 0xE000 && c <= 0xF8FF;
  }

  /** The Unicode cmap of a composite font's embedded TrueType program that has a ToUnicode map too. */
  private static CmapSubtable unicodeCmap(PDType0Font font) {
    PDCIDFont cid = font.getDescendantFont();
    if (!font.getCOSObject().containsKey(COSName.TO_UNICODE) || !(cid instanceof PDCIDFontType2 type2) || !cid.isEmbedded()) {
      return null;
    }
    try {
      TrueTypeFont ttf = type2.getTrueTypeFont();
      CmapTable table = ttf == null ? null : ttf.getCmap();
      if (table == null) {
        return null;
      }
      CmapSubtable sub = table.getSubtable(CmapTable.PLATFORM_WINDOWS, CmapTable.ENCODING_WIN_UNICODE_FULL);
      if (sub == null) {
        sub = table.getSubtable(CmapTable.PLATFORM_WINDOWS, CmapTable.ENCODING_WIN_UNICODE_BMP);
      }
      if (sub == null) {
        sub = table.getSubtable(CmapTable.PLATFORM_UNICODE, CmapTable.ENCODING_UNICODE_2_0_FULL);
      }
      if (sub == null) {
        sub = table.getSubtable(CmapTable.PLATFORM_UNICODE, CmapTable.ENCODING_UNICODE_2_0_BMP);
      }
      return sub;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
