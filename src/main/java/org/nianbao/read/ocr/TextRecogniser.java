package org.nianbao.read.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.read.Budget;

/**
 * What a box of text says: PP-OCR's recogniser reads the box scaled to 48 pixels high as a
 * sequence of steps, each a probability over its 6,623 characters and a blank (CTC); the best of
 * each step, repeats and blanks dropped, is the text. Each character keeps where it stood (the
 * steps it spans) and how sure the network was of it.
 *
 * <p>The network's time grows with the width it is given. A long line of prose is given smaller
 * (its text about two thirds of the height, with a margin of the picture above and below): scanned
 * pages of prose took a fifth less time, their characters read as well (99.4 % against 99.5 %). A
 * line in which that finds a digit is read again at full size, so numbers are always read at full size.
 */
final class TextRecogniser {
  private static final int HEIGHT = 48;
  /** Each step of the network's output covers this many pixels of its input. */
  private static final int STEP = 8;
  private static final int MAX_WIDTH = 3200;
  /**
   * Crops narrower than this are padded to it (with the network's zero, as PaddleOCR pads): a
   * lone character read unpadded was at times not read at all (总 in a narrow header cell). The
   * width PaddleOCR pads to, 320, read the fixtures' pictures the same but took half as long
   * again on pages of small table cells; 128 left headers unread.
   */
  private static final int MIN_INPUT = 192;

  /** A box at least this many of its heights long is a line of prose, read small. */
  private static final int PROSE = 12;
  /** The rows of the network's height a line of prose is given. */
  private static final int PROSE_BAND = 34;
  /** The picture kept above and below a line of prose, as a share of its box's height. */
  private static final float PROSE_MARGIN = 0.15f;

  /**
   * A box as the network is given it: the picture's rows {@code top} to {@code bottom} scaled into
   * {@code band} rows centred in the network's height, paper above and below.
   */
  private record Crop(TextDetector.Box box, float top, float bottom, int band) {
    static Crop full(TextDetector.Box box) {
      return new Crop(box, box.y0(), box.y1() + 1, HEIGHT);
    }

    static Crop small(TextDetector.Box box) {
      float margin = box.height() * PROSE_MARGIN;
      return new Crop(box, box.y0() - margin, box.y1() + 1 + margin, PROSE_BAND);
    }

    /** The box's width once scaled to the network's rows. */
    int width() {
      int w = (int) Math.ceil(band * box.width() / (bottom - top));
      return Math.max(STEP * 2, Math.min(MAX_WIDTH, w));
    }
  }

  /** One character read: its text, its left and right edge in the picture's pixels, and how sure. */
  record Char(String text, float x0, float x1, float confidence) {}

  private TextRecogniser() {}

  /**
   * The longest piece of a line read at once, in text heights. The network's attention grows with
   * the square of a line's length: a page of prose read in pieces of about this many characters
   * took a third of the time, its characters the same.
   */
  private static final int PIECE = 16;

  /**
   * The characters of each box, in the boxes' order. A long line is read in pieces cut where a
   * column of the picture holds no ink (between characters), so no character is cut in two.
   */
  static List<List<Char>> read(Models models, Raster page, int ink, List<TextDetector.Box> boxes) throws OrtException {
    List<List<Char>> out = new ArrayList<>(boxes.size());
    for (TextDetector.Box box : boxes) {
      Budget.check();
      List<TextDetector.Box> pieces = pieces(page, ink, box);
      List<Char> chars = new ArrayList<>();
      if (box.width() >= PROSE * box.height()) {
        for (TextDetector.Box piece : pieces) {
          chars.addAll(read(models, page, Crop.small(piece)));
        }
      }
      if (chars.isEmpty() || chars.stream().anyMatch(c -> isDigit(c.text()))) {
        // A line with a number is read at full size, the number and its label alike: small, two
        // equal digits side by side can run together, and a thin 一 or 二 before a label be lost.
        chars.clear();
        for (TextDetector.Box piece : pieces) {
          chars.addAll(read(models, page, Crop.full(piece)));
        }
      }
      out.add(chars);
    }
    return out;
  }

  private static List<TextDetector.Box> pieces(Raster page, int ink, TextDetector.Box b) {
    int longest = PIECE * b.height();
    List<TextDetector.Box> out = new ArrayList<>();
    int from = b.x0();
    while (b.x1() - from > longest * 3 / 2) {
      int cut = Ink.blankNear(page, ink, b, from + longest, longest / 3);
      if (cut < 0) {
        break;
      }
      out.add(b.between(from, cut));
      from = cut;
    }
    out.add(from == b.x0() ? b : b.between(from, b.x1()));
    return out;
  }

  /**
   * One crop read by the network. Crops are read one at a time: on a CPU that was faster than in
   * batches padded to the widest (a page of prose in a fifth less time).
   */
  private static List<Char> read(Models models, Raster page, Crop crop) throws OrtException {
    int width = crop.width();
    int wide = Math.max(width, MIN_INPUT);
    float[] data = new float[3 * HEIGHT * wide];
    fill(data, wide, page, crop);
    OrtSession rec = models.recogniser;
    try (OnnxTensor in = OnnxTensor.createTensor(models.env, FloatBuffer.wrap(data), new long[] {1, 3, HEIGHT, wide});
        OrtSession.Result result = rec.run(Map.of(rec.getInputNames().iterator().next(), in), models.shrinking)) {
      OnnxTensor probs = (OnnxTensor) result.get(0);
      long[] shape = probs.getInfo().getShape();
      FloatBuffer buffer = probs.getFloatBuffer();
      float[] all = new float[buffer.remaining()];
      buffer.get(all);
      return decode(all, (int) shape[1], (int) shape[2], width, crop.box(), models);
    }
  }

  private static void fill(float[] data, int wide, Raster page, Crop crop) {
    TextDetector.Box box = crop.box();
    int w = crop.width();
    float sx = (float) box.width() / w;
    float sy = (crop.bottom() - crop.top()) / crop.band();
    int above = (HEIGHT - crop.band()) / 2;
    int plane = HEIGHT * wide;
    for (int y = 0; y < HEIGHT; y++) {
      int row = y - above;
      for (int x = 0; x < wide; x++) {
        // Paper (white) above and below a small crop, as the page around the text is; the
        // network's zero (mid grey) after it, as PaddleOCR pads.
        float v = x >= w ? 0f : row < 0 || row >= crop.band() ? 1f
            : (page.sample(box.x0() + (x + 0.5f) * sx - 0.5f, crop.top() + (row + 0.5f) * sy - 0.5f) / 255f - 0.5f) / 0.5f;
        data[y * wide + x] = v;
        data[plane + y * wide + x] = v;
        data[2 * plane + y * wide + x] = v;
      }
    }
  }

  /** A character as first read: its class, the steps it spans, and the step it was surest at. */
  private record Read(int cls, int from, int to, int best, float p) {}

  /**
   * Letters a digit is misread as in print (0 as O, 1 as l): in a number — a run of digits and such
   * letters holding a digit, or a box holding nothing else — they are the digit, as sure as the
   * network was of the digit and its look-alikes together.
   */
  private static final Map<String, String> LOOK_ALIKES = Map.of("0", "Oo〇θΘ○◯⓪①④", "1", "lI|", "2", "Zz", "5", "Ss", "8", "B");

  private static List<Char> decode(float[] probs, int steps, int classes, int width, TextDetector.Box box, Models models) {
    List<Read> reads = greedy(probs, Math.min(steps, (width + STEP - 1) / STEP), classes, models);
    float scale = (float) box.width() / width;
    List<Char> out = new ArrayList<>(reads.size());
    boolean[] numeric = numeric(reads, models);
    for (int i = 0; i < reads.size(); i++) {
      Read r = reads.get(i);
      String text = models.characters.get(r.cls());
      float sure = r.p();
      String digit = !numeric[i] ? null : isDigit(text) ? text : digitFor(text);
      if (digit != null) {
        int base = r.best() * classes;
        sure = probs[base + models.classes.get(digit)];
        for (int k = 0; k < LOOK_ALIKES.getOrDefault(digit, "").length(); k++) {
          Integer c = models.classes.get(String.valueOf(LOOK_ALIKES.getOrDefault(digit, "").charAt(k)));
          sure += c == null ? 0 : probs[base + c];
        }
        text = digit;
      }
      out.add(new Char(text, box.x0() + r.from() * STEP * scale, box.x0() + r.to() * STEP * scale, Math.min(1f, sure)));
    }
    return out;
  }

  /**
   * CTC's greedy reading of the network's first {@code used} steps: each run of one class other
   * than the blank is a character, taken at the step where the network was surest of it.
   */
  private static List<Read> greedy(float[] probs, int used, int classes, Models models) {
    List<Read> reads = new ArrayList<>();
    int last = 0;
    int runStart = 0;
    int runBest = 0;
    float runP = 0;
    for (int t = 0; t <= used; t++) {
      int best = 0;
      float p = 0;
      if (t < used) {
        int base = t * classes;
        for (int k = 0; k < classes; k++) {
          float v = probs[base + k];
          if (v > p) {
            p = v;
            best = k;
          }
        }
      }
      if (best != last || t == used) {
        if (last != 0 && last < models.characters.size()) {
          reads.add(new Read(last, runStart, t, runBest, runP));
        }
        runStart = t;
        runBest = t;
        runP = p;
      } else if (p > runP) {
        runP = p;
        runBest = t;
      }
      last = best;
    }
    return reads;
  }

  /** Which characters stand in a number: runs of digits and look-alikes that hold a digit, or are all the box holds. */
  private static boolean[] numeric(List<Read> reads, Models models) {
    boolean[] out = new boolean[reads.size()];
    int i = 0;
    while (i < reads.size()) {
      int j = i;
      boolean digit = false;
      while (j < reads.size() && (isDigit(models.characters.get(reads.get(j).cls())) || digitFor(models.characters.get(reads.get(j).cls())) != null)) {
        digit |= isDigit(models.characters.get(reads.get(j).cls()));
        j++;
      }
      boolean whole = i == 0 && j == reads.size() && j > i;
      for (int k = i; k < j; k++) {
        out[k] = digit || whole;
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  private static boolean isDigit(String s) {
    return s.length() == 1 && s.charAt(0) >= '0' && s.charAt(0) <= '9';
  }

  /** The digit a look-alike letter stands for, or null. */
  private static String digitFor(String s) {
    if (s.length() != 1) {
      return null;
    }
    for (Map.Entry<String, String> e : LOOK_ALIKES.entrySet()) {
      if (e.getValue().indexOf(s.charAt(0)) >= 0) {
        return e.getKey();
      }
    }
    return null;
  }
}
