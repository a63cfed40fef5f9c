package org.nianbao.read.ofd;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.nianbao.document.Document;
import org.nianbao.document.Picture;
import org.nianbao.document.Pixels;
import org.nianbao.document.SourcePos;
import org.nianbao.document.UnreadablePicture;
import org.nianbao.message.Message;
import org.nianbao.read.ReportReader;
import org.nianbao.read.Source;
import org.nianbao.read.ReadException;
import org.nianbao.read.layout.Glyph;
import org.nianbao.read.layout.PageLayout;
import org.nianbao.read.ocr.Images;
import org.ofdrw.core.basicStructure.res.CT_MultiMedia;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.PageInfo;
import org.ofdrw.reader.tools.ImageUtils;

/**
 * Reads OFD reports (GB/T 33190, the fixed-layout form of e-government documents) with ofdrw: each
 * page's characters, ruling lines and images are laid out by the same {@link PageLayout} as a PDF's
 * (ruled tables as grids, the rest as lines), and pictures go to the same recognition. A page with
 * no text that shows one image is a scan, read as a whole page.
 */
public final class OfdReportReader implements ReportReader {
  /** Annual reports run to a few dozen pages. */
  static final int MAX_PAGES = 500;
  /** Objects on one page beyond which the rest are not looked at: a report's page draws some thousands. */
  static final int MAX_OBJECTS = 200_000;
  /** Images smaller than this (points, either side) are logos, seals or bullets. */
  private static final float MIN_PICTURE = 40f;

  @Override
  public Document read(Source input) throws ReadException {
    String source = input.name();
    Path folder;
    try {
      folder = Files.createTempDirectory("nianbao-ofd-");
    } catch (IOException e) {
      throw new ReadException(Message.of("error.cannot_read", String.valueOf(e.getMessage())));
    }
    try {
      OfdPackage.unpack(input.bytes(), folder);
      // The reader deletes nothing it did not unpack: the folder is ours and removed below.
      try (OFDReader ofd = new OFDReader(folder.toString(), false)) {
        return read(source, ofd);
      }
    } catch (ReadException e) {
      throw e;
    } catch (IOException | RuntimeException | LinkageError e) {
      throw ReadException.because("OFD", e instanceof Exception x ? x : new IllegalStateException(e.toString()));
    } finally {
      delete(folder);
    }
  }

  private static Document read(String source, OFDReader ofd) throws ReadException, IOException {
    int pages = ofd.getNumberOfPages();
    if (pages > MAX_PAGES) {
      throw new ReadException(Message.of("error.ofd_pages", pages, MAX_PAGES));
    }
    if (pages == 0) {
      throw new ReadException(Message.of("error.ofd", "0"));
    }
    List<Message> notes = new ArrayList<>();
    PageLayout layout = new PageLayout(notes);
    for (int p = 1; p <= pages; p++) {
      PageInfo info = ofd.getPageInfo(p);
      OfdPage page = OfdPage.of(info.getOrderRelatedPageList(), MAX_OBJECTS);
      if (page.cut()) {
        notes.add(Message.of("read.ofd.objects_cut", p, MAX_OBJECTS));
      }
      page(ofd, page, p, layout);
    }
    return new Document(source, layout.blocks(), notes);
  }

  private static void page(OFDReader ofd, OfdPage page, int p, PageLayout layout) throws IOException {
    String path = "page[" + p + "]";
    List<Glyph> glyphs = page.glyphs();
    List<OfdPage.Image> big = page.images().stream()
        .filter(i -> i.box()[2] - i.box()[0] >= MIN_PICTURE && i.box()[3] - i.box()[1] >= MIN_PICTURE)
        .sorted(Comparator.comparingDouble(i -> i.box()[1]))
        .toList();
    if (glyphs.isEmpty() && big.size() == 1) {
      layout.picture(p, new Picture("", new SourcePos(0, path), true, pixels(ofd, big.get(0))));
      return;
    }
    List<PageLayout.Placed> pictures = new ArrayList<>();
    for (OfdPage.Image i : big) {
      Picture picture = new Picture(name(ofd, i), new SourcePos(0, path + "/image[" + (pictures.size() + 1) + "]"), false, pixels(ofd, i));
      pictures.add(new PageLayout.Placed(picture, i.box()[0], i.box()[1], i.box()[2], i.box()[3]));
    }
    layout.page(new PageLayout.Page(p, path, glyphs, page.segments(), pictures, false, false, 0, 0, 0));
  }

  private static CT_MultiMedia media(OFDReader ofd, OfdPage.Image i) {
    return ofd.getResMgt().getMultiMedia(i.object().getResourceID().toString());
  }

  private static String name(OFDReader ofd, OfdPage.Image i) {
    CT_MultiMedia m = media(ofd, i);
    return m == null || m.getMediaFile() == null ? "" : m.getMediaFile().getFileName();
  }

  /**
   * Where an image's pixels are had: its bytes are taken now (the unpacked package is gone once the
   * file is read) and decoded only when the picture is read; null when the package lacks them.
   */
  private static Pixels pixels(OFDReader ofd, OfdPage.Image i) throws IOException {
    String id = i.object().getResourceID().toString();
    byte[] bytes;
    try {
      bytes = ofd.getResMgt().getImageByteArray(id);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    if (bytes == null) {
      return null;
    }
    String file = name(ofd, i).toLowerCase(Locale.ROOT);
    if (file.endsWith(".jb2") || file.endsWith(".gbig2")) {
      // JBIG2, the scanners' bilevel form, which ImageIO knows only through the library's decoder.
      return () -> Pixels.Decoded.whole(jbig2(bytes));
    }
    return () -> Images.decode(bytes);
  }

  private static BufferedImage jbig2(byte[] bytes) throws IOException {
    BufferedImage image;
    try {
      image = ImageUtils.readJB2(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new UnreadablePicture(Message.of("picture.damaged", "JBIG2"));
    }
    if (image == null) {
      throw new UnreadablePicture(Message.of("picture.damaged", "JBIG2"));
    }
    Images.check(image.getWidth(), image.getHeight());
    return image;
  }

  private static void delete(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // The system's temporary folder is cleaned by the system in the end.
    }
  }
}
