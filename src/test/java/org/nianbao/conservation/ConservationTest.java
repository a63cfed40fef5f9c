package org.nianbao.conservation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.document.Block;
import org.nianbao.document.Cell;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;
import org.nianbao.document.SourcePos;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.testing.TestReports;

/**
 * No number vanishes: counted from the document model, every number printed inside a table that
 * was read — each number cell of its grids between its first and last row read, each line of a
 * text table between its first and last row read — is where a value was read from or a flag
 * points, in every report fixture.
 */
class ConservationTest {
  /** A cell or a piece of a line that is a number as the forms print them (with a sign or unit). */
  private static final Pattern NUMBER = Pattern.compile("(增|减|[+-])?\\d[\\d,]*(\\.\\d+)?(万元|元|件|个|项|条|次)?");

  static Stream<Path> fixtures() {
    return TestReports.withAnswers().stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyNumberPrintedInATableIsReadOrSaid(Path file) {
    Fixture f = Fixture.of(file);
    Report r = Fixture.extract(f.document());
    assertEquals(List.of(), vanished(f.document().blocks(), r), "numbers printed in a table that no value or flag accounts for");
  }

  /** The numbers of every table read that no value was read from and no flag points to. */
  static List<String> vanished(List<Block> blocks, Report r) {
    Set<SourcePos> said = new HashSet<>();
    r.values().values().forEach(v -> said.add(v.source().pos()));
    r.flags().forEach(fl -> said.add(fl.pos()));
    List<String> out = new ArrayList<>();
    for (TableId t : r.tables()) {
      Set<SourcePos> read = new HashSet<>();
      r.values().forEach((id, v) -> {
        if (id.startsWith(t.key() + ".") && v.source().pos().known()) {
          read.add(v.source().pos());
        }
      });
      int firstLine = read.stream().mapToInt(SourcePos::line).filter(l -> l > 0).min().orElse(0);
      int lastLine = read.stream().mapToInt(SourcePos::line).max().orElse(0);
      for (Block b : blocks) {
        if (b instanceof Grid g) {
          out.addAll(unsaid(g, read, said));
        } else if (b instanceof Paragraph p && p.pos().path().isEmpty() && p.pos().line() >= firstLine && p.pos().line() <= lastLine && firstLine > 0
            && hasNumber(p.text()) && !said.contains(p.pos())) {
          out.add(t.label() + " " + p.pos() + ": " + p.text());
        }
      }
    }
    return out;
  }

  /** The number cells of a grid of the table, between its first and last row read, that nothing points to. */
  private static List<String> unsaid(Grid g, Set<SourcePos> read, Set<SourcePos> said) {
    int first = -1;
    int last = -1;
    for (int r = 0; r < g.rows().size(); r++) {
      for (Cell c : g.rows().get(r)) {
        if (!c.spanCopy() && read.contains(c.pos())) {
          first = first < 0 ? r : first;
          last = r;
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (int r = Math.max(first, 0); first >= 0 && r <= last; r++) {
      for (Cell c : g.rows().get(r)) {
        if (!c.spanCopy() && isNumber(c.text()) && !said.contains(c.pos())) {
          out.add(c.pos() + ": " + c.text());
        }
      }
    }
    return out;
  }

  private static boolean isNumber(String text) {
    return NUMBER.matcher(text.replace(" ", "").replaceAll("\uFFF9.*?\uFFFB", "")).matches();
  }

  private static boolean hasNumber(String text) {
    for (String piece : text.split("[\\s\\t|｜]+")) {
      if (isNumber(piece)) {
        return true;
      }
    }
    return false;
  }

  static String shown(Value v) {
    return v.source().snippet();
  }
}
