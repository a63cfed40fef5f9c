package org.nianbao.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer.Form;
import java.util.HashMap;
import java.util.Map;

/**
 * The characters a reader sees as others, from {@code templates/characters.tsv}: full-width
 * digits, Kangxi and supplementary radicals PDF producers map ideographs to, compatibility
 * ideographs, parenthesised list numbers, odd spaces, zero-width characters and soft hyphens.
 * Superscripts and circled numbers are kept: after a number they are note marks, never digits.
 * Immutable once loaded; shared.
 */
final class CharacterRules {
  /** What each code point of the Basic Multilingual Plane becomes, or null when it stays. */
  private final String[] basic = new String[0x10000];
  private final Map<Integer, String> supplementary = new HashMap<>();

  private CharacterRules() {}

  /** The rules nianbao ships. */
  static CharacterRules load() {
    CharacterRules rules = new CharacterRules();
    try (InputStream in = CharacterRules.class.getResourceAsStream("/templates/characters.tsv")) {
      if (in == null) {
        throw new IllegalStateException("templates/characters.tsv is missing from the build");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      lines.readLine();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rules.rule(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rules;
  }

  private void rule(String[] cells) {
    String[] range = cells[0].split("\\.\\.");
    int from = Integer.parseInt(range[0], 16);
    int to = range.length > 1 ? Integer.parseInt(range[1], 16) : from;
    for (int cp = from; cp <= to; cp++) {
      String own = new String(Character.toChars(cp));
      String becomes = switch (cells[1]) {
        case "nfkc" -> java.text.Normalizer.normalize(own, Form.NFKC);
        case "map" -> cells[2];
        case "space" -> " ";
        case "drop" -> "";
        case "keep" -> own;
        default -> throw new IllegalStateException("templates/characters.tsv: unknown rule " + cells[1]);
      };
      if (!becomes.equals(own)) {
        if (cp < basic.length) {
          basic[cp] = becomes;
        } else {
          supplementary.put(cp, becomes);
        }
      }
    }
  }

  /** The text with every ruled character replaced; the same string when none is. */
  String fold(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length();) {
      char c = s.charAt(i);
      int cp = c;
      int width = 1;
      String becomes = basic[c];
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        cp = Character.toCodePoint(c, s.charAt(i + 1));
        width = 2;
        becomes = supplementary.get(cp);
      }
      if (becomes != null && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        if (becomes != null) {
          out.append(becomes);
        } else {
          out.append(s, i, i + width);
        }
      }
      i += width;
    }
    return out == null ? s : out.toString();
  }
}
