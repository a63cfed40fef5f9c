package org.nianbao.read.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.nianbao.doc.Document;
import org.nianbao.doc.Grid;
import org.nianbao.doc.Picture;
import org.nianbao.read.ocr.Images;
import org.nianbao.doc.SourcePos;
import org.nianbao.read.BinaryReportReader;
import org.nianbao.read.ReadException;
import org.nianbao.read.text.LineBlocks;

/**
 * Reads Word 2007+ reports (DOCX) with POI's XWPF: paragraphs as lines (so tab-led rows read as they
 * do in a text copy), real tables as grids with gridSpan and vMerge expanded the way the HTML reader
 * expands colspan and rowspan, and pictures where they stand. A table whose cells hold tables is
 * page layout and is read through.
 */
public final class DocxReportReader implements BinaryReportReader {
  @Override
  public boolean accepts(byte[] bytes) {
    return BinaryReportReader.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04);
  }

  @Override
  public Document read(String source, byte[] bytes) throws ReadException {
    ZipGuard.check(bytes);
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      Walk walk = new Walk();
      walk.body(docx.getBodyElements());
      return new Document(source, walk.lines.blocks(), List.of(), headlines(docx));
    } catch (IOException | RuntimeException e) {
      throw ReadException.because("DOCX", e);
    }
  }

  /** The text of the page headers: a title some reports put there, and only there. */
  private static List<String> headlines(XWPFDocument docx) {
    List<String> out = new java.util.ArrayList<>();
    for (org.apache.poi.xwpf.usermodel.XWPFHeader h : docx.getHeaderList()) {
      for (String line : h.getText().split("\n")) {
        if (!line.isBlank()) {
          out.add(line.strip());
        }
      }
    }
    return out;
  }

  /** The state of one walk over a document body: blocks so far and counters for positions. */
  private static final class Walk {
    private final LineBlocks lines = new LineBlocks();
    private int paragraphs;
    private int tables;

    void body(List<IBodyElement> elements) {
      for (IBodyElement e : elements) {
        if (e instanceof XWPFParagraph p) {
          paragraph(p);
        } else if (e instanceof XWPFTable t) {
          table(t);
        } else if (e instanceof XWPFSDT sdt) {
          for (String line : sdt.getContent().getText().split("\n", -1)) {
            lines.line(line, new SourcePos(0, "sdt[" + ++paragraphs + "]"));
          }
        }
      }
    }

    private void paragraph(XWPFParagraph p) {
      paragraphs++;
      SourcePos pos = new SourcePos(0, "p[" + paragraphs + "]");
      for (String line : p.getText().split("\n", -1)) {
        lines.line(line, pos);
      }
      for (XWPFRun run : p.getRuns()) {
        for (var embedded : run.getEmbeddedPictures()) {
          var data = embedded.getPictureData();
          byte[] bytes = data == null ? null : data.getData();
          String name = data == null ? "" : data.getFileName();
          lines.block(new Picture(name == null ? "" : name, pos, false, bytes == null ? null : () -> Images.decode(bytes)));
        }
      }
    }

    private void table(XWPFTable t) {
      if (holdsTables(t)) {
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            body(cell.getBodyElements());
          }
        }
        return;
      }
      tables++;
      String path = "table[" + tables + "]";
      WordGrid grid = new WordGrid(path);
      List<XWPFTableRow> rows = t.getRows();
      for (int r = 0; r < rows.size(); r++) {
        grid.startRow(gridBefore(rows.get(r).getCtRow().getTrPr()));
        List<XWPFTableCell> cells = rows.get(r).getTableCells();
        for (int c = 0; c < cells.size(); c++) {
          XWPFTableCell cell = cells.get(c);
          CTTcPr pr = cell.getCTTc().getTcPr();
          grid.cell(text(cell), span(pr), continuesMerge(pr), false, new SourcePos(0, path + "/tr[" + (r + 1) + "]/td[" + (c + 1) + "]"));
        }
      }
      lines.block(grid.build());
    }

    private static boolean holdsTables(XWPFTable t) {
      for (XWPFTableRow row : t.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          if (!cell.getTables().isEmpty()) {
            return true;
          }
        }
      }
      return false;
    }

    /** A cell's paragraphs run together: a header wrapped as 本年新↵制作数量 is one label. */
    private static String text(XWPFTableCell cell) {
      StringBuilder s = new StringBuilder();
      for (XWPFParagraph p : cell.getParagraphs()) {
        s.append(p.getText().replace('\n', ' '));
      }
      return s.toString();
    }

    private static int span(CTTcPr pr) {
      if (pr == null || pr.getGridSpan() == null || pr.getGridSpan().getVal() == null) {
        return 1;
      }
      return Grid.boundedSpan(pr.getGridSpan().getVal().longValue());
    }

    /** {@code <w:vMerge/>} without a value, or with "continue", carries on the cell above. */
    private static boolean continuesMerge(CTTcPr pr) {
      return pr != null && pr.getVMerge() != null && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static int gridBefore(CTTrPr pr) {
      if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
        return 0;
      }
      BigInteger n = pr.getGridBeforeArray(0).getVal();
      return n == null ? 0 : Grid.boundedSpan(n.longValue());
    }
  }
}
