package org.nianbao.read.word;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.nianbao.read.word.DocxContent.Block;
import org.nianbao.read.word.DocxContent.Inset;
import org.nianbao.read.word.DocxContent.Para;
import org.nianbao.read.word.ParagraphDraft.End;

/**
 * The paragraphs of one container (the body, a cell, a text box) as they are laid out: a
 * paragraph whose mark is deleted is one with the next (with the first one's list label, or the
 * next one's when the first holds no text), one whose mark is hidden runs on into the next.
 */
final class ParagraphFlow {
  private final List<Block> out = new ArrayList<>();
  private StringBuilder text;
  private List<String> pictures;
  private List<Inset> insets;
  private List<String> objects;
  private End end;
  /** The paragraph whose list label is yet to be counted, or null, and where in the text it starts. */
  private ParagraphDraft unlabelled;
  private int labelAt;
  /** The file's list numbering, or null: none. */
  private final Numbering numbering;

  ParagraphFlow(Numbering numbering) {
    this.numbering = numbering;
  }

  void paragraph(ParagraphDraft p) throws XMLStreamException {
    if (text == null && p.end == End.SHOWN) {
      // A paragraph on its own, as most are.
      String label = label(p);
      out.add(new Para(label.isEmpty() ? p.text.toString() : label + p.text, p.pictures,
          label.isEmpty() ? p.insets : p.insets.stream().map(i -> i.at() > 0 ? new Inset(i.at() + label.length(), i.blocks()) : i).toList(), p.objects));
      return;
    }
    if (text == null) {
      text = new StringBuilder();
      pictures = new ArrayList<>();
      insets = new ArrayList<>();
      objects = new ArrayList<>();
      unlabelled = p;
      labelAt = 0;
    } else if (end == End.DELETED) {
      if (text.toString().isBlank()) {
        unlabelled = p;
        labelAt = text.length();
      }
    } else {
      label();
      unlabelled = p;
      labelAt = text.length();
    }
    int shift = text.length();
    text.append(p.text);
    for (Inset i : p.insets) {
      insets.add(new Inset(i.at() + shift, i.blocks()));
    }
    pictures.addAll(p.pictures);
    objects.addAll(p.objects);
    end = p.end;
    if (end == End.SHOWN) {
      flush();
    }
  }

  void block(Block b) throws XMLStreamException {
    flush();
    out.add(b);
  }

  List<Block> finish() throws XMLStreamException {
    flush();
    return out;
  }

  /**
   * Counts the list label of the paragraph that has not had one and puts it before the text that
   * paragraph starts; a label whose paragraph mark is hidden is counted but hidden with it.
   */
  private void label() throws XMLStreamException {
    ParagraphDraft p = unlabelled;
    unlabelled = null;
    if (p == null) {
      return;
    }
    String label = label(p);
    if (label.isEmpty()) {
      return;
    }
    text.insert(labelAt, label);
    for (int i = 0; i < insets.size(); i++) {
      Inset in = insets.get(i);
      if (in.at() > labelAt) {
        insets.set(i, new Inset(in.at() + label.length(), in.blocks()));
      }
    }
  }

  /** The list label a paragraph shows, counted; none when its mark, which the label takes its look from, is hidden. */
  private String label(ParagraphDraft p) throws XMLStreamException {
    String label = p.printedLabel != null ? p.printedLabel : numbering == null ? "" : numbering.label(p.list, p.style);
    return p.markHidden ? "" : label;
  }

  private void flush() throws XMLStreamException {
    if (text == null) {
      return;
    }
    label();
    out.add(new Para(text.toString(), List.copyOf(pictures), List.copyOf(insets), List.copyOf(objects)));
    text = null;
    end = null;
  }
}
