package org.nianbao.document;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Where a picture's pixels are had, when its source holds them (an image in a Word file, a page of
 * a scanned PDF, a picture saved beside a web page): decoded only when the picture is to be read.
 */
@FunctionalInterface
public interface Pixels {
  BufferedImage load() throws IOException;
}
