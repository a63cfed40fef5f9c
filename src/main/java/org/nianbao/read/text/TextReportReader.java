package org.nianbao.read.text;

import org.nianbao.doc.Document;
import org.nianbao.doc.SourcePos;
import org.nianbao.read.DecodedText;
import org.nianbao.read.ReportReader;

/** Reads plain text copies of reports, line by line (see {@link LineBlocks}). */
public final class TextReportReader implements ReportReader {
  @Override
  public boolean accepts(DecodedText text) {
    return true;
  }

  @Override
  public Document read(String source, DecodedText text) {
    String[] lines = text.text().split("\r\n|\r|\n", -1);
    LineBlocks blocks = new LineBlocks();
    for (int i = 0; i < lines.length; i++) {
      blocks.line(lines[i], SourcePos.line(i + 1));
    }
    return new Document(source, blocks.blocks(), text.note().stream().toList());
  }
}
