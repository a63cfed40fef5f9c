package org.nianbao.document;

import org.nianbao.message.Message;

/**
 * An image where text could have been: a picture in a page or Word file, or a PDF page without a
 * text layer. Agencies often publish the statutory tables this way; nianbao says where they are.
 *
 * @param file the picture's file name as the source gives it, or empty
 * @param wholePage a PDF page that is all picture (no text layer: a scan)
 * @param pixels where its pixels are had, or null when the source does not hold them (a web page
 *     whose pictures were not saved with it)
 */
public record Picture(String file, SourcePos pos, boolean wholePage, Pixels pixels) implements Block {
  /** A picture named by its file, or by where it is, whose pixels are not at hand. */
  public Picture(String file, SourcePos pos) {
    this(file, pos, false, null);
  }

  @Override
  public Picture within(String part) {
    return new Picture(file, pos.within(part), wholePage, pixels);
  }

  /** Whether its pixels can be had, to be read. */
  public boolean hasPixels() {
    return pixels != null;
  }

  /** How a person finds the picture: its file name, or its place. */
  public Message describe() {
    if (wholePage) {
      return Message.of("picture.page", pos.page());
    }
    return file.isBlank() ? Message.of("picture.at", pos.describe()) : Message.of("picture.file", file);
  }
}
