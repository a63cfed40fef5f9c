package org.nianbao.place;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The units expected to report (a city's departments and districts), as a user lists them: one
 * per line, a name and optionally a code, parted by a comma or a tab, in either order (a code is
 * the part made of digits); blank lines, lines starting with # and a header line (单位, 名称 …)
 * are skipped. The file is UTF-8, or GBK as Excel on a Chinese Windows saves a CSV.
 */
public final class Roster {
  /** Names shorter than this (as matching keys) never match loosely: 教育 would match too much. */
  private static final int LOOSE_MIN = 3;
  /** A code: letters, digits and hyphens, with at least one digit (330602, 11330600-0). */
  private static final Pattern CODE = Pattern.compile("[0-9A-Za-z-]*[0-9][0-9A-Za-z-]*");
  private static final Set<String> HEADERS = Set.of("单位", "名称", "单位名称", "机关", "机关名称", "name", "unit", "代码", "code");

  /** One unit: its name as listed, its code if given, and its matching key. */
  public record Unit(String name, String code, String key) {}

  private final List<Unit> units;

  private Roster(List<Unit> units) {
    this.units = List.copyOf(units);
  }

  public List<Unit> units() {
    return units;
  }

  /** Reads a roster file; a file with no unit in it is refused. */
  public static Roster read(Path file) throws IOException {
    Roster r = parse(decode(Files.readAllBytes(file)));
    if (r.units.isEmpty()) {
      throw new IOException("no unit");
    }
    return r;
  }

  static Roster parse(String text) {
    List<Unit> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String line : text.replace("\uFEFF", "").split("\r?\n|\r")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String name = "";
      String code = "";
      for (String part : l.split("[,，\t]")) {
        String p = part.strip().replaceAll("^\"|\"$", "");
        if (code.isEmpty() && CODE.matcher(p).matches()) {
          code = p;
        } else if (name.isEmpty()) {
          name = p;
        }
      }
      if (name.isEmpty() || out.isEmpty() && HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      String key = AgencyKey.of(name);
      if (!key.isEmpty() && seen.add(key)) {
        out.add(new Unit(name, code, key));
      }
    }
    return new Roster(out);
  }

  /**
   * The unit an agency is, matched by name: the same matching name, else (loosely) the one unit
   * whose name holds the agency's or is held in it (教育局 and 绍兴市教育局); none when no unit or
   * more than one does. {@code loose} tells which kind it was.
   */
  public Match match(String agencyKey) {
    for (Unit u : units) {
      if (u.key().equals(agencyKey)) {
        return new Match(u, false, List.of());
      }
    }
    List<Unit> near = new ArrayList<>();
    for (Unit u : units) {
      if (u.key().length() >= LOOSE_MIN && agencyKey.length() >= LOOSE_MIN && (agencyKey.contains(u.key()) || u.key().contains(agencyKey))) {
        near.add(u);
      }
    }
    return near.size() == 1 ? new Match(near.get(0), true, List.of()) : new Match(null, false, near);
  }

  /** A unit matched (loosely or not), or none with the units it might have been. */
  public record Match(Unit unit, boolean loose, List<Unit> candidates) {}

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("GB18030"));
    }
  }
}
