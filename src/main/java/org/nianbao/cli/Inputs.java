package org.nianbao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the inputs given on the command line: files as given, folders walked in name order for
 * the files that can be reports (web pages, text, Word, PDF, or no extension), skipping answers,
 * notes and archives kept beside them.
 */
final class Inputs {
  private static final Set<String> REPORT_EXTENSIONS =
      Set.of("txt", "text", "htm", "html", "shtml", "xhtml", "jsp", "asp", "aspx", "php", "doc", "docx", "pdf");

  private Inputs() {}

  /** The files a quoted glob names ({@code 'reports/2021/*.html'}), walked from its fixed prefix. */
  private static List<Path> glob(String pattern) {
    String fixed = pattern.substring(0, pattern.replaceAll("[*?\\[{].*$", "").length());
    Path base = Path.of(fixed.contains("/") ? fixed.substring(0, fixed.lastIndexOf('/') + 1) : ".");
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    try (Stream<Path> walk = Files.walk(base)) {
      return walk.filter(Files::isRegularFile).filter(f -> m.matches(base.equals(Path.of(".")) ? base.relativize(f) : f)).sorted().toList();
    } catch (IOException e) {
      return List.of(Path.of(pattern));
    }
  }

  static boolean mayBeReport(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return !name.startsWith(".") && (dot < 0 || REPORT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  static List<Path> expand(List<Path> given) {
    List<Path> out = new ArrayList<>();
    for (Path p : given) {
      if (!Files.exists(p) && (p.toString().contains("*") || p.toString().contains("?"))) {
        out.addAll(glob(p.toString()));
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(Inputs::mayBeReport).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
