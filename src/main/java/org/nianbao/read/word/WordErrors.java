package org.nianbao.read.word;

/** Turns what POI throws on a broken or foreign file into a reason a user can act on. */
final class WordErrors {
  private WordErrors() {}

  static String reason(Exception e) {
    String name = e.getClass().getSimpleName();
    if (name.contains("Encrypted")) {
      return "it is encrypted (password-protected)";
    }
    String message = e.getMessage() == null ? name : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
