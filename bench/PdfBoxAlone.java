import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDFBox alone, without nianbao: loads a PDF from memory and takes its text sorted by position (as
 * nianbao's reader asks PDFBox to), over and over, and prints documents a second; the ceiling any
 * reader built on PDFBox's text stripper has. With {@code --once} it reads the file once and exits,
 * for timing a fresh JVM from outside.
 *
 * <p>Usage: {@code java -cp target/nianbao.jar bench/PdfBoxAlone.java [--once] FILE.pdf} (three
 * rounds of 6 s; the first warms up).
 */
public class PdfBoxAlone {
  public static void main(String[] arguments) throws Exception {
    List<String> args = List.of(arguments);
    boolean once = args.contains("--once");
    byte[] bytes = Files.readAllBytes(Path.of(args.get(args.size() - 1)));
    if (once) {
      System.out.println(text(bytes).length());
      return;
    }
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      long until = start + 6_000_000_000L;
      long n = 0;
      long chars = 0;
      while (System.nanoTime() < until) {
        chars += text(bytes).length();
        n++;
      }
      System.out.printf("round %d: %.0f documents/s (%d characters each)%n", round + 1, n / ((System.nanoTime() - start) / 1e9), chars / n);
    }
  }

  private static String text(byte[] bytes) throws Exception {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(pdf);
    }
  }
}
