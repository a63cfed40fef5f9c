package org.nianbao.doc;

import org.nianbao.message.Message;

/**
 * An image where text could have been: a picture in a page or Word file, or a PDF page without a
 * text layer. Agencies often publish the statutory tables this way; nianbao says where they are.
 *
 * @param file the picture's file name as the source gives it, or empty
 * @param wholePage a PDF page that is all picture (no text layer: a scan)
 */
public record Picture(String file, SourcePos pos, boolean wholePage) implements Block {
  /** A picture named by its file, or by where it is. */
  public Picture(String file, SourcePos pos) {
    this(file, pos, false);
  }

  /** How a person finds the picture: its file name, or its place. */
  public Message describe() {
    if (wholePage) {
      return Message.of("picture.page", pos.page());
    }
    return file.isBlank() ? Message.of("picture.at", pos.describe()) : Message.of("picture.file", file);
  }
}
