package org.nianbao.document;

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

  /**
   * The text without the spaces around it; tabs at its ends stay, for in a row copied from a table
   * they stand for its blank cells.
   */
  public static String trimSpaces(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && text.charAt(from) != '\t' && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && text.charAt(to - 1) != '\t' && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }
}
