package org.nianbao.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Outcome;
import org.nianbao.pipeline.Pipeline;

/**
 * Pictures that are damaged, enormous or hostile, given as files and inside a PDF: each is read
 * (or refused) within a time bound and without running out of memory, with one plain line naming
 * the file, never a crash. {@code -Dfuzz.pictureCases=N} damaged copies (default 24) besides the
 * hostile ones.
 */
class PictureFuzzTest {
  /** A picture is read in seconds; a hostile one must not take much longer. */
  private static final long BOUND_SECONDS = 60;
  private static final Pipeline PIPELINE = Pipeline.standard();

  @Test
  void damagedHugeAndHostilePicturesGiveOneLineNeverACrash() throws Exception {
    Map<String, byte[]> cases = new LinkedHashMap<>(hostile());
    BufferedImage page = ImageIO.read(Path.of("test-data/scans/shaoxing-office-2020.page5.png").toFile());
    BufferedImage part = page.getSubimage(0, 0, page.getWidth(), page.getHeight() / 3);
    byte[] png = encode(part, "png");
    byte[] jpeg = encode(part, "jpeg");
    byte[] scan = Files.readAllBytes(Path.of("test-data/scans/rows-on-one-line-utf16.scan.pdf"));
    Random rnd = new Random(Long.getLong("fuzz.seed", 20_261_201L));
    int n = Integer.getInteger("fuzz.pictureCases", 24);
    for (int i = 0; i < n; i++) {
      byte[] seed = i % 3 == 0 ? png : i % 3 == 1 ? jpeg : scan;
      String kind = seed == png ? "png" : seed == jpeg ? "jpeg" : "scan.pdf";
      if (rnd.nextBoolean()) {
        int cut = 8 + rnd.nextInt(seed.length - 8);
        cases.put("cut-" + i + "." + kind, Arrays.copyOf(seed, cut));
      } else {
        byte[] b = seed.clone();
        for (int k = rnd.nextInt(40) + 1; k > 0; k--) {
          b[8 + rnd.nextInt(b.length - 8)] = (byte) rnd.nextInt(256);
        }
        cases.put("bytes-" + i + "." + kind, b);
      }
    }

    List<String> problems = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Map<String, Future<Outcome>> running = new LinkedHashMap<>();
      cases.forEach((name, bytes) -> running.put(name, pool.submit(() -> PIPELINE.run(name, bytes))));
      for (Map.Entry<String, Future<Outcome>> e : running.entrySet()) {
        Outcome o;
        try {
          o = e.getValue().get(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException t) {
          problems.add(e.getKey() + ": over " + BOUND_SECONDS + " s");
          continue;
        }
        o.cause().ifPresent(t -> problems.add(e.getKey() + ": internal error " + t));
        o.error().ifPresent(m -> {
          String line = m.zh();
          if (line.isBlank() || line.contains("\n") || line.contains("Exception") || line.contains("\tat ")) {
            problems.add(e.getKey() + ": not one plain line: " + line);
          }
        });
        assertTrue(o.report().isPresent() || o.error().isPresent(), e.getKey() + " gave neither a report nor a reason");
        System.out.println("  " + e.getKey() + ": " + o.error().map(m -> m.zh()).orElse("read"));
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf("picture fuzz: %d cases, %d problems%n", cases.size(), problems.size());
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** A 1×100000 strip, a PNG whose header claims 60000×60000, a real 20000×20000 PNG of 400 MB unpacked, and a PDF page drawing that. */
  private static Map<String, byte[]> hostile() throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put("strip.png", encode(new BufferedImage(1, 100_000, BufferedImage.TYPE_BYTE_GRAY), "png"));
    byte[] small = encode(new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY), "png");
    out.put("header-60000.png", withSize(small, 60_000, 60_000));
    byte[] zeros = deflatedZeros(20_000, 20_000);
    out.put("bomb.png", png(20_000, 20_000, zeros));
    out.put("bomb.pdf", pdfDrawing(20_000, 20_000, zeros));
    out.put("empty.png", new byte[0]);
    out.put("only-signature.png", Arrays.copyOf(small, 8));
    return out;
  }

  private static byte[] encode(BufferedImage img, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }

  /** The picture's rows, each a filter byte and its grey pixels, all zero, compressed as PNG and PDF store them. */
  private static byte[] deflatedZeros(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] row = new byte[width + 1];
    try (OutputStream z = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
      for (int y = 0; y < height; y++) {
        z.write(row);
      }
    }
    return out.toByteArray();
  }

  private static byte[] png(int width, int height, byte[] idat) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).array());
    chunk(out, "IDAT", idat);
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
    out.write(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    out.write(t);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** A PNG whose header says another size (its checksum made right, so only the size is wrong). */
  private static byte[] withSize(byte[] png, int width, int height) {
    byte[] b = png.clone();
    ByteBuffer.wrap(b, 16, 8).putInt(width).putInt(height);
    CRC32 crc = new CRC32();
    crc.update(b, 12, 17);
    ByteBuffer.wrap(b, 29, 4).putInt((int) crc.getValue());
    return b;
  }

  /** A text-less PDF page drawing one grey picture of the given size (compressed rows without PNG's filter bytes are close enough to be read). */
  private static byte[] pdfDrawing(int width, int height, byte[] deflated) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDImageXObject image = new PDImageXObject(doc, new ByteArrayInputStream(deflated), COSName.FLATE_DECODE, width, height, 8, PDDeviceGray.INSTANCE);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
