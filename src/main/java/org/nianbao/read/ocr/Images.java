package org.nianbao.read.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import org.nianbao.document.Pixels;
import org.nianbao.document.UnreadablePicture;
import org.nianbao.message.Message;

/**
 * Decodes the pictures reports hold (PNG, JPEG, GIF, BMP, TIFF), looking at their size before
 * their pixels: a picture larger than a page scanned at 600 dpi, thinner than a line of text, or
 * stretched a hundred times longer than it is wide is no page of a report, and is refused before it
 * takes the memory its header asks for.
 */
public final class Images {
  /** An A3 page at 600 dpi holds 70 million pixels; a report's picture fewer. */
  public static final long MAX_PIXELS = 70_000_000L;
  private static final int MIN_SIDE = 8;
  private static final int MAX_STRETCH = 100;
  private static final int CHECK_STEP = 8;

  private Images() {}

  /**
   * The picture, and whether its decoder warned on the way (a JPEG's coded data that lost its step
   * or ended early decodes with a warning, the rest of the picture shifted or grey); or why there is
   * no picture, in one line.
   */
  public static Pixels.Decoded decode(byte[] bytes) throws UnreadablePicture {
    String format = "";
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = reader(in);
      if (reader == null) {
        throw new UnreadablePicture(Message.of("picture.unknown_format"));
      }
      format = reader.getFormatName().toUpperCase(Locale.ROOT);
      try {
        check(reader.getWidth(0), reader.getHeight(0));
        Warnings heard = Warnings.of(reader);
        BufferedImage image = reader.read(0);
        if (image == null) {
          throw new UnreadablePicture(Message.of("picture.unknown_format"));
        }
        return new Pixels.Decoded(image, heard.any);
      } finally {
        reader.dispose();
      }
    } catch (UnreadablePicture e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // The decoder's own words are English and say little to a reader: the format is named instead.
      throw new UnreadablePicture(Message.of("picture.damaged", format));
    }
  }

  /**
   * Whether a JPEG's data is damaged: it does not decode, or decodes only with a warning. PDFBox
   * decodes a PDF's JPEGs without listening for warnings, so a page drawn from a damaged one looks
   * whole; this decodes it once more to hear them.
   */
  public static boolean jpegDamaged(InputStream jpeg) {
    try (ImageInputStream in = ImageIO.createImageInputStream(jpeg)) {
      ImageReader reader = reader(in);
      if (reader == null) {
        return true;
      }
      try {
        if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
          return true;
        }
        Warnings heard = Warnings.of(reader);
        // Every line is still decoded (the warnings come from decoding), but only every eighth kept.
        ImageReadParam few = reader.getDefaultReadParam();
        few.setSourceSubsampling(CHECK_STEP, CHECK_STEP, 0, 0);
        reader.readRaster(0, few);
        return heard.any;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /** A reader of the picture's format, given the picture; null when no reader knows it. */
  private static ImageReader reader(ImageInputStream in) {
    Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
    if (readers == null || !readers.hasNext()) {
      return null;
    }
    ImageReader reader = readers.next();
    reader.setInput(in, true, true);
    return reader;
  }

  /** Whether a reader warned while it decoded. */
  private static final class Warnings implements IIOReadWarningListener {
    private boolean any;

    static Warnings of(ImageReader reader) {
      Warnings heard = new Warnings();
      reader.addIIOReadWarningListener(heard);
      return heard;
    }

    @Override
    public void warningOccurred(ImageReader source, String warning) {
      any = true;
    }
  }

  /** Refuses sizes no page of a report has. */
  public static void check(long w, long h) throws UnreadablePicture {
    if (w < MIN_SIDE || h < MIN_SIDE || w * h > MAX_PIXELS || w > h * MAX_STRETCH || h > w * MAX_STRETCH) {
      throw new UnreadablePicture(Message.of("picture.size", w, h));
    }
  }
}
