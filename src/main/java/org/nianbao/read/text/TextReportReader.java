package org.nianbao.read.text;

import org.nianbao.document.Document;
import org.nianbao.document.SourcePos;
import org.nianbao.read.Budget;
import org.nianbao.read.DecodedText;
import org.nianbao.read.ReportReader;
import org.nianbao.read.Source;

/** Reads plain text copies of reports, line by line (see {@link LineBlocks}). */
public final class TextReportReader implements ReportReader {
  @Override
  public Document read(Source source) {
    DecodedText text = source.text();
    String t = text.text();
    LineBlocks blocks = new LineBlocks();
    int line = 1;
    int start = 0;
    // Lines end at CR LF, CR or LF: cut by hand, as a regular expression split cost more than reading them.
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\r' || c == '\n') {
        Budget.spend(Budget.Work.PARAGRAPHS, 1);
        blocks.line(t.substring(start, i), SourcePos.line(line++));
        if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    blocks.line(t.substring(start), SourcePos.line(line));
    return new Document(source.name(), blocks.blocks(), text.note().stream().toList());
  }
}
