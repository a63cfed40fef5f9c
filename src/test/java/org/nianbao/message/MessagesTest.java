package org.nianbao.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue holds every message the code says, in both languages, with the same arguments. */
class MessagesTest {
  private static final Pattern CODE = Pattern.compile("Message\\.of\\(\\s*\"([a-z_]+(?:\\.[a-z_0-9]+)+)\"");
  private static final Pattern ARG = Pattern.compile("\\{(\\d)}");

  @Test
  void everyCodeInTheSourcesIsInTheCatalogue() throws IOException {
    TreeSet<String> codes = new TreeSet<>(List.of("error.docx", "error.doc", "error.pdf"));
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = CODE.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    assertTrue(codes.size() > 80, "codes found: " + codes.size());
    List<String> missing = codes.stream().filter(c -> !Messages.ZH.has(c) || !Messages.EN.has(c)).toList();
    assertEquals(List.of(), missing);
  }

  @Test
  void bothLanguagesTakeTheSameArguments() throws IOException {
    List<String> differ = new ArrayList<>();
    List<String> lines = Files.readAllLines(Path.of("templates/messages.tsv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      assertEquals(3, cells.length, line);
      if (!args(cells[1]).equals(args(cells[2]))) {
        differ.add(cells[0]);
      }
      assertTrue(cells[1].codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) || cells[1].matches("[{}\\d =≠:：\\-> ]*"),
          "the Chinese text of " + cells[0] + " is Chinese");
    }
    assertEquals(List.of(), differ);
  }

  @Test
  void rendersArgumentsMessagesAndListsInTheirLanguage() {
    Message m = Message.of("report.table_as_image", "表三", List.of("biao3.jpg", Message.of("picture.more", 2)));
    assertEquals("表三不在正文中，似以图片发布（biao3.jpg、另有2幅），请查看原文", m.zh());
    assertEquals("表三 is not in the text; it seems to be published as an image (biao3.jpg, and 2 more): read it from the original", Messages.of(Locale.ENGLISH).render(m));
    assertEquals(Messages.ZH, Messages.of(Locale.TRADITIONAL_CHINESE));
  }

  private static TreeSet<String> args(String template) {
    TreeSet<String> out = new TreeSet<>();
    Matcher m = ARG.matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
