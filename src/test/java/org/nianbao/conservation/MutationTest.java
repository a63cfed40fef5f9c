package org.nianbao.conservation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.document.Block;
import org.nianbao.document.Cell;
import org.nianbao.document.Document;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;
import org.nianbao.document.SourcePos;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.testing.TestReports;

/**
 * A table damaged the ways copying and converting damage tables — a cell dropped, split, merged
 * with its neighbour, moved, duplicated; a row's label wrapped over two or three lines — is never
 * read wrong in silence: every value is the answer's (for a move, the moved one's), or unread, or
 * flagged, or read by a failing check. And no number of the damaged table vanishes.
 */
class MutationTest {
  /** Damaged copies made of each fixture, for each kind of damage. */
  private static final int PER_KIND = 8;

  enum Damage { DROP, SPLIT, MERGE, MOVE, DUPLICATE, WRAP_LABEL }

  static Stream<Path> fixtures() {
    return TestReports.withAnswers().stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void aDamagedTableIsNeverReadWrongInSilence(Path file) {
    Fixture f = Fixture.of(file);
    Report clean = Fixture.extract(f.document());
    Random rnd = new Random(file.getFileName().toString().hashCode());
    List<String> silent = new ArrayList<>();
    for (Damage d : Damage.values()) {
      for (int k = 0; k < PER_KIND; k++) {
        Mutant m = mutate(f.document(), clean, d, rnd);
        if (m == null) {
          break;
        }
        Report got = Fixture.extract(m.document());
        for (String error : silentErrors(f, clean, got, m)) {
          silent.add(d + " " + m.what() + ": " + error);
        }
        for (String lost : ConservationTest.vanished(m.document().blocks(), got)) {
          silent.add(d + " " + m.what() + ": vanished " + lost);
        }
      }
    }
    assertEquals(List.of(), silent);
  }

  /** A damaged copy, what was done, and for a move the two fields whose values changed places. */
  record Mutant(Document document, String what, Map<String, String> swapped) {}

  private static List<String> silentErrors(Fixture f, Report clean, Report got, Mutant m) {
    Set<String> doubted = Fixture.doubted(got);
    List<String> out = new ArrayList<>();
    for (TableId t : clean.tables()) {
      got.values().forEach((id, v) -> {
        BigDecimal reading = Fixture.reading(v);
        if (!id.startsWith(t.key() + ".") || reading == null || doubted.contains(id) || !f.gold().containsKey(id)) {
          return;
        }
        BigDecimal want = f.gold().get(id);
        String partner = m.swapped().get(id);
        boolean right = !f.ambiguous().contains(id) && reading.compareTo(want) == 0
            || partner != null && f.gold().containsKey(partner) && reading.compareTo(f.gold().get(partner)) == 0;
        if (!right) {
          out.add(id + " read as " + reading.toPlainString() + " from “" + v.source().snippet() + "” at " + v.source().pos() + ", the answer is "
              + (f.ambiguous().contains(id) ? "ambiguous" : want.toPlainString()));
        }
      });
    }
    return out;
  }

  /** One damage of the kind asked at a cell a value was read from plainly, or null when the report has none. */
  private static Mutant mutate(Document doc, Report clean, Damage d, Random rnd) {
    List<Map.Entry<String, Value>> plain = clean.values().entrySet().stream()
        .filter(e -> e.getValue().kind() == ValueKind.NUMBER && e.getValue().source().pos().known()).toList();
    if (plain.isEmpty()) {
      return null;
    }
    for (int attempt = 0; attempt < 20; attempt++) {
      Map.Entry<String, Value> target = plain.get(rnd.nextInt(plain.size()));
      SourcePos at = target.getValue().source().pos();
      for (int b = 0; b < doc.blocks().size(); b++) {
        Block block = doc.blocks().get(b);
        Mutant m = block instanceof Grid g ? inGrid(doc, b, g, at, d, rnd, clean)
            : block instanceof Paragraph p && p.pos().equals(at) ? inLine(doc, b, p, target.getValue().source().snippet(), d, rnd, clean) : null;
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  private static Mutant inGrid(Document doc, int b, Grid g, SourcePos at, Damage d, Random rnd, Report clean) {
    for (int r = 0; r < g.rows().size(); r++) {
      List<Cell> row = g.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        Cell cell = row.get(c);
        if (cell.spanCopy() || !cell.pos().equals(at)) {
          continue;
        }
        List<Cell> out = new ArrayList<>(row);
        Cell filler = new Cell("", SourcePos.line(0), true);
        Map<String, String> swapped = Map.of();
        String text = cell.text().strip();
        switch (d) {
          case DROP -> {
            out.remove(c);
            out.add(filler);
          }
          case SPLIT -> {
            if (text.length() < 2 || !text.chars().allMatch(Character::isDigit)) {
              return null;
            }
            int cut = 1 + rnd.nextInt(text.length() - 1);
            out.set(c, cell.withText(text.substring(0, cut)));
            out.add(c + 1, cell.withText(text.substring(cut)));
          }
          case MERGE -> {
            int next = nextNumber(out, c);
            if (next < 0) {
              return null;
            }
            out.set(c, cell.withText(text + out.get(next).text().strip()));
            out.remove(next);
            out.add(filler);
          }
          case MOVE -> {
            int next = nextNumber(out, c);
            if (next < 0) {
              return null;
            }
            Cell other = out.get(next);
            out.set(c, other.withText(other.text()));
            out.set(next, cell);
            // Cells keep their own positions: the values read at each now stand in the other's column.
            out.set(c, new Cell(other.text(), cell.pos(), false));
            out.set(next, new Cell(cell.text(), other.pos(), false));
            swapped = partners(clean, cell.pos(), other.pos());
          }
          case DUPLICATE -> out.add(c + 1, cell.withText(text));
          case WRAP_LABEL -> {
            return wrappedRow(doc, b, g, r, rnd);
          }
          default -> throw new IllegalArgumentException(d.toString());
        }
        List<List<Cell>> rows = new ArrayList<>(g.rows());
        rows.set(r, out);
        return replaced(doc, b, List.of(new Grid(rows, g.pos())), d + " at " + at + " (“" + text + "”)", swapped);
      }
    }
    return null;
  }

  /**
   * The row's label broken over two rows of the table, as a narrow column or a page break leaves
   * it: the first row holds the label's first part and blank cells, the second the rest and the numbers.
   */
  private static Mutant wrappedRow(Document doc, int b, Grid g, int r, Random rnd) {
    List<Cell> row = g.rows().get(r);
    int labelAt = -1;
    for (int c = row.size() - 1; c >= 0; c--) {
      if (!row.get(c).spanCopy() && !row.get(c).text().isBlank() && !row.get(c).text().strip().matches("[\\d.,+-]+")) {
        labelAt = c;
        break;
      }
    }
    if (labelAt < 0 || row.get(labelAt).text().strip().length() < 6) {
      return null;
    }
    String label = row.get(labelAt).text().strip();
    int cut = 3 + rnd.nextInt(label.length() - 4);
    List<Cell> first = new ArrayList<>();
    List<Cell> second = new ArrayList<>(row);
    for (int c = 0; c < row.size(); c++) {
      Cell cell = row.get(c);
      first.add(c < labelAt ? cell : c == labelAt ? cell.withText(label.substring(0, cut)) : cell.spanCopy() ? cell : cell.withText(""));
    }
    second.set(labelAt, row.get(labelAt).withText(label.substring(cut)));
    List<List<Cell>> rows = new ArrayList<>(g.rows());
    rows.set(r, second);
    rows.add(r, first);
    return replaced(doc, b, List.of(new Grid(rows, g.pos())), "WRAP_LABEL “" + label.substring(0, cut) + "” / “" + label.substring(cut) + "”", Map.of());
  }

  private static int nextNumber(List<Cell> row, int c) {
    for (int k = c + 1; k < row.size(); k++) {
      if (!row.get(k).spanCopy()) {
        return row.get(k).text().strip().matches("\\d+") ? k : -1;
      }
    }
    return -1;
  }

  /** The fields read at two positions, each mapped to the other. */
  private static Map<String, String> partners(Report clean, SourcePos a, SourcePos b) {
    String fa = null;
    String fb = null;
    for (Map.Entry<String, Value> e : clean.values().entrySet()) {
      fa = e.getValue().source().pos().equals(a) ? e.getKey() : fa;
      fb = e.getValue().source().pos().equals(b) ? e.getKey() : fb;
    }
    return fa == null || fb == null ? Map.of() : Map.of(fa, fb, fb, fa);
  }

  private static Mutant inLine(Document doc, int b, Paragraph p, String snippet, Damage d, Random rnd, Report clean) {
    String[] pieces = p.text().strip().split("\\s+");
    List<Integer> numbers = new ArrayList<>();
    for (int k = 0; k < pieces.length; k++) {
      if (pieces[k].matches("\\d+")) {
        numbers.add(k);
      }
    }
    if (numbers.isEmpty() || p.text().indexOf('\t') >= 0) {
      return null;
    }
    int k = numbers.get(rnd.nextInt(numbers.size()));
    List<String> out = new ArrayList<>(List.of(pieces));
    String text = pieces[k];
    switch (d) {
      case DROP -> out.remove(k);
      case SPLIT -> {
        if (text.length() < 2) {
          return null;
        }
        int cut = 1 + rnd.nextInt(text.length() - 1);
        out.set(k, text.substring(0, cut) + " " + text.substring(cut));
      }
      case MERGE -> {
        if (k + 1 >= out.size() || !out.get(k + 1).matches("\\d+")) {
          return null;
        }
        out.set(k, text + out.get(k + 1));
        out.remove(k + 1);
      }
      case MOVE, DUPLICATE -> {
        // A line's numbers share one position: which field a moved number belongs to cannot be told apart.
        if (d == Damage.MOVE) {
          return null;
        }
        out.add(k + 1, text);
      }
      case WRAP_LABEL -> {
        int firstNumber = numbers.get(0);
        String label = String.join("", out.subList(0, firstNumber));
        if (label.length() < 6) {
          return null;
        }
        int parts = 2 + rnd.nextInt(2);
        List<Block> lines = new ArrayList<>();
        String rest = String.join(" ", out.subList(firstNumber, out.size()));
        boolean numbersFirst = rnd.nextBoolean();
        for (int i = 0; i < parts; i++) {
          String piece = label.substring(i * label.length() / parts, (i + 1) * label.length() / parts);
          boolean withNumbers = numbersFirst ? i == 0 : i == parts - 1;
          lines.add(p.withText(withNumbers ? piece + " " + rest : piece));
        }
        return replaced(doc, b, lines, d + " at " + p.pos() + " over " + parts + " lines, numbers on the " + (numbersFirst ? "first" : "last"), Map.of());
      }
      default -> throw new IllegalArgumentException(d.toString());
    }
    return replaced(doc, b, List.of(p.withText(String.join(" ", out))), d + " at " + p.pos() + " (“" + text + "”)", Map.of());
  }

  private static Mutant replaced(Document doc, int b, List<Block> with, String what, Map<String, String> swapped) {
    List<Block> blocks = new ArrayList<>(doc.blocks());
    blocks.remove(b);
    blocks.addAll(b, with);
    return new Mutant(doc.withBlocks(blocks), what, swapped);
  }
}
