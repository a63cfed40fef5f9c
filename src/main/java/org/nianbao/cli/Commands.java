package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.nianbao.CannotWriteException;
import org.nianbao.message.Message;
import org.nianbao.message.Messages;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** What the commands share: the checks of their inputs and output paths. */
final class Commands {
  private Commands() {}

  /** Says so and returns true when the command line named no file to read. */
  static boolean nothingToRead(Inputs.Expanded in, RunLog log) {
    if (!in.files().isEmpty()) {
      return false;
    }
    if (in.empty().isEmpty()) {
      log.line(Message.of("cli.nothing"));
    }
    in.empty().forEach(log::line);
    log.skipped(in.skipped());
    return true;
  }

  /**
   * The library's reasons that the command line says with the flag that overrides them: the library
   * names no flag, the command tells its user which to give.
   */
  private static final Map<String, String> WITH_FLAG = Map.of(
      "write.exists", "cli.write.exists",
      "write.corrections_unknown", "cli.write.corrections_unknown",
      "write.corrections_dropped", "cli.corrections_dropped");

  /** Why an output could not be written, as a message. */
  static Message why(IOException e) {
    return e instanceof CannotWriteException w ? withFlag(w.reason()) : Message.of("error.cannot_read", String.valueOf(e.getMessage()));
  }

  /** A message of the library as the command line says it: naming the flag ({@code --force}) where one overrides what it says. */
  static Message withFlag(Message m) {
    String code = WITH_FLAG.get(m.code());
    return code == null ? m : new Message(code, m.args());
  }

  /** Whether {@code -o} names a folder: it ends with a separator, is a folder, or has no extension. */
  static boolean isFolder(String output) {
    if (output.endsWith("/") || output.endsWith("\\")) {
      return true;
    }
    Path p = Path.of(output);
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    return Files.isDirectory(p) || !name.contains(".");
  }

  /** Refuses an output file whose name does not end in {@code extension} (.xlsx, .csv). */
  static void requireExtension(CommandLine line, Messages messages, String output, String extension, String code) {
    if (!output.toLowerCase(Locale.ROOT).endsWith(extension)) {
      throw new ParameterException(line, messages.render(Message.of(code, output)));
    }
  }
}
