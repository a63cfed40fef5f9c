package org.nianbao.read.ocr;

import java.util.Random;

/**
 * How far a scanned page is turned: the angle at which its ink lines up best in rows (text lines and
 * table borders), found by shearing the ink and measuring how sharply its row counts peak.
 */
final class Skew {
  /** Pages are fed into scanners nearly straight; beyond this the angle found is noise. */
  private static final double MAX_DEGREES = 3;
  /** Below this no turning back is worth the blur it costs. */
  static final double NEGLIGIBLE = 0.08;
  private static final int WORK_WIDTH = 1000;
  private static final int MAX_POINTS = 200_000;
  private static final long SAMPLING_SEED = 20_261_208L;

  private Skew() {}

  /** The angle in degrees (positive: the content runs down to the right) the picture's rows are turned by. */
  static double of(Raster page) {
    Raster small = page.width > WORK_WIDTH ? page.scaled((double) WORK_WIDTH / page.width) : page;
    int ink = small.inkLevel();
    int[] xs = new int[MAX_POINTS];
    int[] ys = new int[MAX_POINTS];
    int n = 0;
    int stride = 1;
    long dark = 0;
    for (byte b : small.grey) {
      dark += (b & 255) < ink ? 1 : 0;
    }
    if (dark > MAX_POINTS) {
      stride = (int) (dark / MAX_POINTS + 1);
    }
    // Every stride-th dark pixel taken in row order would lay a large dark area (a scanner's black
    // border, a picture's band decoded grey) out as a lattice of slanted rows, which scores as a
    // turn the page does not have: the pixels are taken at random instead, the same on every run.
    Random pick = new Random(SAMPLING_SEED);
    for (int y = 0; y < small.height && n < MAX_POINTS; y++) {
      for (int x = 0; x < small.width && n < MAX_POINTS; x++) {
        if (small.at(x, y) < ink && (stride == 1 || pick.nextInt(stride) == 0)) {
          xs[n] = x;
          ys[n] = y;
          n++;
        }
      }
    }
    if (n < 100) {
      return 0;
    }
    double best = 0;
    double bestScore = score(xs, ys, n, small.height, 0);
    for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.1) {
      double s = score(xs, ys, n, small.height, a);
      if (s > bestScore) {
        bestScore = s;
        best = a;
      }
    }
    double coarse = best;
    for (double a = coarse - 0.1; a <= coarse + 0.1 + 1e-9; a += 0.02) {
      double s = score(xs, ys, n, small.height, a);
      if (s > bestScore) {
        bestScore = s;
        best = a;
      }
    }
    return best;
  }

  /** How sharply the ink's row counts peak once the rows are sheared back by {@code degrees}. */
  private static double score(int[] xs, int[] ys, int n, int height, double degrees) {
    double t = Math.tan(Math.toRadians(degrees));
    int margin = (int) Math.ceil(Math.abs(t) * WORK_WIDTH) + 2;
    long[] rows = new long[height + 2 * margin];
    for (int i = 0; i < n; i++) {
      int r = (int) Math.round(ys[i] - xs[i] * t) + margin;
      if (r >= 0 && r < rows.length) {
        rows[r]++;
      }
    }
    double sum = 0;
    for (long c : rows) {
      sum += (double) c * c;
    }
    return sum;
  }
}
