package org.nianbao.message;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue of messages in one language, from {@code templates/messages.tsv} (code, Chinese,
 * English; arguments as {0}, {1} …, and a word that follows a number as {0|input|inputs}: the
 * first when argument 0 is 1, else the second). Immutable; one per language, loaded once.
 */
public final class Messages {
  /** Chinese: workbooks, JSON, and the command line on a Chinese system. */
  public static final Messages ZH = new Messages(1);

  /** English: the command line on other systems. */
  public static final Messages EN = new Messages(2);

  private final Map<String, List<Object>> templates;

  private Messages(int column) {
    this.templates = load(column);
  }

  /** The catalogue for this system's language: Chinese when the default locale is Chinese, else English. */
  public static Messages local() {
    return of(Locale.getDefault());
  }

  public static Messages of(Locale locale) {
    return locale.getLanguage().equals("zh") ? ZH : EN;
  }

  /** Whether the catalogue has this code (a test keeps every code used in the code in the catalogue). */
  public boolean has(String code) {
    return templates.containsKey(code);
  }

  /** The message's text in this language. An unknown code shows as the code itself. */
  public String render(Message m) {
    List<Object> t = templates.get(m.code());
    if (t == null) {
      return m.code() + (m.args().isEmpty() ? "" : " " + m.args());
    }
    if (t.size() == 1 && t.get(0) instanceof String constant) {
      // Most of what a workbook shows is words without arguments: no copy.
      return constant;
    }
    StringBuilder out = new StringBuilder(96);
    for (Object part : t) {
      if (part instanceof Integer n) {
        out.append(n < m.args().size() ? text(m.args().get(n)) : "");
      } else if (part instanceof Plural p) {
        Object arg = p.arg() < m.args().size() ? m.args().get(p.arg()) : null;
        out.append(arg instanceof Number n && n.doubleValue() == 1 ? p.one() : p.many());
      } else {
        out.append((String) part);
      }
    }
    return out.toString();
  }

  /** A word after a number: {@code one} when argument {@code arg} is 1, else {@code many}. */
  private record Plural(int arg, String one, String many) {}

  /** A template cut once into its text, its argument numbers ({0} → 0) and its plurals ({0|input|inputs}). */
  private static List<Object> parts(String t) {
    List<Object> out = new java.util.ArrayList<>();
    int from = 0;
    for (int i = 0; i < t.length(); i++) {
      int close = t.charAt(i) == '{' ? t.indexOf('}', i) : -1;
      if (close > i + 1 && close <= i + 3 && digits(t, i + 1, close)) {
        if (i > from) {
          out.add(t.substring(from, i));
        }
        out.add(Integer.parseInt(t.substring(i + 1, close)));
        from = close + 1;
        i = close;
      } else if (close > i + 3 && digits(t, i + 1, i + 2) && t.charAt(i + 2) == '|') {
        String[] words = t.substring(i + 3, close).split("\\|", -1);
        if (words.length == 2) {
          if (i > from) {
            out.add(t.substring(from, i));
          }
          out.add(new Plural(t.charAt(i + 1) - '0', words[0], words[1]));
          from = close + 1;
          i = close;
        }
      }
    }
    if (from < t.length()) {
      out.add(t.substring(from));
    }
    return List.copyOf(out);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private String text(Object arg) {
    if (arg instanceof Message m) {
      return render(m);
    }
    if (arg instanceof List<?> list) {
      StringBuilder out = new StringBuilder();
      for (Object o : list) {
        out.append(out.length() == 0 ? "" : this == ZH ? "、" : ", ").append(text(o));
      }
      return out.toString();
    }
    return String.valueOf(arg);
  }

  private static Map<String, List<Object>> load(int column) {
    Map<String, List<Object>> out = new HashMap<>();
    // The catalogue is a class constant (build/Bundle.java): read from the class-data archive, not the jar.
    try (BufferedReader r = new BufferedReader(new StringReader(Bundled.text("messages.tsv")))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cells = line.split("\t", -1);
        if (cells.length > column && !cells[0].isBlank()) {
          out.put(cells[0], parts(cells[column].replace("\\n", "\n")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
