package org.nianbao.read.pdf;

import org.nianbao.message.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.nianbao.read.Budget;
import org.nianbao.read.layout.Glyph;

/**
 * The characters of one page with their positions, in PDFBox's reading order (sorted by position,
 * so text drawn out of order still reads top to bottom), each tagged with its text line. Also
 * notes what PDFBox passes over without a word: a drawing instruction that failed or that no PDF
 * has, text shown with no font, a character with no Unicode mapping or no width. Any of them means characters may be lost.
 * The same walk tells {@link PageGraphics} the page's lines and images.
 */
final class PageGlyphs extends PDFTextStripper {
  /** A printed character narrower than this (points) has lost its width. */
  private static final float MIN_WIDTH = 0.01f;

  /** Every operator of the PDF content stream syntax (ISO 32000, annex A); any other is damage. */
  private static final Set<String> OPERATORS = Set.of(
      "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0", "d1", "Do", "DP", "EI", "EMC", "ET", "EX",
      "f", "F", "f*", "G", "g", "gs", "h", "i", "ID", "j", "J", "K", "k", "l", "m", "M", "MP", "n", "q", "Q", "re", "RG", "rg", "ri",
      "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD", "Tf", "Tj", "TJ", "TL", "Tm", "Tr", "Ts", "Tw", "Tz", "v", "w",
      "W", "W*", "y", "'", "\"");

  private final List<Glyph> glyphs = new ArrayList<>();
  private final List<Message> damage = new ArrayList<>();
  private final PageGraphics graphics;
  private int line;

  private PageGlyphs(PageGraphics graphics) {
    this.graphics = graphics;
    setSortByPosition(true);
    graphics.listen(this);
  }

  /** Page {@code page} (from 1) read in one walk: its characters, and its ruling lines and images. */
  static PageGlyphs of(PDDocument pdf, int page) throws IOException {
    PageGlyphs stripper = new PageGlyphs(new PageGraphics(pdf.getPage(page - 1).getCropBox()));
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(pdf);
    return stripper;
  }

  List<Glyph> glyphs() {
    return glyphs;
  }

  PageGraphics graphics() {
    return graphics;
  }

  /** Why the page's text may be incomplete; empty when nothing went wrong. */
  List<Message> damage() {
    return damage;
  }

  /** Every instruction, a form's included, spends from the input's budget: a form that draws itself twice doubles at each level. */
  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    Budget.spend(Budget.Work.OPERATIONS, 1);
    super.processOperator(operator, operands);
  }

  /** Each character too, before PDFBox keeps it for sorting: one instruction can show millions. */
  @Override
  protected void processTextPosition(TextPosition text) {
    Budget.spend(Budget.Work.CHARACTERS, 1);
    super.processTextPosition(text);
  }

  @Override
  protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
    damage.add(Message.of("read.pdf.operator_failed", operator.getName(), String.valueOf(e.getMessage())));
    super.operatorException(operator, operands, e);
  }

  @Override
  protected void unsupportedOperator(Operator operator, List<COSBase> operands) {
    if (!OPERATORS.contains(operator.getName())) {
      damage.add(Message.of("read.pdf.unknown_operator", operator.getName()));
    }
  }

  @Override
  protected void showText(byte[] string) throws IOException {
    if (getGraphicsState().getTextState().getFont() == null) {
      damage.add(Message.of("read.pdf.no_font"));
    }
    super.showText(string);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    for (TextPosition p : positions) {
      String u = p.getUnicode();
      // A glyph mapped to a control character has lost its mapping: the font's codes show through.
      if (u == null || u.indexOf('\uFFFD') >= 0 || u.chars().anyMatch(Character::isISOControl)) {
        damage.add(Message.of("read.pdf.no_unicode"));
        continue;
      }
      if (u.isBlank()) {
        continue;
      }
      if (p.getWidthDirAdj() <= MIN_WIDTH) {
        // Without widths (a font dictionary that lost them) characters pile up and sorting by position scrambles their order.
        damage.add(Message.of("read.pdf.no_width"));
      }
      float size = Math.max(1f, p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : p.getHeightDir());
      float bottom = p.getYDirAdj();
      float top = bottom - Math.max(p.getHeightDir(), size * 0.7f);
      glyphs.add(new Glyph(u, p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(), top, bottom, size, line));
    }
  }

  @Override
  protected void writeLineSeparator() {
    line++;
  }
}
