package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ hold together: every link between them (and to files of the repository, and
 * to a heading of a page) leads somewhere, every picture in docs/images/ is shown and small, the
 * README stays short and is written for its readers in Chinese, and the licence is there.
 */
class DocsLinksTest {
  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");

  @Test
  void everyLinkOfTheReadmeAndTheDocsResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    Set<Path> shown = new HashSet<>();
    int links = 0;
    for (Path page : pages()) {
      Matcher m = LINK.matcher(withoutCode(Files.readString(page, StandardCharsets.UTF_8)));
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("[a-z]+:.*")) {
          continue;
        }
        links++;
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        Path to = file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file).normalize();
        if (!Files.exists(to)) {
          broken.add(page + ": " + target);
          continue;
        }
        shown.add(to.toAbsolutePath().normalize());
        if (target.contains("#") && !anchors(to).contains(target.substring(target.indexOf('#') + 1))) {
          broken.add(page + ": " + target + " (no such heading)");
        }
      }
    }
    assertEquals(List.of(), broken);
    assertTrue(links > 40, "links followed: " + links);
    try (Stream<Path> pictures = Files.list(Path.of("docs/images"))) {
      for (Path p : pictures.toList()) {
        assertTrue(shown.contains(p.toAbsolutePath().normalize()), p + " is shown by no page");
        assertTrue(Files.size(p) < 250_000, p + " is small");
      }
    }
  }

  @Test
  void theReadmeIsShortChineseAndShowsWhatYouGet() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.lines().count() <= 150, "README lines: " + readme.lines().count());
    String prose = withoutCode(readme).replaceAll("\\]\\([^)]*\\)", "]").replaceAll("`[^`]*`", "");
    long han = prose.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    long words = Pattern.compile("[A-Za-z]{2,}").matcher(prose).results().count();
    assertTrue(han > 3 * words, "Chinese characters " + han + " against English words " + words);
    assertTrue(readme.contains("![") && readme.contains("docs/images/page.png"), "pictures of the workbooks and of the page");
    assertTrue(readme.contains("Java 17") && readme.contains("mvn -B verify"), "how to run it and how to test it");
    assertTrue(Files.readString(Path.of("LICENSE"), StandardCharsets.UTF_8).contains("Apache License") && Files.exists(Path.of("CHANGELOG.md")));
  }

  private static List<Path> pages() throws IOException {
    List<Path> out = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CHANGELOG.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
    }
    return out;
  }

  /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
  private static Set<String> anchors(Path page) throws IOException {
    Set<String> out = new TreeSet<>();
    if (!page.toString().endsWith(".md")) {
      return out;
    }
    Matcher m = HEADING.matcher(withoutCode(Files.readString(page, StandardCharsets.UTF_8)));
    while (m.find()) {
      out.add(m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
    }
    return out;
  }

  private static String withoutCode(String markdown) {
    return markdown.replaceAll("(?s)```.*?```", "");
  }
}
