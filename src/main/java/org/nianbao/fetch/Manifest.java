package org.nianbao.fetch;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.output.AtomicFiles;

/**
 * What was fetched into a folder, one row an address: {@code manifest.csv} beside the reports
 * (UTF-8 with a byte-order mark, so Excel opens it). A run reads it first and asks again only for
 * what is not saved yet (or everything, to re-check); it is rewritten whole, atomically, after each
 * report, so a run stopped halfway leaves a manifest of what is on the disk.
 */
final class Manifest {
  static final String FILE = "manifest.csv";
  static final String[] HEADER = {"address", "from", "kind", "file", "status", "bytes", "sha256", "time", "note"};

  /** What became of a request. */
  enum Status {
    /** Saved now. */
    SAVED,
    /** Asked again and found as saved before: nothing written. */
    UNCHANGED,
    /** The same content as another address's, saved once under that one. */
    DUPLICATE,
    /** A list page: its reports have rows of their own. */
    LIST,
    /** Not fetched; the note says why. */
    FAILED;

    String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One address fetched.
   *
   * @param from the page whose link led here (empty for an address the user gave)
   * @param kind what it is to its report: list, report, picture, frame, stylesheet, continuation, attachment
   * @param file where it is saved, relative to the folder (empty when it was not)
   */
  record Row(String address, String from, String kind, String file, Status status, long bytes, String sha256, String time, String note) {
    String[] cells() {
      return new String[] {text(address), text(from), kind, text(file), status.word(), String.valueOf(bytes), sha256, time, text(note)};
    }

    boolean done() {
      return status == Status.SAVED || status == Status.UNCHANGED || status == Status.DUPLICATE;
    }
  }

  /** What a spreadsheet takes for a formula at a cell's start (a link's words are the site's, not ours). */
  private static final String FORMULA_START = "=+-@";

  /** A cell Excel opens as text: one that would start a formula gets a leading apostrophe, as nianbao's CSV does. */
  static String text(String cell) {
    return !cell.isEmpty() && (FORMULA_START.indexOf(cell.charAt(0)) >= 0 || cell.charAt(0) == '\'') ? "'" + cell : cell;
  }

  /** The cell as it was before {@link #text}. */
  static String untext(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }

  private final Path folder;
  private final Map<String, Row> rows = new LinkedHashMap<>();

  private Manifest(Path folder) {
    this.folder = folder;
  }

  /** The manifest of {@code folder}; empty when there is none (a row it cannot read is left out). */
  static Manifest of(Path folder) throws IOException {
    Manifest m = new Manifest(folder);
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return m;
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
      List<String[]> all = csv.readAll();
      for (String[] c : all.subList(Math.min(1, all.size()), all.size())) {
        if (c.length >= HEADER.length) {
          try {
            Row r = new Row(untext(c[0].replace("\uFEFF", "")), untext(c[1]), c[2], untext(c[3]), Status.valueOf(c[4].toUpperCase(java.util.Locale.ROOT)),
                Long.parseLong(c[5]), c[6], c[7], untext(c[8]));
            m.rows.put(r.address() + "\n" + r.from(), r);
          } catch (IllegalArgumentException e) {
            // A row edited by hand into something else: as if that address had not been fetched.
          }
        }
      }
    } catch (CsvException e) {
      // A manifest damaged by hand: the rows read so far stand; the rest are fetched again.
    }
    return m;
  }

  /** The row of an address fetched as a report or list (whatever led to it), if any. */
  Optional<Row> report(String address) {
    return rows.values().stream().filter(r -> r.address().equals(address) && (r.kind().equals("report") || r.kind().equals("list"))).reduce((a, b) -> b);
  }

  /** The rows of what the page {@code from} led to. */
  List<Row> ledFrom(String from) {
    return rows.values().stream().filter(r -> r.from().equals(from)).toList();
  }

  /** A report saved with this content under another address. */
  Optional<Row> sameContent(String sha256, String address) {
    return rows.values().stream()
        .filter(r -> r.kind().equals("report") && r.status() == Status.SAVED && r.sha256().equals(sha256) && !r.address().equals(address))
        .findFirst();
  }

  /** Whether a report folder of this name is another address's. */
  boolean folderTaken(String name, String address) {
    String prefix = name + "/";
    return rows.values().stream().anyMatch(r -> r.file().startsWith(prefix) && !r.address().equals(address) && !r.from().equals(address));
  }

  /** Every row of a report and its parts replaced by {@code now}. */
  void put(List<Row> now) {
    for (Row r : now) {
      rows.put(r.address() + "\n" + r.from(), r);
    }
  }

  /** Writes the manifest, atomically. */
  void save() throws IOException {
    List<Row> all = new ArrayList<>(rows.values());
    AtomicFiles.write(folder.resolve(FILE), true, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write('\uFEFF');
      CSVWriter csv = new CSVWriter(w);
      csv.writeNext(HEADER, false);
      for (Row r : all) {
        csv.writeNext(r.cells(), false);
      }
      csv.flush();
    });
  }
}
