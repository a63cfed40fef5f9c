package org.nianbao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nianbao.Nianbao;
import org.nianbao.message.Message;

/**
 * Expands the inputs given on the command line: files as given, folders walked in name order for
 * the files that can be reports (web pages, text, Word, PDF, OFD, or no extension), quoted globs. A
 * folder that holds pictures only (the photographs or scans of one report's pages), given or met
 * while walking, is one input: its pictures are the report's pages. Other files met while walking
 * (pictures, spreadsheets, archives, nianbao's own answers) are skipped and counted; folders of
 * tools (.git, the build folder) and the folders browsers save a page's files to are never taken
 * as reports of their own. Links are followed.
 */
final class Inputs {
  private static final Set<String> PICTURE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff");

  /** Folders that hold tools' files, never reports: version control, build output, OS litter. */
  private static final Set<String> TOOL_FOLDERS = Set.of("target", "node_modules", "__MACOSX", "__pycache__");

  /** What the command line named: the files to read, the files skipped while walking, and inputs that named nothing. */
  record Expanded(List<Path> files, List<Path> skipped, List<Message> empty) {}

  private Inputs() {}

  static boolean mayBeReport(Path file) {
    return Nianbao.isReportName(file.getFileName().toString());
  }

  static Expanded expand(List<String> given) {
    List<Path> files = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    List<Message> empty = new ArrayList<>();
    for (String arg : given) {
      if (arg.isBlank()) {
        empty.add(Message.of("cli.empty_argument"));
        continue;
      }
      Path p = Path.of(arg);
      int before = files.size();
      if (!Files.exists(p) && (arg.contains("*") || arg.contains("?"))) {
        glob(arg, files, skipped);
        if (files.size() == before) {
          empty.add(Message.of("cli.glob_empty", arg));
        }
      } else if (Files.isDirectory(p) && (isPictureFolder(p) || isSavedPage(p))) {
        files.add(p);
      } else if (Files.isDirectory(p)) {
        walk(p, files, skipped);
        if (files.size() == before) {
          empty.add(Message.of("cli.folder_empty", arg));
        }
      } else {
        files.add(p);
      }
    }
    return new Expanded(files, skipped, empty);
  }

  /** The files a quoted glob names ({@code 'reports/2021/*.html'}), walked from its fixed prefix. */
  private static void glob(String pattern, List<Path> files, List<Path> skipped) {
    String fixed = pattern.substring(0, pattern.replaceAll("[*?\\[{].*$", "").length());
    Path base = Path.of(fixed.contains("/") ? fixed.substring(0, fixed.lastIndexOf('/') + 1) : ".");
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    List<Path> found = new ArrayList<>();
    List<Path> others = new ArrayList<>();
    walk(base, found, others);
    for (Path f : found) {
      if (m.matches(base.equals(Path.of(".")) ? base.relativize(f) : f)) {
        files.add(f);
      }
    }
    for (Path f : others) {
      if (m.matches(base.equals(Path.of(".")) ? base.relativize(f) : f)) {
        skipped.add(f);
      }
    }
  }

  private static void walk(Path root, List<Path> files, List<Path> skipped) {
    List<Path> found = new ArrayList<>();
    Path start = real(root);
    try {
      // Links are followed: a folder of links to reports is read like a folder of reports. A link to
      // a folder that holds this one (its parent, the disk's root) is not entered: it would walk
      // everything around the folder named.
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          if (d.equals(root)) {
            return FileVisitResult.CONTINUE;
          }
          String name = d.getFileName() == null ? "" : d.getFileName().toString();
          boolean tools = name.startsWith(".") || TOOL_FOLDERS.contains(name);
          boolean around = Files.isSymbolicLink(d) && start.startsWith(real(d));
          if (!tools && !around && isPictureFolder(d)) {
            found.add(d);
            return FileVisitResult.SKIP_SUBTREE;
          }
          return tools || around ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          // A link seen as a link leads nowhere: kept, so its reading fails with its name, not in silence.
          if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
            found.add(f);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort(null);
    for (Path f : found) {
      if (Files.isDirectory(f) || mayBeReport(f)) {
        files.add(f);
      } else if (!f.getFileName().toString().startsWith(".")) {
        skipped.add(f);
      }
    }
  }

  /**
   * Whether a folder is one report whose pages are pictures: it holds pictures and nothing else
   * (hidden files aside), and is not where a browser saved a page's files ({@code 页面_files},
   * {@code 页面.files}: their pictures belong to the page).
   */
  static boolean isPictureFolder(Path dir) {
    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
    if (name.endsWith("_files") || name.endsWith(".files")) {
      return false;
    }
    int pictures = 0;
    try (DirectoryStream<Path> in = Files.newDirectoryStream(dir)) {
      for (Path f : in) {
        String n = f.getFileName().toString();
        if (n.startsWith(".")) {
          continue;
        }
        int dot = n.lastIndexOf('.');
        if (!Files.isRegularFile(f) || dot < 0 || !PICTURE_EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT))) {
          return false;
        }
        pictures++;
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return pictures > 0;
  }

  /**
   * Whether a folder named as an input is one web page saved with what it needs ("save page,
   * complete", or nianbao fetch's folder of a report): one page at its top, beside it only files the
   * page links (its next pages, its attachments) or that are no report, and under it only the
   * page's own files folder. Answered as the folder, like a folder of page pictures.
   */
  static boolean isSavedPage(Path dir) {
    Path page = Nianbao.savedPage(dir).orElse(null);
    if (page == null) {
      return false;
    }
    List<Path> others = new ArrayList<>();
    try (DirectoryStream<Path> in = Files.newDirectoryStream(dir)) {
      for (Path f : in) {
        String n = f.getFileName().toString();
        if (n.startsWith(".") || f.equals(page)) {
          continue;
        }
        if (Files.isDirectory(f) && !n.endsWith("_files") && !n.endsWith(".files")) {
          return false;
        }
        if (!Files.isDirectory(f) && mayBeReport(f)) {
          others.add(f);
        }
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    Set<String> linked = Nianbao.namesLinked(page);
    return others.stream().allMatch(f -> {
      String n = f.getFileName().toString();
      int dot = n.lastIndexOf('.');
      return linked.contains(n) || dot > 0 && linked.contains(n.substring(0, dot));
    });
  }

  /** Where {@code path} really is, links resolved; as written when that cannot be found. */
  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
