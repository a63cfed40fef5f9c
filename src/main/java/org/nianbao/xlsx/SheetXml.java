package org.nianbao.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A {@link Sheet} as its worksheet part: the view and columns, the rows (those spilled before, then
 * those still held), then merges, conditional formats, links, print setup and the sheet's drawings.
 */
final class SheetXml {
  private final Sheet sheet;

  SheetXml(Sheet sheet) {
    this.sheet = sheet;
  }

  /**
   * Writes the part to {@code out}.
   *
   * @param selected whether the sheet's tab is the one selected
   * @param parts the relationship ids of its drawing and comments (null for none) and its footer
   */
  void write(OutputStream out, boolean selected, SheetParts parts) throws IOException {
    StringBuilder head = new StringBuilder(2048);
    head.append(XlsxWriter.XML_HEAD).append("<worksheet xmlns=\"").append(XlsxWriter.MAIN_NS).append("\" xmlns:r=\"").append(XlsxWriter.REL_NS).append("\">");
    head.append("<sheetPr><pageSetUpPr fitToPage=\"").append(sheet.pageSetup().fitWidth() ? 1 : 0).append("\"/></sheetPr>");
    SheetRows rows = sheet.rows();
    head.append("<dimension ref=\"").append(rows.maxRow() < 0 ? "A1" : Ref.range(0, 0, rows.maxRow(), Math.max(0, rows.maxCol()))).append("\"/>");
    view(head, selected);
    columns(head);
    head.append("<sheetData>");
    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    sheet.spilled().copyTo(out);
    // The rows still in memory go straight into the workbook, after those spilled before.
    sheet.rowXml().writeBefore(rows, Integer.MAX_VALUE, xml -> xml.writeTo(out));
    StringBuilder tail = new StringBuilder(1024);
    tail.append("</sheetData>");
    if (sheet.locked()) {
      tail.append("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\"/>");
    }
    if (sheet.filterRange() != null) {
      tail.append("<autoFilter ref=\"").append(sheet.filterRange()).append("\"/>");
    }
    merges(tail);
    conditionalFormats(tail);
    links(tail);
    print(tail, parts.footer());
    if (parts.drawing() != null) {
      tail.append("<drawing r:id=\"").append(parts.drawing()).append("\"/>");
    }
    if (parts.comments() != null) {
      tail.append("<legacyDrawing r:id=\"").append(parts.comments()).append("\"/>");
    }
    tail.append("</worksheet>");
    out.write(tail.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The relationship ids of a sheet's drawing and comments (null for none), and its footer (null for none). */
  record SheetParts(String drawing, String comments, String footer) {}

  private void view(StringBuilder x, boolean selected) {
    x.append("<sheetViews><sheetView workbookViewId=\"0\"");
    if (selected) {
      x.append(" tabSelected=\"1\"");
    }
    if (!sheet.gridLines()) {
      x.append(" showGridLines=\"0\"");
    }
    x.append('>');
    int cols = sheet.frozenCols();
    int rows = sheet.frozenRows();
    if (cols > 0 || rows > 0) {
      String pane = cols > 0 && rows > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
      x.append("<pane");
      if (cols > 0) {
        x.append(" xSplit=\"").append(cols).append('"');
      }
      if (rows > 0) {
        x.append(" ySplit=\"").append(rows).append('"');
      }
      String topLeft = Ref.cell(rows, cols);
      x.append(" topLeftCell=\"").append(topLeft).append("\" activePane=\"").append(pane).append("\" state=\"frozen\"/>");
      x.append("<selection pane=\"").append(pane).append("\" activeCell=\"").append(topLeft).append("\" sqref=\"").append(topLeft).append("\"/>");
    }
    x.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
  }

  private void columns(StringBuilder x) {
    if (sheet.widths().isEmpty()) {
      return;
    }
    x.append("<cols>");
    sheet.widths().forEach((c, w) -> x.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"").append(Xml.decimal(w))
        .append("\" customWidth=\"1\"/>"));
    x.append("</cols>");
  }

  private void merges(StringBuilder x) {
    if (sheet.merged().isEmpty()) {
      return;
    }
    x.append("<mergeCells count=\"").append(sheet.merged().size()).append("\">");
    sheet.merged().forEach(m -> x.append("<mergeCell ref=\"").append(m).append("\"/>"));
    x.append("</mergeCells>");
  }

  /** The expressions, then the colour scales: each has the next priority in that order. */
  private void conditionalFormats(StringBuilder x) {
    int priority = 1;
    for (ConditionalFormat f : sheet.conditionalFormats()) {
      if (f instanceof ConditionalFormat.Expression e) {
        x.append("<conditionalFormatting sqref=\"").append(e.sqref()).append("\"><cfRule type=\"expression\" dxfId=\"").append(e.dxf())
            .append("\" priority=\"").append(priority++).append("\"><formula>");
        Xml.text(x, e.formula());
        x.append("</formula></cfRule></conditionalFormatting>");
      }
    }
    for (ConditionalFormat f : sheet.conditionalFormats()) {
      if (f instanceof ConditionalFormat.ColorScale s) {
        x.append("<conditionalFormatting sqref=\"").append(s.sqref()).append("\"><cfRule type=\"colorScale\" priority=\"").append(priority++)
            .append("\"><colorScale><cfvo type=\"min\"/><cfvo type=\"percentile\" val=\"50\"/><cfvo type=\"max\"/><color rgb=\"FF").append(s.low())
            .append("\"/><color rgb=\"FF").append(s.mid()).append("\"/><color rgb=\"FF").append(s.high()).append("\"/></colorScale></cfRule></conditionalFormatting>");
      }
    }
  }

  private void links(StringBuilder x) {
    if (sheet.links().isEmpty()) {
      return;
    }
    x.append("<hyperlinks>");
    sheet.links().forEach((cell, location) -> {
      x.append("<hyperlink ref=\"").append(cell).append("\" location=\"");
      Xml.text(x, location);
      x.append("\"/>");
    });
    x.append("</hyperlinks>");
  }

  private void print(StringBuilder x, String footer) {
    PageSetup page = sheet.pageSetup();
    x.append("<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>");
    x.append("<pageSetup paperSize=\"9\" orientation=\"").append(page.landscape() ? "landscape" : "portrait").append('"');
    if (page.fitWidth()) {
      x.append(" fitToWidth=\"").append(page.pagesWide()).append("\" fitToHeight=\"0\"");
    }
    x.append("/>");
    if (footer != null) {
      x.append("<headerFooter><oddFooter>");
      Xml.text(x, footer);
      x.append("</oddFooter></headerFooter>");
    }
    if (!sheet.breaks().isEmpty()) {
      int n = sheet.breaks().size();
      x.append("<rowBreaks count=\"").append(n).append("\" manualBreakCount=\"").append(n).append("\">");
      sheet.breaks().forEach(b -> x.append("<brk id=\"").append(b).append("\" max=\"16383\" man=\"1\"/>"));
      x.append("</rowBreaks>");
    }
  }
}
