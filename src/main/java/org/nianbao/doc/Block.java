package org.nianbao.doc;

/** A piece of a document in reading order: a paragraph of text or a grid of cells. */
public sealed interface Block permits Paragraph, Grid {
  /** Where the block starts in the source. */
  SourcePos pos();
}
