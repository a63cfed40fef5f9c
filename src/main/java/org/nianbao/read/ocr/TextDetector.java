package org.nianbao.read.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.nianbao.read.Budget;

/**
 * Where the text is: PP-OCR's detector (a DB network) gives each pixel a probability of being
 * text; pixels above a threshold that touch are one piece of text, kept if the network is sure
 * enough of it on average and grown back by the margin the network was trained to shrink.
 */
final class TextDetector {
  /**
   * The picture is scaled so its longer side is at most this for the network: an A4 page at 150
   * dpi and more gives text about 16 pixels high, found as well as at 1,600 (the fixtures' scans
   * scored within three cells of it, with slivers joined back below) in two thirds of the time;
   * at 960 rows of small digits were missed.
   */
  private static final int MAX_SIDE = 1280;
  private static final float PIXEL_THRESHOLD = 0.3f;
  private static final float BOX_THRESHOLD = 0.5f;
  private static final double UNCLIP = 1.6;
  private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
  private static final float[] STD = {0.229f, 0.224f, 0.225f};

  /**
   * A box of text in the picture's pixels, corners inclusive, and the core the network marked
   * (the box before it is grown back): what lies inside a core is text, not a table's border.
   */
  record Box(int x0, int y0, int x1, int y1, int coreX0, int coreY0, int coreX1, int coreY1) {
    Box(int x0, int y0, int x1, int y1) {
      this(x0, y0, x1, y1, x0, y0, x1, y1);
    }

    /** The same box with other left and right edges. */
    Box between(int left, int right) {
      return new Box(left, y0, right, y1, Math.max(left, coreX0), coreY0, Math.min(right, coreX1), coreY1);
    }

    boolean coreHolds(float x, float y, float slack) {
      return x >= coreX0 - slack && x <= coreX1 + slack && y >= coreY0 - slack && y <= coreY1 + slack;
    }

    int width() {
      return x1 - x0 + 1;
    }

    int height() {
      return y1 - y0 + 1;
    }
  }

  private TextDetector() {}

  static List<Box> find(Models models, Raster page) throws OrtException {
    double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(page.width, page.height));
    int w = Math.max(32, (int) Math.round(page.width * scale / 32) * 32);
    int h = Math.max(32, (int) Math.round(page.height * scale / 32) * 32);
    float sx = (float) page.width / w;
    float sy = (float) page.height / h;
    float[] data = new float[3 * w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float v = page.sample((x + 0.5f) * sx - 0.5f, (y + 0.5f) * sy - 0.5f) / 255f;
        for (int c = 0; c < 3; c++) {
          data[c * w * h + y * w + x] = (v - MEAN[c]) / STD[c];
        }
      }
    }
    float[] prob;
    OrtSession det = models.detector;
    try (OnnxTensor in = OnnxTensor.createTensor(models.env, FloatBuffer.wrap(data), new long[] {1, 3, h, w});
        OrtSession.Result out = det.run(Map.of(det.getInputNames().iterator().next(), in), models.shrinking)) {
      FloatBuffer buffer = ((OnnxTensor) out.get(0)).getFloatBuffer();
      prob = new float[buffer.remaining()];
      buffer.get(prob);
    }
    return withFragmentsJoined(boxes(prob, w, h, sx, sy, page.width, page.height));
  }

  /**
   * Boxes with the pieces the network split off them joined back: a thin character (the strokes
   * of 一 or 二 before 、) is at times found as a sliver of its own beside the rest of its line,
   * and read alone, is lost. A box less than half as tall as the line it stands within, touching
   * or nearly touching a taller box there, becomes part of that box.
   */
  static List<Box> withFragmentsJoined(List<Box> boxes) {
    List<Box> out = new ArrayList<>(boxes);
    for (int i = 0; i < out.size(); i++) {
      Budget.check();
      Box sliver = out.get(i);
      for (int j = 0; j < out.size(); j++) {
        Box line = out.get(j);
        boolean within = sliver.y0() >= line.y0() && sliver.y1() <= line.y1();
        int gap = Math.max(sliver.x0() - line.x1(), line.x0() - sliver.x1());
        if (j != i && within && sliver.height() * 2 < line.height() && gap < line.height() / 2) {
          out.set(j, new Box(Math.min(line.x0(), sliver.x0()), line.y0(), Math.max(line.x1(), sliver.x1()), line.y1(),
              Math.min(line.coreX0(), sliver.coreX0()), line.coreY0(), Math.max(line.coreX1(), sliver.coreX1()), line.coreY1()));
          out.remove(i--);
          break;
        }
      }
    }
    return out;
  }

  private static List<Box> boxes(float[] prob, int w, int h, float sx, float sy, int width, int height) {
    boolean[] seen = new boolean[w * h];
    int[] queue = new int[w * h];
    List<Box> out = new ArrayList<>();
    for (int start = 0; start < w * h; start++) {
      if (seen[start] || prob[start] < PIXEL_THRESHOLD) {
        continue;
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = start;
      seen[start] = true;
      int x0 = w;
      int y0 = h;
      int x1 = -1;
      int y1 = -1;
      double sum = 0;
      while (head < tail) {
        int p = queue[head++];
        int x = p % w;
        int y = p / w;
        sum += prob[p];
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
        tail = x > 0 ? visit(prob, seen, queue, tail, p - 1) : tail;
        tail = x + 1 < w ? visit(prob, seen, queue, tail, p + 1) : tail;
        tail = y > 0 ? visit(prob, seen, queue, tail, p - w) : tail;
        tail = y + 1 < h ? visit(prob, seen, queue, tail, p + w) : tail;
      }
      int bw = x1 - x0 + 1;
      int bh = y1 - y0 + 1;
      if (sum / tail < BOX_THRESHOLD || bh < 2 || bw < 2) {
        continue;
      }
      out.add(grownBack(new Box(x0, y0, x1, y1), sx, sy, width, height));
    }
    out.sort(Comparator.comparingInt(Box::y0).thenComparingInt(Box::x0));
    return out;
  }

  /** Queues pixel {@code q} when it is text and not yet seen; the queue's new length. */
  private static int visit(float[] prob, boolean[] seen, int[] queue, int tail, int q) {
    if (seen[q] || prob[q] < PIXEL_THRESHOLD) {
      return tail;
    }
    seen[q] = true;
    queue[tail] = q;
    return tail + 1;
  }

  /**
   * A core the network marked, in its input's pixels, as a box in the picture's: the network marks
   * a shrunk core of each text, grown back by area × ratio / perimeter.
   */
  private static Box grownBack(Box core, float sx, float sy, int width, int height) {
    int bw = core.width();
    int bh = core.height();
    double d = bw * bh * UNCLIP / (2.0 * (bw + bh));
    return new Box(
        clamp((int) Math.floor((core.x0() - d) * sx), width),
        clamp((int) Math.floor((core.y0() - d) * sy), height),
        clamp((int) Math.ceil((core.x1() + 1 + d) * sx) - 1, width),
        clamp((int) Math.ceil((core.y1() + 1 + d) * sy) - 1, height),
        clamp((int) Math.floor(core.x0() * sx), width),
        clamp((int) Math.floor(core.y0() * sy), height),
        clamp((int) Math.ceil((core.x1() + 1) * sx) - 1, width),
        clamp((int) Math.ceil((core.y1() + 1) * sy) - 1, height));
  }

  private static int clamp(int v, int size) {
    return Math.max(0, Math.min(size - 1, v));
  }
}
