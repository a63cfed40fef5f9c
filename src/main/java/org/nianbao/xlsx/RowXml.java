package org.nianbao.xlsx;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The rows of one sheet as XML ({@code <row>} and its {@code <c>} cells), written into the
 * workbook's row buffer and handed on 64 KB at a time; a row whose height no one set is given the
 * height its wrapped text needs.
 */
final class RowXml {
  /** Where rows go as they are written: the spill, or the workbook itself once the sheet is written whole. */
  interface RowSink {
    void take(XmlBytes rows) throws IOException;
  }

  private final XlsxWriter book;
  private final Sheet sheet;

  RowXml(XlsxWriter book, Sheet sheet) {
    this.book = book;
    this.sheet = sheet;
  }

  /** Writes the rows above {@code before} still held to {@code sink}; they are forgotten. */
  void writeBefore(SheetRows rows, int before, RowSink sink) throws IOException {
    XmlBytes xml = book.rowBuffer();
    rows.drain(before, (r, row) -> {
      write(xml, r, row);
      if (xml.length() > 1 << 16) {
        sink.take(xml);
        xml.clear();
      }
    });
    if (xml.length() > 0) {
      sink.take(xml);
      xml.clear();
    }
  }

  private void write(XmlBytes xml, int r, Row row) {
    xml.append("<row r=\"").append(r + 1).append('"');
    double height = row.height > 0 ? row.height : fittedHeight(r, row);
    if (height > 0) {
      xml.append(" ht=\"").append(Xml.decimal(height)).append("\" customHeight=\"1\"");
    }
    if (row.hidden) {
      xml.append(" hidden=\"1\"");
    }
    if (row.count == 0) {
      xml.append("/>");
      return;
    }
    xml.append('>');
    for (int col = 0; col < row.cells.length; col++) {
      if (row.cells[col] != null) {
        cell(xml, r, col, row.cells[col]);
      }
    }
    xml.append("</row>");
  }

  private static void cell(XmlBytes xml, int r, int col, Cell c) {
    Ref.appendCell(xml.append("<c r=\""), r, col).append('"');
    if (c.style() != 0) {
      xml.append(" s=\"").append(c.style()).append('"');
    }
    String content = c.content();
    switch (c.kind()) {
      case Cell.NUMBER -> xml.append("><v>").append(content).append("</v></c>");
      case Cell.TEXT -> {
        // Only spaces at either end need keeping; marking every cell made the sheets a sixth larger.
        xml.append(Character.isWhitespace(content.charAt(0)) || Character.isWhitespace(content.charAt(content.length() - 1))
            ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>");
        xml.text(content).append("</t></is></c>");
      }
      case Cell.FORMULA -> formula(xml, c, "<f>");
      case Cell.ARRAY -> formula(xml, c, "<f t=\"array\" ref=\"" + Ref.cell(r, col) + "\">");
      default -> xml.append("/>");
    }
  }

  private static void formula(XmlBytes xml, Cell c, String open) {
    Object value = c.value();
    if (value instanceof String s) {
      xml.append(" t=\"str\">").append(open);
      xml.text(c.content()).append("</f><v>").text(s).append("</v></c>");
    } else if (value instanceof Boolean b) {
      xml.append(" t=\"b\">").append(open);
      xml.text(c.content()).append("</f><v>").append(b ? 1 : 0).append("</v></c>");
    } else if (value instanceof BigDecimal d) {
      xml.append(">").append(open);
      xml.text(c.content()).append("</f><v>").append(Xml.decimal(d)).append("</v></c>");
    } else if (value instanceof Number n) {
      xml.append(">").append(open);
      xml.text(c.content()).append("</f><v>").append(Xml.decimal(n.doubleValue())).append("</v></c>");
    } else {
      // An empty result (IF(…,"",…) showing nothing) is an empty string, as Excel stores it.
      xml.append(" t=\"str\">").append(open);
      xml.text(c.content()).append("</f><v></v></c>");
    }
  }

  /**
   * The height a row needs for its wrapped text, or 0 for the default: readers that open the file
   * without laying it out again (LibreOffice, previews) show rows at the height the file gives.
   */
  private double fittedHeight(int r, Row row) {
    double lines = 1;
    double points = book.style(0).points();
    for (int col = 0; col < row.cells.length; col++) {
      Cell c = row.cells[col];
      if (c == null || c.kind() != Cell.TEXT) {
        continue;
      }
      Style style = book.style(c.style());
      if (!style.wrapText()) {
        continue;
      }
      double width = sheet.mergedWidth(r, col);
      if (width > 0) {
        lines = Math.max(lines, TextWidth.lines(c.content(), width, style.points() / points));
        points = Math.max(points, style.points());
      }
    }
    return lines <= 1 ? 0 : Math.min(Sheet.MAX_ROW_POINTS, TextWidth.points(lines, points));
  }
}
