package org.nianbao.normalize;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.document.Block;
import org.nianbao.document.Cell;
import org.nianbao.document.Document;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;

/**
 * Puts every paragraph and cell of a document into one form: pinyin removed, traditional
 * characters simplified, and the characters a reader sees as others folded as
 * {@code templates/characters.tsv} rules (full-width digits and signs to ASCII, radicals and
 * compatibility ideographs to the ideographs they stand for, odd spaces made plain, zero-width
 * characters and soft hyphens removed); paragraphs left empty are dropped, and a
 * line that opens with the pinyin of the character before its break is joined to that line.
 * Chinese punctuation is kept for readers.
 * Thread-safe; create once and share.
 */
public final class Normalizer {
  private final CharacterRules characters = CharacterRules.load();
  private final Simplifier simplifier = new Simplifier();

  /** The document with normalised text and the same positions. */
  public Document normalize(Document doc) {
    List<Block> out = new ArrayList<>(doc.blocks().size());
    String before = "";
    for (Block b : doc.blocks()) {
      if (b instanceof Paragraph p) {
        // A row copied from a table keeps the tabs at its ends: they stand for its blank cells.
        String full = Paragraph.trimSpaces(text(p.text()));
        String t = Paragraph.trimSpaces(Pinyin.stripOpening(full, before));
        if (t.length() < full.length()) {
          // The line wrapped between a character and its pinyin: one paragraph, as it was written.
          Paragraph last = (Paragraph) out.remove(out.size() - 1);
          t = last.text() + t;
          out.add(last.withText(t));
          before = t;
        } else if (!t.isEmpty()) {
          out.add(p.withText(t));
          before = t;
        }
      } else if (b instanceof Grid g) {
        out.add(new Grid(g.rows().stream().map(this::row).toList(), g.pos()));
        before = "";
      } else {
        out.add(b);
        before = "";
      }
    }
    return new Document(doc.source(), out, doc.notes(), doc.headlines().stream().map(this::text).toList());
  }

  /** One piece of text in normalised form. */
  public String text(String s) {
    return simplifier.simplify(Pinyin.strip(characters.fold(s)));
  }

  private List<Cell> row(List<Cell> cells) {
    return cells.stream().map(c -> c.withText(text(c.text()))).toList();
  }
}
