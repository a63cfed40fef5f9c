package org.nianbao.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Placement;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;

/**
 * Makes one damaged copy of a seed report and says what a careful reader may take from it: for each
 * field the mutation touched, the readings that are right (a number changed in its cell is read as
 * the new number; a cell whose line was deleted may read as blank; a number with letters in it has
 * no right reading and must be left unread or flagged). Fields it did not touch keep the seed's reading.
 */
final class Mutator {
  enum Kind {
    DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, RANDOM_BYTES, TRUNCATE, CHANGE_NUMBER, HUGE_NUMBER,
    NEGATIVE_NUMBER, LETTERS_IN_NUMBER, ENORMOUS_TABLE, DEEP_NESTING, RECODE, HUGE_INPUT
  }

  /** One damaged copy: its bytes, and the readings that are right for the fields it touched. */
  record Case(int index, String seed, Kind kind, String what, byte[] bytes, Map<String, Set<String>> expected) {}

  static final int HUGE_INPUT_BYTES = 50 * 1024 * 1024;
  private static final Pattern PLAIN_INTEGER = Pattern.compile("\\d{1,6}");
  private static final Charset GB18030 = Charset.forName("GB18030");

  private final Seed seed;
  private final Random rnd;
  /** Line (1-based) to the fields whose values were read from it. */
  private final TreeMap<Integer, List<String>> fieldsByLine = new TreeMap<>();
  /** Fields whose value was read as printed from a cell holding only a plain integer, once on its line. */
  private final List<String> plainFields = new ArrayList<>();

  Mutator(Seed seed, Random rnd) {
    this.seed = seed;
    this.rnd = rnd;
    seed.values().forEach((field, v) -> {
      int line = v.source().pos().line();
      // A value read from another file of the report (a frame, a next page, an attachment) is on none of the seed's lines.
      if (line > 0 && v.kind() != ValueKind.UNREAD && !v.source().pos().path().startsWith("file[")) {
        fieldsByLine.computeIfAbsent(line, k -> new ArrayList<>()).add(field);
        if (isPlain(v, line)) {
          plainFields.add(field);
        }
      }
    });
  }

  private boolean isPlain(Value v, int line) {
    String snippet = v.source().snippet().strip();
    return v.placement() == Placement.READ && v.kind() == ValueKind.NUMBER && PLAIN_INTEGER.matcher(snippet).matches()
        && occurrences(seed.lines().get(line - 1), snippet) == 1;
  }

  private static Matcher number(String line, String digits) {
    return Pattern.compile("(?<![\\d.])" + digits + "(?![\\d.])").matcher(line);
  }

  private static int occurrences(String line, String digits) {
    Matcher m = number(line, digits);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  Case mutate(int index, Kind asked) {
    // A one-line page has no two lines to swap.
    Kind kind = asked == Kind.SWAP_LINES && seed.lines().size() < 2 ? Kind.DUPLICATE_LINE : asked;
    Map<String, Set<String>> expected = new HashMap<>();
    List<String> lines = new ArrayList<>(seed.lines());
    String what;
    byte[] bytes;
    switch (kind) {
      case DELETE_LINE -> {
        int i = pickLine();
        what = "line " + (i + 1) + " deleted";
        touch(expected, i + 1);
        lines.remove(i);
        bytes = seed.encode(lines);
      }
      case DUPLICATE_LINE -> {
        int i = pickLine();
        what = "line " + (i + 1) + " duplicated";
        touch(expected, i + 1);
        lines.add(i, lines.get(i));
        bytes = seed.encode(lines);
      }
      case SWAP_LINES -> {
        int i = Math.min(pickLine(), lines.size() - 2);
        what = "lines " + (i + 1) + " and " + (i + 2) + " swapped";
        swap(expected, i + 1, i + 2);
        String a = lines.get(i);
        lines.set(i, lines.get(i + 1));
        lines.set(i + 1, a);
        bytes = seed.encode(lines);
      }
      case RANDOM_BYTES -> {
        bytes = seed.bytes().clone();
        int n = 1 + rnd.nextInt(8);
        StringBuilder at = new StringBuilder();
        for (int k = 0; k < n; k++) {
          int pos = pickByte(bytes);
          if (isDigit(bytes[pos])) {
            continue;
          }
          byte b;
          do {
            b = (byte) rnd.nextInt(256);
          } while (isDigit(b));
          bytes[pos] = b;
          int line = lineOf(bytes, pos);
          touch(expected, line);
          touch(expected, line + 1);
          at.append(' ').append(pos);
        }
        what = "bytes replaced at" + at;
      }
      case TRUNCATE -> {
        int cut = rnd.nextInt(seed.bytes().length);
        bytes = Arrays.copyOf(seed.bytes(), cut);
        touch(expected, lineOf(seed.bytes(), Math.max(0, cut - 1)));
        what = "cut after byte " + cut;
      }
      case CHANGE_NUMBER, HUGE_NUMBER, NEGATIVE_NUMBER, LETTERS_IN_NUMBER -> {
        if (plainFields.isEmpty()) {
          return mutate(index, Kind.DELETE_LINE);
        }
        String field = plainFields.get(rnd.nextInt(plainFields.size()));
        Value v = seed.values().get(field);
        int line = v.source().pos().line();
        String old = v.source().snippet().strip();
        String now = replacement(kind, old);
        lines.set(line - 1, number(lines.get(line - 1), old).replaceFirst(now));
        expected.put(field, kind == Kind.LETTERS_IN_NUMBER ? Set.of() : Set.of(Seed.plain(new BigDecimal(now))));
        what = field + " on line " + line + ": " + old + " -> " + now;
        bytes = seed.encode(lines);
      }
      case ENORMOUS_TABLE -> {
        int from = fieldsByLine.isEmpty() ? 0 : fieldsByLine.firstKey() - 1;
        int to = fieldsByLine.isEmpty() ? lines.size() : fieldsByLine.lastKey();
        int copies = 10 + rnd.nextInt(50);
        List<String> block = new ArrayList<>(lines.subList(from, to));
        for (int k = 0; k < copies; k++) {
          lines.addAll(to, block);
        }
        what = "lines " + (from + 1) + "-" + to + " repeated " + copies + " times";
        bytes = seed.encode(lines);
      }
      case DEEP_NESTING -> {
        int depth = 100 + rnd.nextInt(5_000);
        String text = String.join("\n", lines);
        String open = "<div>".repeat(depth);
        String close = rnd.nextBoolean() ? "</div>".repeat(depth) : "";
        text = text.contains("<body") ? text.replaceFirst("(<body[^>]*>)", "$1" + open).replace("</body>", close + "</body>")
            : "<html><body>" + open + "<p>" + text.replace("\n", "</p>\n<p>") + "</p>" + close + "</body></html>";
        what = depth + " nested divs" + (close.isEmpty() ? ", never closed" : "");
        bytes = seed.encode(List.of(text));
      }
      case RECODE -> {
        int pick = rnd.nextInt(4);
        Charset cs = List.of(StandardCharsets.UTF_8, GB18030, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE).get(pick);
        byte[] bom = switch (pick) {
          case 2 -> new byte[] {(byte) 0xFF, (byte) 0xFE};
          case 3 -> new byte[] {(byte) 0xFE, (byte) 0xFF};
          default -> rnd.nextBoolean() && pick == 0 ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF} : new byte[0];
        };
        what = "written again in " + cs + (bom.length > 0 ? " with a byte-order mark" : "");
        bytes = seed.encode(lines, cs, bom);
      }
      case HUGE_INPUT -> {
        bytes = Arrays.copyOf(seed.bytes(), HUGE_INPUT_BYTES);
        Arrays.fill(bytes, seed.bytes().length, bytes.length, (byte) ' ');
        what = "padded to 50 MB";
      }
      default -> throw new IllegalArgumentException(kind.toString());
    }
    return new Case(index, seed.name(), kind, what, bytes, expected);
  }

  private String replacement(Kind kind, String old) {
    return switch (kind) {
      case CHANGE_NUMBER -> {
        String n;
        do {
          n = Integer.toString(rnd.nextInt(1000));
        } while (n.equals(old));
        yield n;
      }
      case HUGE_NUMBER -> new BigInteger(50 + rnd.nextInt(40), rnd).add(BigInteger.TEN.pow(15)).toString();
      case NEGATIVE_NUMBER -> "-" + old;
      default -> {
        int at = rnd.nextInt(old.length() + 1);
        char letter = (char) ((rnd.nextBoolean() ? 'a' : 'A') + rnd.nextInt(26));
        yield old.substring(0, at) + letter + old.substring(at);
      }
    };
  }

  /** Mostly a line a value was read from; sometimes any line. */
  private int pickLine() {
    if (!fieldsByLine.isEmpty() && rnd.nextInt(10) < 7) {
      List<Integer> valued = new ArrayList<>(fieldsByLine.keySet());
      return valued.get(rnd.nextInt(valued.size())) - 1;
    }
    return rnd.nextInt(seed.lines().size());
  }

  private int pickByte(byte[] bytes) {
    if (!fieldsByLine.isEmpty() && rnd.nextInt(10) < 7) {
      int from = offsetOfLine(bytes, fieldsByLine.firstKey());
      int to = offsetOfLine(bytes, fieldsByLine.lastKey() + 1);
      if (to > from) {
        return from + rnd.nextInt(to - from);
      }
    }
    return rnd.nextInt(bytes.length);
  }

  /** The readings the seed gives a touched line's fields, or blank (the cell is gone). */
  private void touch(Map<String, Set<String>> expected, int line) {
    for (String f : fieldsByLine.getOrDefault(line, List.of())) {
      Set<String> ok = new HashSet<>(expected.getOrDefault(f, Set.of()));
      Seed.reading(seed.values().get(f)).ifPresent(ok::add);
      ok.add("");
      expected.put(f, ok);
    }
  }

  /** Two lines each holding one plain value swap their values; otherwise both lines are touched. */
  private void swap(Map<String, Set<String>> expected, int a, int b) {
    List<String> fa = fieldsByLine.getOrDefault(a, List.of());
    List<String> fb = fieldsByLine.getOrDefault(b, List.of());
    if (fa.size() == 1 && fb.size() == 1 && wholeLine(fa.get(0), a) && wholeLine(fb.get(0), b)) {
      Seed.reading(seed.values().get(fb.get(0))).ifPresent(r -> expected.put(fa.get(0), Set.of(r)));
      Seed.reading(seed.values().get(fa.get(0))).ifPresent(r -> expected.put(fb.get(0), Set.of(r)));
    } else {
      touch(expected, a);
      touch(expected, b);
    }
  }

  private boolean wholeLine(String field, int line) {
    return bare(seed.lines().get(line - 1)).equals(bare(seed.values().get(field).source().snippet()));
  }

  /** Text without any kind of space (NBSP and ideographic spaces included), as cells are compared. */
  private static String bare(String s) {
    return s.replaceAll("[\\s\\u00A0\\u3000\\u2007\\u202F]", "");
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private int unit() {
    return seed.charset() == StandardCharsets.UTF_16LE || seed.charset() == StandardCharsets.UTF_16BE ? 2 : 1;
  }

  private boolean isNewline(byte[] bytes, int i) {
    if (unit() == 1) {
      return bytes[i] == '\n';
    }
    int rel = i - seed.bom().length;
    boolean le = seed.charset() == StandardCharsets.UTF_16LE;
    return rel >= 0 && rel % 2 == 0 && i + 1 < bytes.length && (le ? bytes[i] == '\n' && bytes[i + 1] == 0 : bytes[i] == 0 && bytes[i + 1] == '\n');
  }

  private int lineOf(byte[] bytes, int pos) {
    int line = 1;
    for (int i = 0; i < pos && i < bytes.length; i++) {
      if (isNewline(bytes, i)) {
        line++;
      }
    }
    return line;
  }

  private int offsetOfLine(byte[] bytes, int line) {
    int at = 1;
    for (int i = 0; i < bytes.length; i++) {
      if (at == line) {
        return i;
      }
      if (isNewline(bytes, i)) {
        at++;
        i += unit() - 1;
      }
    }
    return bytes.length;
  }
}
