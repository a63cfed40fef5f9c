import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes classes holding text files as string constants, run by the build before compiling:
 * {@code java build/Bundle.java OUT_DIR PACKAGE=FILE,FILE... ...} writes one
 * {@code OUT_DIR/PACKAGE/Bundled.java} for each package, with {@code static String text(String fileName)}. A class comes from the launcher's class-data
 * archive; a resource of the runnable jar costs a read of the jar's 18,000-entry directory first
 * (about 25 ms at start) and a millisecond or two each.
 */
public class Bundle {
  /** Characters per constant: a class file holds a string constant of at most 65,535 bytes, three a Chinese character. */
  private static final int CHUNK = 20_000;

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    for (int g = 1; g < args.length; g++) {
      String[] group = args[g].split("=", 2);
      write(out, group[0], group[1].split(","));
    }
  }

  private static void write(Path out, String pkg, String[] files) throws IOException {
    StringBuilder java = new StringBuilder();
    java.append("package ").append(pkg).append(";\n\n")
        .append("/** Text files bundled as constants by build/Bundle.java (made by the build; edit the files, not this). */\n")
        .append("final class Bundled {\n  private Bundled() {}\n\n")
        .append("  /** The text of the bundled file {@code name}, or null when it is not bundled. */\n")
        .append("  static String text(String name) {\n    switch (name) {\n");
    for (String name : files) {
      Path file = Path.of(name.strip());
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<String> chunks = new ArrayList<>();
      for (int at = 0; at < text.length(); at += CHUNK) {
        chunks.add(literal(text.substring(at, Math.min(text.length(), at + CHUNK))));
      }
      java.append("      case ").append(literal(file.getFileName().toString())).append(":\n")
          .append("        return String.join(\"\", ").append(chunks.isEmpty() ? "\"\"" : String.join(",\n            ", chunks)).append(");\n");
    }
    java.append("      default:\n        return null;\n    }\n  }\n}\n");
    Path target = out.resolve(pkg.replace('.', '/')).resolve("Bundled.java");
    Files.createDirectories(target.getParent());
    // Written only when changed, so the compiler does not see a new source at every build.
    if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).contentEquals(java)) {
      Files.writeString(target, java, StandardCharsets.UTF_8);
    }
  }

  private static String literal(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
