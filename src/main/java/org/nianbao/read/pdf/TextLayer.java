package org.nianbao.read.pdf;

import java.text.Normalizer;
import java.util.List;
import org.nianbao.message.Message;
import org.nianbao.read.layout.Glyph;

/**
 * Judges whether a page's text layer says what the page shows. A layer lies where its characters
 * map to nothing (a glyph with no Unicode, which PDFBox drops), to the Private Use Area (fonts of
 * the Founder PKU collections, digits in a symbol font), to radicals that normalisation cannot fold
 * back into ideographs, or to other characters than the font's own program names. A page whose
 * layer lies is read from its picture instead. A bullet or an icon from a symbol font stands alone
 * and does not count; one character with no Unicode does, for it may be a digit.
 *
 * <p>A scan's OCR layer is held to more: it must read as Chinese (an OCR engine run with a Latin
 * model only reads ideographs as letters).
 */
final class TextLayer {
  /** Characters that map to the wrong place, from which on a page's layer is not read. */
  private static final int LYING = 2;
  /** Letters that are not ideographs, as a share of all letters, beyond which an OCR layer does not read as Chinese. */
  private static final double FOREIGN_LETTERS = 0.3;
  /** Letters an OCR layer must hold before its script is judged. */
  private static final int JUDGED_LETTERS = 20;
  /** A character closer than this share of its size to a neighbour on its line stands in a word. */
  private static final float BESIDE = 0.5f;

  private TextLayer() {}

  /** Why a page's text layer cannot be used, or null when it can. */
  static Message unusable(List<Glyph> glyphs, int unmapped, int contradicted) {
    if (unmapped > 0) {
      return Message.of("read.pdf.layer.unmapped", unmapped);
    }
    int privateUse = 0;
    int radicals = 0;
    for (int i = 0; i < glyphs.size(); i++) {
      String t = glyphs.get(i).text();
      if (t.codePoints().anyMatch(TextLayer::privateUse) && !alone(glyphs, i)) {
        privateUse++;
      }
      if (t.codePoints().anyMatch(TextLayer::unfoldedRadical)) {
        radicals++;
      }
    }
    if (privateUse + radicals + contradicted < LYING) {
      return null;
    }
    if (privateUse >= radicals && privateUse >= contradicted) {
      return Message.of("read.pdf.layer.private_use", privateUse);
    }
    return radicals >= contradicted ? Message.of("read.pdf.layer.radicals", radicals) : Message.of("read.pdf.layer.contradicted", contradicted);
  }

  /** Why a scan's OCR layer cannot be used, or null when it can. */
  static Message ocrUnusable(List<Glyph> glyphs, int unmapped, int contradicted) {
    Message lies = unusable(glyphs, unmapped, contradicted);
    if (lies != null) {
      return lies;
    }
    int letters = 0;
    int foreign = 0;
    for (Glyph g : glyphs) {
      for (int c : g.text().codePoints().toArray()) {
        if (Character.isLetter(c)) {
          letters++;
          if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            foreign++;
          }
        }
      }
    }
    if (letters >= JUDGED_LETTERS && foreign > FOREIGN_LETTERS * letters) {
      return Message.of("read.pdf.layer.not_chinese", Math.round(100.0 * foreign / letters));
    }
    return null;
  }

  static boolean privateUse(int c) {
    return c >= 0xE000 && c <= 0xF8FF || c >= 0xF0000;
  }

  /**
   * A radical (CJK Radicals Supplement, Kangxi Radicals) or compatibility ideograph that
   * compatibility normalisation does not fold into an ideograph: nearly all of the supplement.
   */
  static boolean unfoldedRadical(int c) {
    boolean radical = c >= 0x2E80 && c <= 0x2FDF;
    if (!radical && !(c >= 0xF900 && c <= 0xFAFF)) {
      return false;
    }
    String folded = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC);
    int f = folded.codePointAt(0);
    if (folded.codePointCount(0, folded.length()) != 1) {
      return true;
    }
    if (f == c) {
      // Twelve of the compatibility block are unified ideographs themselves.
      return radical;
    }
    return f >= 0x2E80 && f <= 0x2FDF || Character.UnicodeScript.of(f) != Character.UnicodeScript.HAN;
  }

  /** Whether a character stands apart from its neighbours on its line (a bullet, an icon). */
  private static boolean alone(List<Glyph> glyphs, int i) {
    Glyph g = glyphs.get(i);
    float near = BESIDE * g.size();
    if (i > 0) {
      Glyph p = glyphs.get(i - 1);
      if (p.line() == g.line() && p.turn() == g.turn() && g.x0() - p.x1() < near) {
        return false;
      }
    }
    if (i + 1 < glyphs.size()) {
      Glyph n = glyphs.get(i + 1);
      return !(n.line() == g.line() && n.turn() == g.turn() && n.x0() - g.x1() < near);
    }
    return true;
  }
}
