package org.nianbao.message;

import org.nianbao.DocsInStepTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every flag code of the catalogue has a kind in templates/flags.tsv (需核对 or 说明), and the file
 * lists no code the catalogue lacks: a flag added later must be classed before it ships. At run time
 * a code the file does not list counts as needing review.
 */
class FlagKindTest {
  /** The flag codes of the catalogue, as docs/json.md lists them (DocsInStepTest's rule, without the errors). */
  static TreeSet<String> flagCodes() throws IOException {
    TreeSet<String> out = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("templates/messages.tsv"), StandardCharsets.UTF_8)) {
      String code = line.split("\t")[0];
      if (DocsInStepTest.catalogued(code) && !code.startsWith("error.")) {
        out.add(code);
      }
    }
    return out;
  }

  @Test
  void everyFlagCodeOfTheCatalogueHasAKindAndNoOtherCodeDoes() throws IOException {
    TreeSet<String> listed = new TreeSet<>();
    List<String> lines = Files.readAllLines(Path.of("templates/flags.tsv"), StandardCharsets.UTF_8);
    assertEquals("code\tkind\twhy", lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      assertEquals(3, cells.length, line);
      assertTrue(cells[1].equals("review") || cells[1].equals("note"), "the kind of " + cells[0] + " is review or note: " + cells[1]);
      assertTrue(listed.add(cells[0]), cells[0] + " is listed once");
    }
    TreeSet<String> codes = flagCodes();
    assertTrue(codes.size() >= 50, "flag codes: " + codes.size());
    TreeSet<String> unlisted = new TreeSet<>(codes);
    unlisted.removeAll(listed);
    assertEquals(new TreeSet<>(), unlisted, "flag codes with no kind in templates/flags.tsv");
    TreeSet<String> stray = new TreeSet<>(listed);
    stray.removeAll(codes);
    assertEquals(new TreeSet<>(), stray, "codes in templates/flags.tsv that the catalogue does not hold");
    codes.forEach(c -> assertTrue(FlagKind.listed(c), c));
  }

  @Test
  void whatAPersonMustLookAtNeedsReviewAndInferencesTheChecksConfirmAreNotes() {
    for (String code : List.of("unread.ambiguous", "unread.ocr_uncertain", "cell.ocr_check_fails", "cell.row_guessed", "cell.header_guessed", "cell.cut_unbalanced",
        "cell.implausible", "report.table_as_image", "read.pdf.page_damaged")) {
      assertEquals(FlagKind.REVIEW, FlagKind.of(Message.of(code)), code);
    }
    for (String code : List.of("cell.placed.by_check", "cell.placed.by_pattern", "cell.split", "cell.note_mark", "report.sub_row", "report.table_words", "read.part")) {
      assertEquals(FlagKind.NOTE, FlagKind.of(Message.of(code)), code);
    }
    assertEquals("需核对", FlagKind.REVIEW.zh());
    assertEquals("说明", FlagKind.NOTE.zh());
  }

  @Test
  void aCodeNotListedNeedsReviewAndANoteCarryingADoubtDoesToo() {
    assertEquals(FlagKind.REVIEW, FlagKind.of(Message.of("cell.some_new_doubt")));
    assertEquals(FlagKind.NOTE, FlagKind.of(Message.of("read.in_part", "附件“a.html”", Message.of("read.charset.mismatch", "gb2312", "Big5"))));
    assertEquals(FlagKind.REVIEW, FlagKind.of(Message.of("read.in_part", "附件“a.html”", Message.of("read.pdf.page_damaged", 2, "x"))));
  }
}
