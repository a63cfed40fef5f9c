package org.nianbao.document;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Where a picture's pixels are had, when its source holds them (an image in a Word file, a page of
 * a scanned PDF, a picture saved beside a web page): decoded only when the picture is to be read.
 */
@FunctionalInterface
public interface Pixels {
  Decoded load() throws IOException;

  /**
   * A picture's pixels, and whether its data was damaged: the decoder went on past an error (a JPEG
   * whose coded data lost its step draws the rest of the picture shifted), so part of what it shows
   * may not be what was printed.
   */
  record Decoded(BufferedImage image, boolean damaged) {
    public static Decoded whole(BufferedImage image) {
      return new Decoded(image, false);
    }
  }
}
