package org.nianbao.read.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A picture in grey, one byte a pixel (0 black, 255 white), row by row: what the finding of lines
 * and text works on. Colours count by their brightness; transparent pixels are paper.
 */
final class Raster {
  final int width;
  final int height;
  final byte[] grey;

  Raster(int width, int height, byte[] grey) {
    this.width = width;
    this.height = height;
    this.grey = grey;
  }

  static Raster of(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] out = new byte[w * h];
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getDataBuffer() instanceof DataBufferByte data
        && data.getData().length == w * h) {
      System.arraycopy(data.getData(), 0, out, 0, w * h);
      return new Raster(w, h, out);
    }
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int argb = row[x];
        int a = argb >>> 24;
        int lum = (299 * ((argb >> 16) & 255) + 587 * ((argb >> 8) & 255) + 114 * (argb & 255)) / 1000;
        // Transparent pixels show the page under them: white.
        out[y * w + x] = (byte) ((lum * a + 255 * (255 - a)) / 255);
      }
    }
    return new Raster(w, h, out);
  }

  int at(int x, int y) {
    return grey[y * width + x] & 255;
  }

  /** The grey at a point between pixels, by its four neighbours; paper outside the picture. */
  float sample(float x, float y) {
    // A cast and a step down, not Math.floor: this runs for every pixel the networks are given.
    int x0 = (int) x;
    int y0 = (int) y;
    x0 -= x < x0 ? 1 : 0;
    y0 -= y < y0 ? 1 : 0;
    float fx = x - x0;
    float fy = y - y0;
    int a;
    int b;
    int c;
    int d;
    if (x0 >= 0 && y0 >= 0 && x0 + 1 < width && y0 + 1 < height) {
      int i = y0 * width + x0;
      a = grey[i] & 255;
      b = grey[i + 1] & 255;
      c = grey[i + width] & 255;
      d = grey[i + width + 1] & 255;
    } else {
      a = safe(x0, y0);
      b = safe(x0 + 1, y0);
      c = safe(x0, y0 + 1);
      d = safe(x0 + 1, y0 + 1);
    }
    return (1 - fy) * ((1 - fx) * a + fx * b) + fy * ((1 - fx) * c + fx * d);
  }

  private int safe(int x, int y) {
    return x < 0 || y < 0 || x >= width || y >= height ? 255 : at(x, y);
  }

  /** The picture scaled by {@code factor}, each new pixel the mean of the old ones it covers. */
  Raster scaled(double factor) {
    int w = Math.max(1, (int) Math.round(width * factor));
    int h = Math.max(1, (int) Math.round(height * factor));
    byte[] out = new byte[w * h];
    double step = 1 / factor;
    for (int y = 0; y < h; y++) {
      int sy0 = (int) (y * step);
      int sy1 = Math.max(sy0 + 1, Math.min(height, (int) ((y + 1) * step)));
      for (int x = 0; x < w; x++) {
        int sx0 = (int) (x * step);
        int sx1 = Math.max(sx0 + 1, Math.min(width, (int) ((x + 1) * step)));
        if (factor >= 1) {
          out[y * w + x] = (byte) Math.round(sample((float) ((x + 0.5) * step - 0.5), (float) ((y + 0.5) * step - 0.5)));
          continue;
        }
        int sum = 0;
        for (int sy = sy0; sy < sy1; sy++) {
          for (int sx = sx0; sx < sx1; sx++) {
            sum += at(Math.min(sx, width - 1), Math.min(sy, height - 1));
          }
        }
        out[y * w + x] = (byte) (sum / ((sy1 - sy0) * (sx1 - sx0)));
      }
    }
    return new Raster(w, h, out);
  }

  /** The picture turned by {@code degrees} (clockwise) about its centre, the corners filled with paper. */
  Raster rotated(double degrees) {
    double a = Math.toRadians(degrees);
    double cos = Math.cos(a);
    double sin = Math.sin(a);
    float cx = width / 2f;
    float cy = height / 2f;
    byte[] out = new byte[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        float dx = x - cx;
        float dy = y - cy;
        float sx = (float) (cos * dx + sin * dy) + cx;
        float sy = (float) (-sin * dx + cos * dy) + cy;
        out[y * width + x] = (byte) Math.round(sample(sx, sy));
      }
    }
    return new Raster(width, height, out);
  }

  /** The grey level that parts ink from paper (Otsu's), no lighter than a mid grey. */
  int inkLevel() {
    int[] histogram = new int[256];
    for (byte b : grey) {
      histogram[b & 255]++;
    }
    long total = grey.length;
    long sum = 0;
    for (int i = 0; i < 256; i++) {
      sum += (long) i * histogram[i];
    }
    long sumBack = 0;
    long back = 0;
    double best = -1;
    int level = 128;
    for (int t = 0; t < 256; t++) {
      back += histogram[t];
      if (back == 0) {
        continue;
      }
      long front = total - back;
      if (front == 0) {
        break;
      }
      sumBack += (long) t * histogram[t];
      double meanBack = (double) sumBack / back;
      double meanFront = (double) (sum - sumBack) / front;
      double between = (double) back * front * (meanBack - meanFront) * (meanBack - meanFront);
      if (between > best) {
        best = between;
        level = t;
      }
    }
    return Math.min(level, 200);
  }

  /**
   * The grey level that parts a thin border from paper: a border one pixel wide, blurred by the
   * scanner or softened by JPEG, is lighter than the strokes of text, so the level lies nearer the
   * paper's (the commonest grey) than {@link #inkLevel()} does.
   */
  int lineLevel(int ink) {
    int[] histogram = new int[256];
    for (byte b : grey) {
      histogram[b & 255]++;
    }
    int paper = 0;
    for (int i = 1; i < 256; i++) {
      paper = histogram[i] > histogram[paper] ? i : paper;
    }
    return Math.max(ink, paper - (paper - ink) * 2 / 5);
  }

  Raster copy() {
    return new Raster(width, height, grey.clone());
  }
}
