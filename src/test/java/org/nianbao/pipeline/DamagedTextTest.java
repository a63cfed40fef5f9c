package org.nianbao.pipeline;

import org.nianbao.model.Outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Flag;
import org.nianbao.model.Report;

/**
 * A text report with a damaged byte, or cut in the middle of its last character, is read in its
 * charset: the damaged line is named in a flag ({@code text.damaged_bytes}), every value reads as in
 * the whole file or is flagged; more damage, damage in a page, and binary data are not read past.
 */
class DamagedTextTest {
  private static final Pipeline PIPELINE = Pipeline.standard(false, (s, m) -> { });
  private static final Path HAINING = Path.of("test-data/reports/haining-2020.txt");

  @Test
  void aDamagedByteInUtf8LosesOnlyItsLine() throws Exception {
    byte[] whole = Files.readAllBytes(HAINING);
    int line = lineOf(whole, "行政许可");
    byte[] damaged = whole.clone();
    // The second byte of the line's first Chinese character: a sequence that decodes in no way.
    damaged[offsetOf(whole, "行政许可") + 1] = (byte) 0x41;
    assertReadWithLineFlagged(whole, damaged, line);
  }

  @Test
  void aDamagedByteInGbkLosesOnlyItsLine() throws Exception {
    Charset gbk = Charset.forName("GB18030");
    byte[] whole = Files.readString(HAINING).getBytes(gbk);
    int at = Files.readString(HAINING).indexOf("行政许可");
    byte[] damaged = whole.clone();
    damaged[Files.readString(HAINING).substring(0, at).getBytes(gbk).length + 1] = (byte) 0x7F;
    assertReadWithLineFlagged(whole, damaged, lineOf(Files.readAllBytes(HAINING), "行政许可"));
  }

  @Test
  void aLastCharacterCutInHalfIsRead() throws Exception {
    for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
      String text = Files.readString(HAINING).stripTrailing() + "\n附件。";
      byte[] whole = text.getBytes(cs);
      byte[] cut = Arrays.copyOf(whole, whole.length - 1);
      assertReadWithLineFlagged(whole, cut, (int) text.lines().count());
    }
  }

  @Test
  void aNulIsDamageNotBinaryData() throws Exception {
    byte[] whole = Files.readAllBytes(HAINING);
    byte[] damaged = whole.clone();
    damaged[offsetOf(whole, "行政许可")] = 0;
    assertReadWithLineFlagged(whole, damaged, lineOf(whole, "行政许可"));
  }

  @Test
  void moreDamageThanAByteOrTwoIsNotReadPast() throws Exception {
    byte[] damaged = Files.readAllBytes(HAINING);
    int at = offsetOf(damaged, "行政许可");
    for (int k = 0; k < 3; k++) {
      damaged[at + 1 + 3 * k] = (byte) 0x41;
    }
    Outcome o = PIPELINE.run("damaged.txt", damaged);
    assertTrue(o.report().isEmpty() || o.report().get().flags().stream().noneMatch(f -> f.code().equals("text.damaged_bytes")), o.toString());
  }

  @Test
  void aPageIsNotReadPastADamagedByte() throws Exception {
    // In markup a damaged byte can be a lost <, merging cells without a trace.
    byte[] page = Files.readAllBytes(Path.of("test-data/wild/transition-2021.html"));
    byte[] damaged = page.clone();
    damaged[new String(page, StandardCharsets.UTF_8).indexOf("<td>") + 1] = (byte) 0xFF;
    Outcome o = PIPELINE.run("damaged.html", damaged);
    assertTrue(o.report().isEmpty() || o.report().get().flags().stream().noneMatch(f -> f.code().equals("text.damaged_bytes")), o.toString());
  }

  @Test
  void binaryDataIsStillRefused() {
    byte[] b = new byte[4000];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i * 37 + i / 7);
    }
    assertEquals("error.binary", PIPELINE.run("b.bin", b).error().orElseThrow().code());
  }

  /** Read as a report; the flag names the line; every value is as in the whole file or flagged. */
  private static void assertReadWithLineFlagged(byte[] whole, byte[] damaged, int line) {
    Report good = PIPELINE.run("whole.txt", whole).report().orElseThrow();
    Report r = PIPELINE.run("damaged.txt", damaged).report().orElseThrow(() -> new AssertionError(PIPELINE.run("damaged.txt", damaged).error()));
    List<Flag> notes = r.flags().stream().filter(f -> f.code().equals("text.damaged_bytes")).toList();
    assertEquals(1, notes.size(), r.flags().toString());
    assertTrue(notes.get(0).reason().zh().startsWith("第" + line + "行有损坏的字节"), notes.get(0).reason().zh());
    Set<String> flagged = r.flags().stream().map(Flag::field).collect(Collectors.toSet());
    good.values().forEach((field, v) -> {
      if (!flagged.contains(field)) {
        assertEquals(v.number(), r.values().get(field).number(), field);
      }
    });
  }

  private static int offsetOf(byte[] bytes, String text) {
    return new String(bytes, StandardCharsets.UTF_8).substring(0, new String(bytes, StandardCharsets.UTF_8).indexOf(text)).getBytes(StandardCharsets.UTF_8).length;
  }

  private static int lineOf(byte[] bytes, String text) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    return (int) s.substring(0, s.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
  }
}
