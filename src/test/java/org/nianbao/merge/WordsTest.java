package org.nianbao.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.message.Messages;

/** Every word the comparison workbook writes is in the catalogue, in both languages. */
class WordsTest {
  private static final Pattern CALL = Pattern.compile("Words\\.(?:of|list)\\(");
  private static final Pattern LITERAL = Pattern.compile("\"([a-z_]+(?:\\.[a-z_0-9]+)*)\"");

  @Test
  void everyCodeTheMergeUsesIsInTheCatalogue() throws IOException {
    TreeSet<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/org/nianbao/merge"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        Matcher call = CALL.matcher(text);
        while (call.find()) {
          Matcher literal = LITERAL.matcher(arguments(text, call.end()));
          while (literal.find()) {
            codes.add("merge." + literal.group(1));
          }
        }
      }
    }
    assertTrue(codes.size() > 80, "codes found: " + codes.size());
    assertEquals(List.of(), codes.stream().filter(c -> !Messages.ZH.has(c) || !Messages.EN.has(c)).toList());
    // And no row of the merge's is left over.
    List<String> rows = Files.readAllLines(Path.of("templates/messages.tsv"), StandardCharsets.UTF_8).stream().map(l -> l.split("\t")[0]).filter(c -> c.startsWith("merge."))
        .toList();
    assertEquals(List.of(), rows.stream().filter(c -> !codes.contains(c)).toList());
  }

  /** The text of a call's arguments, from {@code from} (after its opening parenthesis) to the one that closes it. */
  private static String arguments(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
      if (depth == 0) {
        return text.substring(from, i);
      }
    }
    return text.substring(from);
  }
}
