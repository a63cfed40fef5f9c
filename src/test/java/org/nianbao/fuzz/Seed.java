package org.nianbao.fuzz;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.nianbao.model.Report;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;

/**
 * A fixture report the fuzzer mutates: its bytes, the charset and byte-order mark it was written
 * in (so a mutated copy is written back the same way), its lines, and what nianbao reads from the
 * untouched copy, which is the hand-checked answer (the golden test holds it to that) where it
 * read the cell, and the hand-checked answer itself ({@code gold}) where it left the cell unread
 * (a picture's cell read unsure): a damaged copy may read it right.
 */
record Seed(String name, byte[] bytes, Charset charset, byte[] bom, List<String> lines, Report baseline, Map<String, String> gold) {
  /** What a cell reads as, for comparing two readings: the number without trailing zeros, or "" for a blank or a mark. */
  static Optional<String> reading(Value v) {
    if (v == null || v.kind() == ValueKind.UNREAD) {
      return Optional.empty();
    }
    return Optional.of(v.kind() == ValueKind.NUMBER ? plain(v.number()) : "");
  }

  /** Whether the seed is a Word or PDF file, whose bytes have no lines to edit. */
  boolean binary() {
    return startsWith("%PDF") || startsWith("PK") || (bytes.length > 1 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF);
  }

  private boolean startsWith(String magic) {
    byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
    return bytes.length >= m.length && Arrays.equals(Arrays.copyOf(bytes, m.length), m);
  }

  static String plain(BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }

  static Seed load(Path file, Function<byte[], Report> read) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Charset cs;
    byte[] bom = new byte[0];
    if (bytes.length > 1 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      bom = Arrays.copyOf(bytes, 2);
    } else if (bytes.length > 1 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      bom = Arrays.copyOf(bytes, 2);
    } else if (bytes.length > 2 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      cs = StandardCharsets.UTF_8;
      bom = Arrays.copyOf(bytes, 3);
    } else {
      cs = isUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
    }
    String text = new String(bytes, bom.length, bytes.length - bom.length, cs);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    return new Seed(file.toString(), bytes, cs, bom, List.copyOf(lines), read.apply(bytes), gold(Path.of(file + ".gold.json")));
  }

  /** The hand-checked answer's numbers by field, as {@link #reading} gives them; empty without one. */
  private static Map<String, String> gold(Path file) throws IOException {
    Map<String, String> out = new java.util.HashMap<>();
    if (Files.exists(file)) {
      new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()).path("values").fields().forEachRemaining(e -> {
        if (e.getValue().isNumber()) {
          out.put(e.getKey(), plain(e.getValue().decimalValue()));
        }
      });
    }
    return Map.copyOf(out);
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The lines written back in this seed's charset, with its byte-order mark. */
  byte[] encode(List<String> lines, Charset cs, byte[] bom) {
    byte[] body = String.join("\n", lines).getBytes(cs);
    byte[] out = Arrays.copyOf(bom, bom.length + body.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  byte[] encode(List<String> lines) {
    return encode(lines, charset, bom);
  }

  /** What nianbao reads from the untouched copy, field by field. */
  Map<String, Value> values() {
    return baseline.values();
  }
}
