package org.nianbao.read.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.document.Block;
import org.nianbao.document.Document;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;
import org.nianbao.document.SourcePos;
import org.nianbao.message.Message;
import org.nianbao.read.ReadException;
import org.nianbao.read.ReportReader;
import org.nianbao.read.Source;

/**
 * Reads spreadsheets (XLSX with POI's XSSF, XLS with its HSSF) as a spreadsheet program shows them:
 * each sheet shown (hidden sheets, rows and columns are not) as its name, then its tables — one
 * {@link Grid} for each run of rows parted from the next by an empty row — with merged cells
 * expanded as a web page's spans are (the covered cells as span copies), numbers as they are
 * displayed in their format (423, not 423.0), formulas by the values last calculated. Positions are
 * workbook cells ({@code 表三!D5}). A workbook nianbao wrote is refused: it is an answer, not a
 * report (its document properties name nianbao as the application).
 */
public final class SheetReportReader implements ReportReader {
  /** The application a workbook nianbao wrote names in its properties. */
  private static final String OWN_APPLICATION = "nianbao";
  /** A report's tables are a few dozen rows; rows and columns beyond these are not read. */
  static final int MAX_ROWS = 2000;
  static final int MAX_COLUMNS = 64;

  @Override
  public Document read(Source input) throws ReadException {
    String source = input.name();
    byte[] bytes = input.bytes();
    boolean ole = input.startsWith(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    try (Workbook wb = ole ? hssf(bytes) : new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      if (ownApplication(wb)) {
        throw new ReadException(Message.of("error.spreadsheet"));
      }
      List<Block> blocks = new ArrayList<>();
      List<String> names = new ArrayList<>();
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) {
          continue;
        }
        Sheet sheet = wb.getSheetAt(s);
        names.add(sheet.getSheetName());
        blocks.add(new Paragraph(sheet.getSheetName(), new SourcePos(0, sheet.getSheetName() + "!A1")));
        blocks.addAll(tables(sheet, formatter));
      }
      return new Document(source, blocks, List.of(Message.of("read.spreadsheet", String.join("、", names))));
    } catch (ReadException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // A workbook that does not open is refused as today: a spreadsheet, not a report.
      throw new ReadException(Message.of("error.spreadsheet"));
    }
  }

  private static Workbook hssf(byte[] bytes) throws IOException, ReadException {
    POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
    if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("Book")) {
      fs.close();
      throw new ReadException(Message.of("error.not_word"));
    }
    return new HSSFWorkbook(fs);
  }

  private static boolean ownApplication(Workbook wb) {
    String app = "";
    if (wb instanceof XSSFWorkbook x) {
      app = x.getProperties().getExtendedProperties().getApplication();
    } else if (wb instanceof HSSFWorkbook h) {
      SummaryInformation info = h.getSummaryInformation();
      app = info == null ? "" : info.getApplicationName();
    }
    return OWN_APPLICATION.equals(app == null ? "" : app.strip());
  }

  /** The sheet's tables: runs of shown rows holding something, parted by rows holding nothing. */
  private static List<Grid> tables(Sheet sheet, DataFormatter formatter) {
    int last = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
    int width = width(sheet, last);
    String[][] text = shown(sheet, last, width, formatter);
    boolean[][] copy = new boolean[last + 1][width];
    spreadMerged(sheet, text, copy, last, width);
    List<Integer> columns = shownColumns(sheet, width);
    List<Grid> out = new ArrayList<>();
    List<List<org.nianbao.document.Cell>> rows = new ArrayList<>();
    for (int r = 0; r <= last + 1; r++) {
      Row row = r <= last ? sheet.getRow(r) : null;
      if (row != null && row.getZeroHeight()) {
        continue;
      }
      boolean empty = true;
      if (r <= last) {
        for (int c : columns) {
          empty &= text[r][c].isBlank();
        }
      }
      if (empty) {
        if (!rows.isEmpty()) {
          out.add(grid(sheet, rows));
          rows = new ArrayList<>();
        }
        continue;
      }
      List<org.nianbao.document.Cell> cells = new ArrayList<>();
      for (int c : columns) {
        SourcePos pos = new SourcePos(0, sheet.getSheetName() + "!" + new CellReference(r, c).formatAsString(false));
        cells.add(new org.nianbao.document.Cell(text[r][c], pos, copy[r][c]));
      }
      rows.add(cells);
    }
    return out;
  }

  /** The columns read: as many as the widest row up to {@code last} has, at most {@link #MAX_COLUMNS}. */
  private static int width(Sheet sheet, int last) {
    int width = 0;
    for (int r = 0; r <= last; r++) {
      Row row = sheet.getRow(r);
      if (row != null) {
        width = Math.max(width, Math.min(row.getLastCellNum(), MAX_COLUMNS));
      }
    }
    return width;
  }

  /** Each cell's text as the sheet shows it, "" for a cell not there. */
  private static String[][] shown(Sheet sheet, int last, int width, DataFormatter formatter) {
    String[][] text = new String[last + 1][width];
    for (int r = 0; r <= last; r++) {
      Row row = sheet.getRow(r);
      for (int c = 0; c < width; c++) {
        Cell cell = row == null ? null : row.getCell(c);
        text[r][c] = cell == null ? "" : shown(cell, formatter);
      }
    }
    return text;
  }

  /** Each merged cell's text copied into the cells it covers, which are marked as copies in {@code copy}. */
  private static void spreadMerged(Sheet sheet, String[][] text, boolean[][] copy, int last, int width) {
    for (CellRangeAddress m : sheet.getMergedRegions()) {
      int r0 = m.getFirstRow();
      int c0 = m.getFirstColumn();
      if (r0 > last || c0 >= width) {
        continue;
      }
      for (int r = r0; r <= Math.min(m.getLastRow(), last); r++) {
        for (int c = c0; c <= Math.min(m.getLastColumn(), width - 1); c++) {
          if (r != r0 || c != c0) {
            text[r][c] = text[r0][c0];
            copy[r][c] = true;
          }
        }
      }
    }
  }

  private static List<Integer> shownColumns(Sheet sheet, int width) {
    List<Integer> columns = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      if (!sheet.isColumnHidden(c)) {
        columns.add(c);
      }
    }
    return columns;
  }

  /** A table's rows, its columns that hold nothing in any row left out. */
  private static Grid grid(Sheet sheet, List<List<org.nianbao.document.Cell>> rows) {
    int width = rows.get(0).size();
    List<Integer> used = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      int col = c;
      if (rows.stream().anyMatch(row -> !row.get(col).text().isBlank())) {
        used.add(c);
      }
    }
    List<List<org.nianbao.document.Cell>> kept = rows.stream().map(row -> used.stream().map(row::get).toList()).toList();
    return new Grid(kept, kept.get(0).isEmpty() ? new SourcePos(0, sheet.getSheetName() + "!A1") : kept.get(0).get(0).pos());
  }

  /**
   * What a cell shows: its value in its number format; a formula's last calculated value. A format
   * that rounds digits away (12.5 shown as 13) is not followed: the number the cell holds is read.
   */
  private static String shown(Cell cell, DataFormatter formatter) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
      return switch (type) {
        case NUMERIC -> number(cell.getNumericCellValue(), formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString()));
        case STRING -> cell.getStringCellValue();
        case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
        default -> "";
      };
    }
    if (type == CellType.NUMERIC) {
      return number(cell.getNumericCellValue(), formatter.formatCellValue(cell));
    }
    return type == CellType.BLANK ? "" : formatter.formatCellValue(cell);
  }

  /** The number as its format shows it, unless the format rounds it: then the number itself. */
  static String number(double value, String formatted) {
    String digits = formatted.replaceAll("[^0-9.\\-]", "");
    boolean percent = formatted.contains("%");
    double expected = percent ? value * 100 : value;
    try {
      if (!digits.isEmpty() && Math.abs(Double.parseDouble(digits) - expected) <= 1e-9 * Math.max(1, Math.abs(expected))) {
        return formatted.strip();
      }
    } catch (NumberFormatException e) {
      // Not a plain number once shown (a date, a fraction): the number itself below.
    }
    String plain = BigDecimal.valueOf(expected).stripTrailingZeros().toPlainString();
    return percent ? plain + "%" : plain;
  }
}
