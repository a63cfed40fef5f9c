package org.nianbao.doc;

/** One line or paragraph of running text. */
public record Paragraph(String text, SourcePos pos) implements Block {
  /** The same paragraph with other text (normalisation keeps positions). */
  public Paragraph withText(String newText) {
    return new Paragraph(newText, pos);
  }
}
