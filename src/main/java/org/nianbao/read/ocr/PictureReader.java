package org.nianbao.read.ocr;

import ai.onnxruntime.OrtException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.nianbao.document.Block;
import org.nianbao.document.Picture;
import org.nianbao.document.Pixels;
import org.nianbao.document.UnreadablePicture;
import org.nianbao.message.Message;
import org.nianbao.read.Budget;
import org.nianbao.read.layout.Glyph;
import org.nianbao.read.layout.PageLayout;
import org.nianbao.read.layout.Segment;

/**
 * Reads pictures as pages, offline: a scan is turned straight, its ruling lines found and painted
 * over, its text found and recognised (PP-OCRv4 through ONNX Runtime), and the characters and lines
 * laid out by {@link PageLayout} as every PDF page is, so a table in a picture becomes a grid that
 * the table readers read like any other. Every position read so says it came from a picture and how
 * sure its reading is. Ink where no text was recognised (a faint digit) is kept as an unreadable
 * character, so its cell is never taken for blank. Thread-safe.
 */
public final class PictureReader {
  /** Pictures larger than this (either side) are scaled down first: enough for text, bounded in time. */
  private static final int MAX_SIDE = 3500;
  /** Pictures smaller than this (longer side) are scaled up: a screenshot's small text reads better. */
  private static final int MIN_SIDE = 1200;
  /** Size of text assumed, in points, to give the layout its usual measures. */
  private static final float TEXT_POINTS = 10.5f;
  /** Ink no text was found in counts if it stands at least this share of a line of text high. */
  private static final double INK_HEIGHT = 0.4;

  private final BiConsumer<String, Message> progress;

  /** @param progress told, with the input's name, when each picture starts being read (it takes seconds) */
  public PictureReader(BiConsumer<String, Message> progress) {
    this.progress = progress;
  }

  /**
   * The blocks read from a run of pictures that stand together in a document (the pages of a scan):
   * laid out as consecutive pages, so a table continued on the next picture is one table. A
   * picture with no pixels at hand, or that cannot be read, or in which no text is found, stays a
   * picture, with a note saying why. The pictures are read side by side, one a core (each page on
   * one thread: on two cores that took half the time, where the network's own threads saved less).
   */
  public List<Block> read(String source, List<Picture> run, List<Message> notes) {
    List<Reading> readings = readAll(source, run);
    List<Block> out = new ArrayList<>();
    PageLayout layout = new PageLayout(notes);
    int pages = 0;
    for (int i = 0; i < run.size(); i++) {
      Picture p = run.get(i);
      Reading r = readings.get(i);
      if (r.note() != null) {
        notes.add(r.note());
      }
      if (r.page() == null || r.page().glyphs().isEmpty()) {
        if (pages > 0) {
          out.addAll(layout.blocks());
          layout = new PageLayout(notes);
          pages = 0;
        }
        out.add(p);
        continue;
      }
      pages++;
      PageLayout.Page page = r.page();
      layout.page(page.numbered(pages));
    }
    out.addAll(layout.blocks());
    return out;
  }

  /** What reading one picture gave: a page, or a note saying why there is none (or neither: no pixels at hand). */
  private record Reading(PageLayout.Page page, Message note) {}

  private List<Reading> readAll(String source, List<Picture> run) {
    int threads = (int) Math.min(Runtime.getRuntime().availableProcessors(), run.stream().filter(Picture::hasPixels).count());
    if (threads <= 1) {
      return run.stream().map(p -> reading(source, p)).toList();
    }
    // The pages' threads spend from the input's budget, as its own thread does.
    ExecutorService pool = Executors.newFixedThreadPool(threads, Budget.sharing("nianbao-ocr"));
    try {
      List<Future<Reading>> futures = new ArrayList<>();
      for (Picture p : run) {
        futures.add(pool.submit(() -> reading(source, p)));
      }
      List<Reading> out = new ArrayList<>();
      for (Future<Reading> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading pictures", e);
    } catch (ExecutionException e) {
      // reading() catches what a picture can throw; an error (the input over its budget) goes on up, anything else is a defect of ours.
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Reading reading(String source, Picture p) {
    if (!p.hasPixels()) {
      return new Reading(null, null);
    }
    // Seconds a page: the input's time grows by a page's share, up to as many pictures as a report has.
    Budget.picture();
    progress.accept(source, Message.of("progress.ocr", p.describe()));
    try {
      Pixels.Decoded pixels = p.pixels().load();
      PageLayout.Page page = page(pixels.image(), 1, p.pos().path(), pixels.damaged());
      return new Reading(page, pixels.damaged() ? Message.of("read.picture_damaged", p.describe()) : null);
    } catch (UnreadablePicture e) {
      return new Reading(null, Message.of("read.picture_unread", p.describe(), e.reason()));
    } catch (IOException | OrtException | RuntimeException e) {
      return new Reading(null, Message.of("read.picture_unread", p.describe(), Message.of("picture.failed")));
    }
  }

  /**
   * One picture as a page of characters and ruling lines, at {@code path}; a {@code damaged}
   * picture's figures are left unread, as a damaged page's are.
   */
  private static PageLayout.Page page(BufferedImage image, int number, String path, boolean damaged) throws IOException, OrtException {
    Images.check(image.getWidth(), image.getHeight());
    Raster r = Raster.of(image);
    int longer = Math.max(r.width, r.height);
    if (longer > MAX_SIDE) {
      r = r.scaled((double) MAX_SIDE / longer);
    } else if (longer < MIN_SIDE) {
      r = r.scaled(Math.min(3.0, (double) MIN_SIDE / longer));
    }
    double skew = Skew.of(r);
    if (Math.abs(skew) > Skew.NEGLIGIBLE) {
      r = r.rotated(-skew);
    }
    int ink = r.inkLevel();
    int lineLevel = r.lineLevel(ink);
    // Asked for only now: the first pages are made ready while the models load.
    Models models = Models.get();
    List<TextDetector.Box> found = TextDetector.find(models, r);
    float lineHeight = medianHeight(found);
    List<Segment> rules = Rules.withoutStrokes(Rules.find(r, lineLevel, lineHeight), found, lineHeight);
    Raster clean = Rules.erased(r, rules, lineLevel);
    List<TextDetector.Box> boxes = split(found, rules);
    List<List<TextRecogniser.Char>> texts = TextRecogniser.read(models, clean, ink, boxes);
    float scale = TEXT_POINTS * 1.3f / lineHeight;
    List<Glyph> glyphs = glyphs(boxes, texts, scale, clean, ink, lineHeight * INK_HEIGHT);
    glyphs.addAll(Ink.unread(clean, ink, boxes, rules, lineHeight * INK_HEIGHT, scale, lines(boxes).length + 1));
    List<Segment> scaled = rules.stream().map(s -> new Segment(s.horizontal(), s.at() * scale, s.from() * scale, s.to() * scale)).toList();
    // Read upright, as a picture is: no frame to carry boxes between.
    return new PageLayout.Page(number, path, glyphs, scaled, List.of(), damaged, true, 0, 0, 0);
  }

  /** A box that runs across a column border holds the text of two cells: cut at the border. */
  private static List<TextDetector.Box> split(List<TextDetector.Box> boxes, List<Segment> rules) {
    List<TextDetector.Box> out = new ArrayList<>();
    for (TextDetector.Box b : boxes) {
      List<Integer> cuts = new ArrayList<>();
      for (Segment s : rules) {
        int x = Math.round(s.at());
        if (!s.horizontal() && x > b.x0() + 3 && x < b.x1() - 3 && s.from() <= b.y0() + b.height() / 2f && s.to() >= b.y0() + b.height() / 2f) {
          cuts.add(x);
        }
      }
      cuts.sort(null);
      int from = b.x0();
      for (int x : cuts) {
        if (x - 1 - from >= 2) {
          out.add(b.between(from, x - 1));
        }
        from = x + 1;
      }
      if (b.x1() - from >= 2) {
        out.add(b.between(from, b.x1()));
      }
    }
    return out;
  }

  private static float medianHeight(List<TextDetector.Box> boxes) {
    if (boxes.isEmpty()) {
      return 30;
    }
    int[] heights = boxes.stream().mapToInt(TextDetector.Box::height).sorted().toArray();
    return Math.max(8, heights[heights.length / 2]);
  }

  /**
   * The least blank beside a digit, as a share of the text's height, that is a space: a space
   * between numbers measured 1.2–1.5 heights in scans at 150–300 dpi; the blank beside a narrow
   * digit (1 in 1520) up to 0.8.
   */
  private static final float SPACE = 1.0f;

  /**
   * The recognised characters as glyphs. A box's characters touch (the network places them only
   * roughly), so no gap inside a box is read as a space or a cell break, except where the picture
   * shows one beside a digit; a space the network read stays a gap.
   */
  private static List<Glyph> glyphs(List<TextDetector.Box> boxes, List<List<TextRecogniser.Char>> texts, float scale, Raster clean, int ink, double minInk) {
    int[] line = lines(boxes);
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      TextDetector.Box b = boxes.get(i);
      List<TextRecogniser.Char> chars = texts.get(i);
      float size = b.height() * scale * 0.8f;
      if (chars.stream().allMatch(c -> c.text().isBlank())) {
        if (!Ink.holds(clean, ink, b, minInk)) {
          continue;
        }
        // Ink was found here but nothing read in it: never a blank cell.
        out.add(new Glyph("\uFFFD", b.x0() * scale, (b.x1() + 1) * scale, b.y0() * scale, (b.y1() + 1) * scale, size, line[i], 0f, 0));
        continue;
      }
      float[] edges = edges(b, chars, clean, ink);
      for (int k = 0; k < chars.size(); k++) {
        TextRecogniser.Char c = chars.get(k);
        if (c.text().isBlank()) {
          continue;
        }
        float left = k == 0 ? b.x0() : blank(chars, k - 1) ? c.x0() : edges[2 * k - 1];
        float right = k == chars.size() - 1 ? b.x1() + 1 : blank(chars, k + 1) ? c.x1() : edges[2 * k];
        out.add(new Glyph(c.text(), left * scale, right * scale, b.y0() * scale, (b.y1() + 1) * scale, size, line[i], c.confidence(), 0));
      }
    }
    return out;
  }

  /**
   * Where each pair of neighbouring characters meet: {right of k, left of k+1} at 2k and 2k+1.
   * Characters touch, except beside a digit where the picture shows a space (a blank run at least
   * {@link #SPACE} of the text's height): numbers printed apart (4 2 31) stay apart as they do in
   * a text copy. Words are never parted so (a bracket's own blank is not a space), nor a number
   * at its decimal point.
   */
  private static float[] edges(TextDetector.Box b, List<TextRecogniser.Char> chars, Raster clean, int ink) {
    float[] edges = new float[Math.max(0, 2 * chars.size() - 1)];
    float minBlank = SPACE * (b.coreY1() - b.coreY0() + 1);
    for (int k = 0; k + 1 < chars.size(); k++) {
      TextRecogniser.Char c = chars.get(k);
      TextRecogniser.Char next = chars.get(k + 1);
      float mid = (c.x1() + next.x0()) / 2;
      edges[2 * k] = mid;
      edges[2 * k + 1] = mid;
      if (!numeric(c.text()) && !numeric(next.text()) || point(c.text()) || point(next.text())) {
        continue;
      }
      int[] run = Ink.widestBlank(clean, ink, b, Math.round((c.x0() + c.x1()) / 2), Math.round((next.x0() + next.x1()) / 2));
      if (run != null && run[1] - run[0] >= minBlank) {
        edges[2 * k] = run[0];
        edges[2 * k + 1] = run[1];
      }
    }
    return edges;
  }

  /** A decimal point sits low between digits, above a blank its own column does not fill. */
  private static boolean point(String text) {
    return text.equals(".") || text.equals("．") || text.equals("。");
  }

  private static boolean numeric(String text) {
    return !text.isEmpty() && Character.isDigit(text.charAt(0));
  }

  private static boolean blank(List<TextRecogniser.Char> chars, int k) {
    return chars.get(k).text().isBlank();
  }

  /** Boxes on one visual line (they overlap by half their height) share a line number. */
  static int[] lines(List<TextDetector.Box> boxes) {
    Integer[] order = new Integer[boxes.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Float.compare(centre(boxes.get(a)), centre(boxes.get(b))));
    int[] line = new int[boxes.size()];
    int number = -1;
    float top = -1;
    float bottom = -1;
    for (int i : order) {
      TextDetector.Box b = boxes.get(i);
      float overlap = Math.min(bottom, b.y1()) - Math.max(top, b.y0());
      if (number < 0 || overlap < Math.min(bottom - top, b.height()) / 2f) {
        number++;
        top = b.y0();
        bottom = b.y1();
      } else {
        top = Math.min(top, b.y0());
        bottom = Math.max(bottom, b.y1());
      }
      line[i] = number;
    }
    return line;
  }

  private static float centre(TextDetector.Box b) {
    return (b.y0() + b.y1()) / 2f;
  }
}
