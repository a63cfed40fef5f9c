package org.nianbao.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice headless for tests: recalculates workbooks from scratch (recalculation on load forced
 * in a private profile) and exports every sheet as CSV.
 */
public final class LibreOffice {
  /** LibreOffice's profile setting: recalculate OOXML formulas on load, always. */
  private static final String RECALC_ALWAYS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">"
          + "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>"
          + "</oor:items>\n";

  /** CSV export of every sheet (the last token, -1), UTF-8 (76), comma separated, quoted text. */
  private static final String ALL_SHEETS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

  private LibreOffice() {}

  /** The soffice executable on the PATH, if LibreOffice is installed. */
  public static Optional<String> find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("soffice", "libreoffice")) {
        if (Files.isExecutable(Path.of(dir, name))) {
          return Optional.of(Path.of(dir, name).toString());
        }
      }
    }
    return Optional.empty();
  }

  /** Recalculates the workbooks and writes {@code NAME-SHEET.csv} for every sheet into {@code dir/csv}. */
  public static Path recalculateToCsv(String soffice, Path dir, List<Path> workbooks) throws IOException, InterruptedException {
    Path profile = dir.resolve("profile/user");
    Files.createDirectories(profile);
    Files.writeString(profile.resolve("registrymodifications.xcu"), RECALC_ALWAYS, StandardCharsets.UTF_8);
    return convert(soffice, dir.resolve("profile"), dir.resolve("csv"), ALL_SHEETS_CSV, workbooks);
  }

  /**
   * Opens the workbooks as a person's LibreOffice does, a fresh profile with its default settings
   * (formulas of an .xlsx are not recalculated: the stored values are shown), and writes
   * {@code NAME-SHEET.csv} for every sheet into {@code dir/csv}.
   */
  public static Path openAsInstalledToCsv(String soffice, Path dir, List<Path> workbooks) throws IOException, InterruptedException {
    return convert(soffice, dir.resolve("fresh-profile"), dir.resolve("csv"), ALL_SHEETS_CSV, workbooks);
  }

  /** Converts files with LibreOffice headless in the given profile into {@code out}, with a filter ({@code xlsx}, a CSV filter …). */
  public static Path convert(String soffice, Path profile, Path out, String filter, List<Path> files) throws IOException, InterruptedException {
    Files.createDirectories(out);
    Path log = out.resolve("soffice.log");
    List<String> command = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
        "--convert-to", filter, "--outdir", out.toString()));
    files.forEach(w -> command.add(w.toString()));
    Process lo = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!lo.waitFor(5, TimeUnit.MINUTES) || lo.exitValue() != 0) {
      lo.destroyForcibly();
      throw new IOException("LibreOffice failed: " + Files.readString(log));
    }
    return out;
  }

  /** The rows of a CSV file LibreOffice wrote, split into cells. */
  public static List<List<String>> rows(Path csv) throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      out.add(split(line));
    }
    return out;
  }

  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }
}
