package org.nianbao.doc;

/**
 * One line or paragraph of running text. A {@code damaged} paragraph was read from a damaged source
 * (a PDF page whose drawing failed part-way), so characters may be missing from it: its labels can
 * be used, its numbers and blanks cannot be vouched for.
 */
public record Paragraph(String text, SourcePos pos, boolean damaged) implements Block {
  public Paragraph(String text, SourcePos pos) {
    this(text, pos, false);
  }

  @Override
  public Paragraph within(String part) {
    return new Paragraph(text, pos.within(part), damaged);
  }

  /** The same paragraph with other text (normalisation keeps positions). */
  public Paragraph withText(String newText) {
    return new Paragraph(newText, pos, damaged);
  }
}
