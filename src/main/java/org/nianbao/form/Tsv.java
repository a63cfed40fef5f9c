package org.nianbao.form;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads one of the bundled {@code templates/*.tsv} files: a header line, then tab-separated rows. */
public final class Tsv {
  private Tsv() {}

  /** The rows of {@code templates/NAME}, each at least six cells long (missing cells null). */
  public static List<String[]> rows(String name) {
    String bundled = Bundled.text(name);
    if (bundled != null) {
      // The templates a run reads are class constants (build/Bundle.java), read from the class-data archive, not the jar.
      try (BufferedReader r = new BufferedReader(new StringReader(bundled))) {
        return parse(r);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String path = "/templates/" + name;
    try (InputStream in = Tsv.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing template " + path + " in the jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String[]> parse(BufferedReader reader) throws IOException {
    List<String[]> out = new ArrayList<>();
    reader.readLine();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (!line.isBlank()) {
        String[] cells = line.split("\t", -1);
        out.add(Arrays.copyOf(cells, Math.max(cells.length, 6)));
      }
    }
    return out;
  }

  static String cell(String[] row, int i) {
    return row[i] == null ? "" : row[i];
  }
}
