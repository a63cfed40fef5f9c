package org.nianbao.read.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.document.Block;
import org.nianbao.document.Cell;
import org.nianbao.document.Document;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;
import org.nianbao.read.front.Readers;

/**
 * The habits fixtures (test-data/habits/word-*, made by test-data/make-habits-word.py) as the
 * registry reads them: Word 97 files as HWPF meets the habits, and Word files embedding documents,
 * read with their parts.
 */
class WordHabitsTest {
  private static final Readers READERS = Readers.standard(false, (source, message) -> { });
  private static final Path HABITS = Path.of("test-data/habits");

  @Test
  void aDocShowsNeitherHiddenTextNorDeletedRevisions() throws Exception {
    String hidden = String.join("\n", paragraphs(read("word-hidden-text.doc")));
    assertFalse(hidden.contains("上年37件") || hidden.contains("2020年度数据"), hidden);
    assertTrue(hidden.contains("全年共收到政府信息公开申请50件。"), hidden);
    assertEquals(List.of("40", "6", "1", "0", "2", "1", "50"), row(read("word-hidden-text.doc"), "一、本年新收").subList(3, 10),
        "last year's hidden table is not read, nor the hidden digits beside this year's");
    String revised = String.join("\n", paragraphs(read("word-revisions-numbers.doc")));
    assertTrue(revised.contains("全年共收到政府信息公开申请50件。"), revised);
  }

  @Test
  void aDocPrintsItsListLabelsAndFieldResults() throws Exception {
    Document rows = read("word-numbering-rows.doc");
    assertEquals("1.属于国家秘密", row(rows, "1.属于国家秘密").get(2));
    assertEquals("（七）总计", row(rows, "（七）总计").get(1));
    assertEquals("四、结转下年度继续办理", row(rows, "四、结转下年度继续办理").get(0));
    List<String> headings = paragraphs(read("word-numbering-headings.doc"));
    assertTrue(headings.containsAll(List.of("一、总体情况", "（一）主动公开情况", "（二）依申请公开情况", "六、其他需要报告的事项")), headings.toString());
    String text = String.join("\n", headings);
    assertTrue(text.contains("本报告共") && !text.contains("NUMPAGES"), "a field's result is read, its code is not: " + text);
  }

  @Test
  void aDocReadsItsTextBoxesWhereTheyAreAnchored() throws Exception {
    Document d = read("word-textbox-table.doc");
    int heading = indexOf(d, "四、政府信息公开行政复议、行政诉讼情况");
    Grid t4 = (Grid) d.blocks().get(heading + 1);
    assertEquals(List.of("2", "1", "0", "1", "4", "1", "0", "1", "0", "2", "0", "0", "0", "1", "1"), t4.rows().get(t4.rows().size() - 1).stream().map(Cell::text).toList(),
        "表四, read as a table where its text box is anchored: after its heading");
  }

  @Test
  void documentsEmbeddedInAWordFileAreReadWhereTheyStand() throws Exception {
    for (String name : List.of("word-altchunk-docx.docx", "word-ole-docx.docx", "word-ole-doc.docx", "word-altchunk-mht.docx")) {
      Document d = read(name);
      int first = indexOf(d, "一、总体情况");
      int last = indexOf(d, "五、存在的主要问题及改进情况");
      List<Block> tables = d.blocks().stream().filter(b -> b instanceof Grid).toList();
      assertEquals(3, tables.size(), name);
      for (Block t : tables) {
        int at = d.blocks().indexOf(t);
        assertTrue(at > first && at < last, name + ": the tables stand where the document is embedded");
        assertTrue(t.pos().path().startsWith("file["), name + ": " + t.pos().path());
      }
      assertTrue(d.notes().stream().anyMatch(n -> n.code().equals("read.part")), name + ": " + d.notes());
    }
  }

  private static Document read(String name) throws Exception {
    return READERS.read(HABITS.resolve(name));
  }

  private static List<String> paragraphs(Document d) {
    return d.blocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList();
  }

  private static int indexOf(Document d, String text) {
    for (int i = 0; i < d.blocks().size(); i++) {
      if (d.blocks().get(i) instanceof Paragraph p && p.text().equals(text)) {
        return i;
      }
    }
    throw new AssertionError("no paragraph " + text + " in " + paragraphs(d));
  }

  /** The texts of the first row of any grid whose first cell starts with {@code first}, or that holds a cell {@code first}. */
  private static List<String> row(Document d, String first) {
    for (Block b : d.blocks()) {
      if (b instanceof Grid g) {
        for (List<Cell> r : g.rows()) {
          if (!r.isEmpty() && (r.get(0).text().startsWith(first) || r.stream().anyMatch(c -> c.text().equals(first)))) {
            return r.stream().map(Cell::text).toList();
          }
        }
      }
    }
    throw new AssertionError("no row " + first);
  }
}
