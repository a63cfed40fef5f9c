package org.nianbao.read.word;

import static org.nianbao.read.word.DocxContent.MARK;
import static org.nianbao.read.word.DocxContent.MARK_END;

import java.util.List;
import org.nianbao.read.word.DocxContent.Inset;
import org.nianbao.read.word.Styles.ListRef;
import org.nianbao.read.word.Styles.Look;

/** What one paragraph holds while it is read: its text (marks kept between {@link DocxContent#MARK} and {@link DocxContent#MARK_END}), pictures, boxes, list and how it ends. */
final class ParagraphDraft {
  /** How a paragraph ends: its mark shown, deleted (a revision, so it is one paragraph with the next), or hidden (its text runs on). */
  enum End { SHOWN, DELETED, RUNS_ON }

  private final Styles styles;
  final StringBuilder text = new StringBuilder();
  List<String> pictures = List.of();
  List<Inset> insets = List.of();
  List<String> objects = List.of();
  String style;
  ListRef list;
  String printedLabel;
  End end = End.SHOWN;
  boolean markHidden;
  Look look;
  boolean inMark;
  boolean customMark;

  ParagraphDraft(Styles styles) {
    this.styles = styles;
  }

  Look look() {
    if (look == null) {
      look = styles.look(style, null);
    }
    return look;
  }

  void text(String s, boolean mark) {
    if (mark && !s.isBlank()) {
      if (!inMark) {
        text.append(MARK);
        inMark = true;
      }
      text.append(s);
    } else {
      plain(s);
    }
  }

  void plain(CharSequence s) {
    endMark();
    text.append(s);
  }

  /** A mark of its own (a footnote's number): never run into a mark before it. */
  void mark(String s) {
    endMark();
    if (!s.isEmpty()) {
      text.append(MARK).append(s).append(MARK_END);
    }
  }

  void endMark() {
    if (inMark) {
      text.append(MARK_END);
      inMark = false;
    }
  }
}
