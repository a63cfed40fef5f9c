package org.nianbao.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language the command line speaks, chosen once at start: {@code --lang zh|en} if given; else
 * the language the user's environment names — {@code NIANBAO_LANG}, then {@code LC_ALL},
 * {@code LC_MESSAGES} and {@code LANG} in the order POSIX gives them; else, where none is set
 * (Windows), the language of the system's user interface. The environment is read as the user
 * wrote it: a machine without the Chinese locale's data installed makes Java fall back to English
 * under {@code LANG=zh_CN.UTF-8}, and such a user still reads Chinese.
 */
final class Language {
  /** The values {@code --lang} takes. */
  enum Choice {
    zh,
    en
  }

  private static final List<String> POSIX = List.of("LC_ALL", "LC_MESSAGES", "LANG");

  private Language() {}

  /** Chinese or English for this run, from the arguments, the environment and Java's own locales. */
  static Locale of(String[] args, Map<String, String> env, Locale display) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        break;
      }
      String value = a.startsWith("--lang=") ? a.substring("--lang=".length()) : a.equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
      if (value != null) {
        Locale chosen = named(value);
        if (chosen != null) {
          return chosen;
        }
      }
    }
    String own = env.get("NIANBAO_LANG");
    if (own != null && !own.isBlank() && named(own) != null) {
      return named(own);
    }
    for (String name : POSIX) {
      String v = env.get(name);
      if (v != null && !v.isEmpty()) {
        return v.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
      }
    }
    return display.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  /** zh, en, or a locale's name (zh_CN.UTF-8, en_US); null when it names neither. */
  private static Locale named(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.startsWith("zh")) {
      return Locale.SIMPLIFIED_CHINESE;
    }
    if (v.startsWith("en") || v.equals("c") || v.startsWith("c.") || v.equals("posix")) {
      return Locale.ENGLISH;
    }
    return null;
  }
}
