package org.nianbao.read.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.nianbao.pipeline.Pipeline;

/**
 * PDFBox's text stripper alone, nianbao's page walk (text, ruling lines, fills and images in one pass,
 * no layout) and the whole pipeline, on the same PDF in one JVM, taking turns: the floor a reader on
 * PDFBox stands on. It reads package-private classes, so it is compiled beside the jar:
 * {@code javac -cp target/nianbao.jar -d /tmp/pdf-floor bench/pdf-floor/org/nianbao/read/pdf/PdfFloor.java &&
 * java -Xss4m -cp /tmp/pdf-floor:target/nianbao.jar org.nianbao.read.pdf.PdfFloor FILE.pdf...}
 */
public class PdfFloor {
  private static final String[] NAMES = {"PDFBox stripper", "page walk", "whole pipeline"};

  public static void main(String[] files) throws Exception {
    Pipeline pipeline = Pipeline.standard();
    for (String f : files) {
      byte[] bytes = Files.readAllBytes(Path.of(f));
      double[] best = new double[3];
      // Six rounds of 2 s each way, taking turns; the first two warm up.
      for (int round = 0; round < 6; round++) {
        for (int way = 0; way < 3; way++) {
          double rate = rate(way, f, bytes, pipeline);
          if (round >= 2) {
            best[way] = Math.max(best[way], rate);
          }
        }
      }
      System.out.printf("%s: %s %.0f/s, %s %.0f/s (%.2fx), %s %.0f/s (%.2fx)%n", Path.of(f).getFileName(),
          NAMES[0], best[0], NAMES[1], best[1], best[0] / best[1], NAMES[2], best[2], best[0] / best[2]);
    }
  }

  /** Documents a second read one way for 2 s. */
  private static double rate(int way, String name, byte[] bytes, Pipeline pipeline) throws Exception {
    long start = System.nanoTime();
    long end = start + 2_000_000_000L;
    int n = 0;
    while (System.nanoTime() < end) {
      if (way == 2) {
        pipeline.run(name, bytes);
      } else {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
          if (way == 0) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.getText(pdf);
          } else {
            DocumentFonts.keep(pdf);
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
              PageGlyphs.of(pdf, p);
            }
          }
        }
      }
      n++;
    }
    return n / ((System.nanoTime() - start) / 1e9);
  }
}
