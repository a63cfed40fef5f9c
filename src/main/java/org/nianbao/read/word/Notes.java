package org.nianbao.read.word;

import static org.nianbao.read.word.WordXml.attribute;
import static org.nianbao.read.word.WordXml.children;
import static org.nianbao.read.word.WordXml.isW;
import static org.nianbao.read.word.WordXml.skip;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The marks of footnotes and endnotes as Word numbers them in the text: in the order their
 * references stand, in the format the document's settings give ({@code w:footnotePr}: 1, 2, 3 by
 * default, ① ② for some; endnotes i, ii, iii). Only the mark is read; the notes are not.
 */
final class Notes {
  private final byte[] settings;
  private String[] formats;
  private int[] starts;
  private final int[] counts = new int[2];

  /** @param settings the file's {@code settings.xml}, or null */
  Notes(byte[] settings) {
    this.settings = settings;
  }

  /** The mark of the next footnote ({@code footnote}) or endnote reference. */
  String next(boolean footnote) throws XMLStreamException {
    if (formats == null) {
      formats = new String[] {"decimal", "lowerRoman"};
      starts = new int[] {1, 1};
      if (settings != null) {
        parse();
      }
    }
    int k = footnote ? 0 : 1;
    return NumberText.of(starts[k] + counts[k]++, formats[k], null);
  }

  private void parse() throws XMLStreamException {
    XMLStreamReader x = Relationships.open(settings);
    if (!WordXml.root(x)) {
      return;
    }
    children(x, () -> {
      int k = isW(x, "footnotePr") ? 0 : isW(x, "endnotePr") ? 1 : -1;
      if (k < 0) {
        skip(x);
        return;
      }
      children(x, () -> {
        if (isW(x, "numFmt") && attribute(x, "val") != null) {
          formats[k] = attribute(x, "val");
        } else if (isW(x, "numStart")) {
          starts[k] = WordXml.number(attribute(x, "val"), 1);
        }
        skip(x);
      });
    });
  }
}
