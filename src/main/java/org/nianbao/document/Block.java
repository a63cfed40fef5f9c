package org.nianbao.document;

/** A piece of a document in reading order: a paragraph of text, a grid of cells or a picture. */
public sealed interface Block permits Paragraph, Grid, Picture {
  /** Where the block starts in the source. */
  SourcePos pos();

  /** The same block, its positions inside the part {@code part} of a report (see {@link SourcePos#within}). */
  Block within(String part);
}
