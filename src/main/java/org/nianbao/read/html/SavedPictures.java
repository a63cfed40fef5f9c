package org.nianbao.read.html;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.nianbao.document.Pixels;
import org.nianbao.document.UnreadablePicture;
import org.nianbao.message.Message;
import org.nianbao.read.ocr.Images;

/**
 * The pictures (and other files, such as style sheets) of a web page saved with its files: a picture the page shows is looked for where
 * the page points (a relative path), in the folder browsers save a page's files to
 * ({@code 页面_files/}, {@code 页面.files/}), and beside the page; a picture written into the page
 * itself ({@code data:image/png;base64,…}) is decoded from it. Nothing is fetched from the network.
 */
final class SavedPictures {
  /** A picture file larger than this is no picture of a report page. */
  private static final long MAX_BYTES = 16L * 1024 * 1024;

  /** The page as named, then where a link to it leads: its files are saved beside the real page. */
  private final List<Path> pages;

  /** @param source the page's file name; pictures are looked for beside it if it is a file */
  SavedPictures(String source) {
    Path p = null;
    try {
      p = Path.of(source);
    } catch (InvalidPathException e) {
      // Not a file name: a page held in memory has no folder.
    }
    List<Path> found = new ArrayList<>();
    if (p != null && Files.isRegularFile(p)) {
      found.add(p.toAbsolutePath());
      try {
        Path real = p.toRealPath();
        if (!real.equals(found.get(0))) {
          found.add(real);
        }
      } catch (IOException e) {
        // The page as named is enough.
      }
    }
    this.pages = List.copyOf(found);
  }

  /** Where the pixels of the picture {@code src} are had, if the page holds them or was saved with them. */
  Optional<Pixels> pixels(String src) {
    String s = src.strip();
    if (s.regionMatches(true, 0, "data:image/", 0, 11) && s.contains(";base64,")) {
      String data = s.substring(s.indexOf(";base64,") + 8);
      return Optional.of(() -> {
        try {
          return Images.decode(Base64.getMimeDecoder().decode(data));
        } catch (IllegalArgumentException e) {
          throw new UnreadablePicture(Message.of("picture.damaged", "内嵌"));
        }
      });
    }
    return file(s).<Pixels>map(f -> () -> read(f));
  }

  /** The file the page saved for {@code src} (a picture, a style sheet), if it is there. */
  Optional<Path> file(String src) {
    String s = src.strip();
    if (s.isEmpty() || s.regionMatches(true, 0, "data:", 0, 5)) {
      return Optional.empty();
    }
    for (Path page : pages) {
      for (Path candidate : candidates(page, s)) {
        if (Files.isRegularFile(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static List<Path> candidates(Path page, String src) {
    String path = src.replaceAll("[?#].*$", "");
    try {
      path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // A stray % in the name: taken as written.
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    Path dir = page.getParent();
    String stem = page.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    List<Path> out = new ArrayList<>();
    try {
      if (!path.contains("://") && !path.startsWith("/") && !path.startsWith("\\\\")) {
        out.add(dir.resolve(path).normalize());
      }
      if (!name.isEmpty()) {
        out.add(dir.resolve(stem + "_files").resolve(name));
        out.add(dir.resolve(stem + ".files").resolve(name));
        out.add(dir.resolve(name));
      }
    } catch (InvalidPathException e) {
      // A name no file system allows: no such file.
    }
    return out;
  }

  private static Pixels.Decoded read(Path file) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      throw new UnreadablePicture(Message.of("picture.size_bytes", file.getFileName().toString()));
    }
    return Images.decode(Files.readAllBytes(file));
  }
}
