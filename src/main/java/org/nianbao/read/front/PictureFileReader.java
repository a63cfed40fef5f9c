package org.nianbao.read.front;

import java.util.List;
import org.nianbao.document.Document;
import org.nianbao.document.Picture;
import org.nianbao.document.Pixels;
import org.nianbao.document.SourcePos;
import org.nianbao.document.UnreadablePicture;
import org.nianbao.message.Message;
import org.nianbao.read.ReadException;
import org.nianbao.read.ReportReader;
import org.nianbao.read.Source;
import org.nianbao.read.ocr.Images;

/** Reads a picture file (a page's photograph or scan) as a document of that one picture, for the recogniser to read. */
final class PictureFileReader implements ReportReader {
  @Override
  public Document read(Source source) throws ReadException {
    String name = source.name().substring(Math.max(source.name().lastIndexOf('/'), source.name().lastIndexOf('\\')) + 1);
    Pixels.Decoded image;
    try {
      image = Images.decode(source.bytes());
    } catch (UnreadablePicture e) {
      throw new ReadException(Message.of("error.picture", e.reason()));
    }
    return new Document(source.name(), List.of(new Picture(name, new SourcePos(0, "image[1]"), false, () -> image)), List.of());
  }
}
