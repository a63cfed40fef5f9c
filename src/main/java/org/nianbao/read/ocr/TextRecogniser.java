package org.nianbao.read.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a box of text says: PP-OCR's recogniser reads the box scaled to 48 pixels high as a
 * sequence of steps, each a probability over its 6,623 characters and a blank (CTC); the best of
 * each step, repeats and blanks dropped, is the text. Each character keeps where it stood (the
 * steps it spans) and how sure the network was of it.
 */
final class TextRecogniser {
  private static final int HEIGHT = 48;
  /** Each step of the network's output covers this many pixels of its input. */
  private static final int STEP = 8;
  private static final int MAX_WIDTH = 3200;
  private static final int BATCH = 8;

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
    List<TextDetector.Box> pieces = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      for (TextDetector.Box piece : pieces(page, ink, boxes.get(i))) {
        pieces.add(piece);
        owners.add(i);
      }
    }
    List<List<Char>> read = readWhole(models, page, pieces);
    List<List<Char>> out = new ArrayList<>(boxes.size());
    for (int i = 0; i < boxes.size(); i++) {
      out.add(new ArrayList<>());
    }
    for (int k = 0; k < pieces.size(); k++) {
      out.get(owners.get(k)).addAll(read.get(k));
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

  private static List<List<Char>> readWhole(Models models, Raster page, List<TextDetector.Box> boxes) throws OrtException {
    List<List<Char>> out = new ArrayList<>(boxes.size());
    for (int i = 0; i < boxes.size(); i++) {
      out.add(List.of());
    }
    // Boxes of like widths are read together: the batch is padded to its widest.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> width(boxes.get(i))));
    for (int from = 0; from < order.size(); from += BATCH) {
      List<Integer> batch = order.subList(from, Math.min(order.size(), from + BATCH));
      int wide = batch.stream().mapToInt(i -> width(boxes.get(i))).max().orElse(STEP);
      float[] data = new float[batch.size() * 3 * HEIGHT * wide];
      for (int b = 0; b < batch.size(); b++) {
        fill(data, b * 3 * HEIGHT * wide, wide, page, boxes.get(batch.get(b)));
      }
      OrtSession rec = models.recogniser;
      try (OnnxTensor in = OnnxTensor.createTensor(models.env, FloatBuffer.wrap(data), new long[] {batch.size(), 3, HEIGHT, wide});
          OrtSession.Result result = rec.run(Map.of(rec.getInputNames().iterator().next(), in))) {
        OnnxTensor probs = (OnnxTensor) result.get(0);
        long[] shape = probs.getInfo().getShape();
        int steps = (int) shape[1];
        int classes = (int) shape[2];
        FloatBuffer all = probs.getFloatBuffer();
        for (int b = 0; b < batch.size(); b++) {
          TextDetector.Box box = boxes.get(batch.get(b));
          out.set(batch.get(b), decode(all, b * steps * classes, steps, classes, width(box), box, models));
        }
      }
    }
    return out;
  }

  /** The box's width once scaled to the network's height. */
  private static int width(TextDetector.Box box) {
    int w = (int) Math.ceil((double) HEIGHT * box.width() / box.height());
    return Math.max(STEP * 2, Math.min(MAX_WIDTH, w));
  }

  private static void fill(float[] data, int offset, int wide, Raster page, TextDetector.Box box) {
    int w = width(box);
    float sx = (float) box.width() / w;
    float sy = (float) box.height() / HEIGHT;
    int plane = HEIGHT * wide;
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < wide; x++) {
        // Padding is the network's zero: mid grey, as PaddleOCR pads.
        float v = x < w ? (page.sample(box.x0() + (x + 0.5f) * sx - 0.5f, box.y0() + (y + 0.5f) * sy - 0.5f) / 255f - 0.5f) / 0.5f : 0f;
        data[offset + y * wide + x] = v;
        data[offset + plane + y * wide + x] = v;
        data[offset + 2 * plane + y * wide + x] = v;
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

  private static List<Char> decode(FloatBuffer probs, int offset, int steps, int classes, int width, TextDetector.Box box, Models models) {
    int used = Math.min(steps, (width + STEP - 1) / STEP);
    List<Read> reads = new ArrayList<>();
    int last = 0;
    int runStart = 0;
    int runBest = 0;
    float runP = 0;
    for (int t = 0; t <= used; t++) {
      int best = 0;
      float p = 0;
      if (t < used) {
        int base = offset + t * classes;
        for (int k = 0; k < classes; k++) {
          float v = probs.get(base + k);
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
    float scale = (float) box.width() / width;
    List<Char> out = new ArrayList<>(reads.size());
    boolean[] numeric = numeric(reads, models);
    for (int i = 0; i < reads.size(); i++) {
      Read r = reads.get(i);
      String text = models.characters.get(r.cls());
      float sure = r.p();
      String digit = !numeric[i] ? null : isDigit(text) ? text : digitFor(text);
      if (digit != null) {
        int base = offset + r.best() * classes;
        sure = probs.get(base + models.classes.get(digit));
        for (int k = 0; k < LOOK_ALIKES.getOrDefault(digit, "").length(); k++) {
          Integer c = models.classes.get(String.valueOf(LOOK_ALIKES.getOrDefault(digit, "").charAt(k)));
          sure += c == null ? 0 : probs.get(base + c);
        }
        text = digit;
      }
      out.add(new Char(text, box.x0() + r.from() * STEP * scale, box.x0() + r.to() * STEP * scale, Math.min(1f, sure)));
    }
    return out;
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
