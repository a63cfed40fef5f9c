package org.nianbao.read.html;

import java.util.Locale;

/** The declarations of a rule or a style attribute that bear on whether and how an element shows. */
record StyleDeclarations(String display, boolean importantDisplay, String visibility, boolean importantVisibility, boolean collapsed) {
  static StyleDeclarations parse(String body) {
    String display = null;
    String visibility = null;
    boolean importantDisplay = false;
    boolean importantVisibility = false;
    boolean zeroHeight = false;
    boolean clips = false;
    String lower = body.toLowerCase(Locale.ROOT);
    if (!lower.contains("display") && !lower.contains("visibility") && !lower.contains("mso-hide") && !lower.contains("height")) {
      return new StyleDeclarations(null, false, null, false, false);
    }
    for (String declaration : lower.split(";")) {
      int colon = declaration.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String property = declaration.substring(0, colon).strip();
      String value = declaration.substring(colon + 1).strip();
      boolean important = value.endsWith("!important");
      if (important) {
        value = value.substring(0, value.length() - 10).strip();
      }
      switch (property) {
        case "display" -> {
          display = value;
          importantDisplay = important;
        }
        case "visibility" -> {
          visibility = value;
          importantVisibility = important;
        }
        // Word's export marks hidden text so: display:none;mso-hide:all.
        case "mso-hide" -> {
          if (value.equals("all")) {
            display = "none";
            importantDisplay = true;
          }
        }
        case "height", "max-height" -> zeroHeight |= value.matches("0(\\.0+)?(px|pt|em|rem|%)?");
        case "overflow", "overflow-y" -> clips |= value.equals("hidden");
        default -> { }
      }
    }
    return new StyleDeclarations(display, importantDisplay, visibility, importantVisibility, zeroHeight && clips);
  }
}
