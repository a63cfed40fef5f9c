package org.nianbao.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.document.SourcePos;
import org.nianbao.message.Message;
import org.nianbao.model.Flag;
import org.nianbao.model.Placement;
import org.nianbao.model.Report;
import org.nianbao.model.SourceRef;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.form.FieldSpec;
import org.nianbao.form.Format;
import org.nianbao.form.ReportSpec;

/**
 * Reads back a workbook nianbao wrote, as a person may have corrected and saved it in Excel, WPS or
 * LibreOffice: the facts, flags and sections from the hidden 原读数 sheet, each statutory value from
 * its cell on the form sheets once every label and header of the form is found where nianbao wrote
 * it (a form restructured — rows inserted, a sheet renamed — is refused, naming what changed, never
 * read by position). A value that differs from what nianbao read becomes a correction: the value
 * used, {@link Placement#CORRECTED}, what nianbao read kept in {@link Report#originals()}, and a
 * {@code cell.corrected} note naming both. Checks are left to be computed again by the caller.
 */
public final class OwnWorkbooks {
  private static final byte[] WORKBOOK_PART = "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII);
  /** What the official forms print for a cell with nothing in it; counted as blank, kept as written. */
  private static final Set<String> MARKS = Set.of("/", "／", "-", "—", "－", "——", "无", "\\");

  private final ReportSpec spec;

  public OwnWorkbooks(ReportSpec spec) {
    this.spec = spec;
  }

  /** Whether the bytes may be an XLSX workbook (a ZIP package holding a workbook part): only those are opened to look. */
  public static boolean mayBe(byte[] bytes) {
    if (bytes.length < 4 || bytes[0] != 0x50 || bytes[1] != 0x4B || bytes[2] != 0x03 || bytes[3] != 0x04) {
      return false;
    }
    outer:
    for (int i = 0; i + WORKBOOK_PART.length <= bytes.length; i++) {
      for (int j = 0; j < WORKBOOK_PART.length; j++) {
        if (bytes[i + j] != WORKBOOK_PART[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * The report a workbook nianbao wrote holds, with the corrections a person made in it; empty when
   * the bytes are not such a workbook (another spreadsheet, another file).
   */
  public Optional<Report> reopen(String name, byte[] bytes) throws WorkbookRefused {
    if (!mayBe(bytes)) {
      return Optional.empty();
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet originals = wb.getSheet(Sheets.ORIGINALS);
      if (originals == null || !OriginalSheet.MARKER.equals(text(originals, 0, 0))) {
        return Optional.empty();
      }
      try {
        return Optional.of(read(name, wb, originals));
      } catch (RuntimeException e) {
        // A record that does not parse (a person edited the hidden sheet): what nianbao read cannot be told.
        throw new WorkbookRefused(Message.of("error.workbook_damaged"));
      }
    } catch (IOException | RuntimeException e) {
      // A package POI cannot open is not a workbook nianbao wrote that can be read back: the readers say what it is.
      return Optional.empty();
    }
  }

  /** The records of the 原读数 sheet by their kind: the report's facts, the labels, the fields' original values, the flags, the sections' text. */
  private record Records(Map<String, String> meta, List<String[]> labels, List<String[]> fields, List<String[]> flags, Map<Integer, String> sections) {}

  /** What the fields read back give: the values used, what nianbao read where a person changed it, and the flags. */
  private record Readings(Map<String, Value> values, Map<String, Value> replaced, List<Flag> flags) {}

  private Report read(String name, Workbook wb, Sheet originals) throws WorkbookRefused {
    Records records = records(originals);
    for (String[] l : records.labels()) {
      checkLabel(wb, at(l, 1), at(l, 2), at(l, 3));
    }
    Readings readings = new Readings(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>());
    FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
    for (String[] f : records.fields()) {
      readField(wb, f, evaluator, readings);
    }
    for (String[] f : records.flags()) {
      if (!readings.replaced().containsKey(at(f, 1))) {
        List<Object> args = new ArrayList<>(Arrays.asList(f).subList(Math.min(5, f.length), f.length));
        readings.flags().add(new Flag(at(f, 1), new Message(at(f, 2), args), new SourcePos(number(at(f, 3)), at(f, 4))));
      }
    }
    Map<String, String> meta = records.meta();
    Set<TableId> tables = EnumSet.noneOf(TableId.class);
    Arrays.stream(meta.getOrDefault(OriginalSheet.TABLES, "").split(",")).filter(s -> !s.isEmpty())
        .forEach(t -> tables.add(TableId.valueOf(t.toUpperCase(Locale.ROOT))));
    String year = meta.getOrDefault(OriginalSheet.YEAR, "");
    String published = meta.getOrDefault(OriginalSheet.PUBLISHED, "");
    return new Report(name, Optional.of(meta.getOrDefault(OriginalSheet.AGENCY, "")).filter(s -> !s.isEmpty()),
        year.isEmpty() ? Optional.empty() : Optional.of(number(year)), published.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(published)),
        Format.ofCode(meta.getOrDefault(OriginalSheet.FORMAT, "")), tables, readings.values(), readings.flags(), List.of(), records.sections(), List.of(),
        readings.replaced());
  }

  private static Records records(Sheet originals) throws WorkbookRefused {
    Records out = new Records(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new TreeMap<>());
    for (int r = 1; r <= originals.getLastRowNum(); r++) {
      String[] cells = cells(originals, r);
      if (cells.length == 0) {
        continue;
      }
      String kind = cells[0];
      if (kind.equals(OriginalSheet.META)) {
        out.meta().put(at(cells, 1), at(cells, 2));
      } else if (kind.equals(OriginalSheet.LABEL)) {
        out.labels().add(cells);
      } else if (kind.equals(OriginalSheet.FIELD)) {
        out.fields().add(cells);
      } else if (kind.equals(OriginalSheet.FLAG)) {
        out.flags().add(cells);
      } else if (kind.equals(OriginalSheet.SECTION)) {
        out.sections().put(Integer.parseInt(at(cells, 1)), String.join("", Arrays.asList(cells).subList(Math.min(2, cells.length), cells.length)));
      } else {
        throw new WorkbookRefused(Message.of("error.workbook_damaged"));
      }
    }
    return out;
  }

  /** Reads one field's cell back: the original value where it still says the same, else the value now, kept as a correction. */
  private static void readField(Workbook wb, String[] f, FormulaEvaluator evaluator, Readings readings) throws WorkbookRefused {
    String id = at(f, 1);
    Value original = original(f);
    String ref = at(f, 2);
    int bang = ref.lastIndexOf('!');
    if (bang < 0) {
      throw new WorkbookRefused(Message.of("error.workbook_damaged"));
    }
    Sheet sheet = wb.getSheet(ref.substring(0, bang));
    if (sheet == null) {
      throw new WorkbookRefused(Message.of("error.workbook_changed", Message.of("workbook.sheet_missing", ref.substring(0, bang))));
    }
    Value now = current(sheet, ref.substring(bang + 1), evaluator);
    if (same(original, now)) {
      readings.values().put(id, original);
    } else {
      readings.values().put(id, now);
      readings.replaced().put(id, original);
      readings.flags().add(new Flag(id, Message.of(OriginalSheet.CORRECTED, shown(original), original.source().pos().known() ? original.source().pos().toString() : "",
          shown(now)), now.source().pos()));
    }
  }

  /** Refuses the workbook unless the label nianbao wrote at {@code cell} of {@code sheetName} is still there, naming where it went. */
  private static void checkLabel(Workbook wb, String sheetName, String cell, String label) throws WorkbookRefused {
    Sheet sheet = wb.getSheet(sheetName);
    if (sheet == null) {
      throw new WorkbookRefused(Message.of("error.workbook_changed", Message.of("workbook.sheet_missing", sheetName)));
    }
    CellReference at = new CellReference(cell);
    String now = text(sheet, at.getRow(), at.getCol());
    if (same(now, label)) {
      return;
    }
    for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 400); r++) {
      Row row = sheet.getRow(r);
      for (int c = 0; row != null && c < Math.min(row.getLastCellNum(), 64); c++) {
        if (same(text(sheet, r, c), label)) {
          Message what = c == at.getCol()
              ? Message.of("workbook.label_moved", sheetName, short_(label), at.getRow() + 1, r + 1)
              : Message.of("workbook.label_column_moved", sheetName, short_(label), CellReference.convertNumToColString(at.getCol()), CellReference.convertNumToColString(c));
          throw new WorkbookRefused(Message.of("error.workbook_changed", what));
        }
      }
    }
    throw new WorkbookRefused(Message.of("error.workbook_changed", Message.of("workbook.label_changed", sheetName, cell, short_(label), short_(now))));
  }

  private static boolean same(String a, String b) {
    return a.replaceAll("\\s", "").equals(b.replaceAll("\\s", ""));
  }

  private static String short_(String label) {
    String one = label.replaceAll("\\s+", "");
    return one.length() > 24 ? one.substring(0, 24) + "…" : one;
  }

  /** Whether a cell read back says what nianbao read: the same number, or both without one (blank, a mark), or both unread. */
  static boolean same(Value original, Value now) {
    if (original.kind() == ValueKind.UNREAD) {
      // An unread cell left empty is still unread: emptying a cell never confirms a blank ("/" does).
      return now.kind() == ValueKind.UNREAD || now.kind() == ValueKind.BLANK;
    }
    if (now.kind() == ValueKind.UNREAD) {
      return false;
    }
    if (original.number() == null || now.number() == null) {
      return original.number() == null && now.number() == null;
    }
    return original.number().compareTo(now.number()) == 0;
  }

  private static Value original(String[] f) throws WorkbookRefused {
    try {
      ValueKind kind = OriginalSheet.keyOf(OriginalSheet.KINDS, at(f, 3)).orElseThrow(IllegalArgumentException::new);
      Placement placement = OriginalSheet.keyOf(OriginalSheet.PLACEMENTS, at(f, 5)).orElseThrow(IllegalArgumentException::new);
      String n = at(f, 4);
      return new Value(kind, n.isEmpty() ? null : new BigDecimal(n), placement, new SourceRef(at(f, 6), new SourcePos(number(at(f, 7)), at(f, 8))));
    } catch (IllegalArgumentException e) {
      throw new WorkbookRefused(Message.of("error.workbook_damaged"));
    }
  }

  /**
   * The value a form cell holds now: a number (typed as a number or as text, or a formula's
   * result), blank, a mark (/, 无), or unread when the cell is still empty under nianbao's 未能读取 note.
   */
  private static Value current(Sheet sheet, String ref, FormulaEvaluator evaluator) {
    CellReference r = new CellReference(ref);
    Row row = sheet.getRow(r.getRow());
    Cell c = row == null ? null : row.getCell(r.getCol());
    SourcePos pos = new SourcePos(0, sheet.getSheetName() + "!" + ref);
    String text = "";
    BigDecimal number = null;
    if (c != null) {
      CellType type = c.getCellType();
      if (type == CellType.FORMULA) {
        try {
          CellValue v = evaluator.evaluate(c);
          type = v.getCellType();
          if (type == CellType.NUMERIC) {
            number = plain(v.getNumberValue());
          } else {
            text = v.formatAsString();
          }
        } catch (RuntimeException e) {
          // A formula POI cannot evaluate: its value as last calculated by the program that saved it.
          type = c.getCachedFormulaResultType();
          number = type == CellType.NUMERIC ? plain(c.getNumericCellValue()) : null;
          text = type == CellType.STRING ? c.getStringCellValue() : "";
        }
      } else if (type == CellType.NUMERIC) {
        number = plain(c.getNumericCellValue());
      } else if (type == CellType.STRING) {
        text = c.getStringCellValue();
      } else if (type == CellType.BOOLEAN || type == CellType.ERROR) {
        text = c.toString();
      }
    }
    text = text.replace('\u3000', ' ').strip();
    if (number == null && !text.isEmpty()) {
      number = parse(text);
    }
    if (number != null) {
      return new Value(ValueKind.NUMBER, number, Placement.CORRECTED, new SourceRef(text.isEmpty() ? number.toPlainString() : text, pos));
    }
    if (text.isEmpty()) {
      boolean unread = c != null && c.getCellComment() != null && c.getCellComment().getString().getString().startsWith(LayoutValues.UNREAD_NOTE);
      return unread ? Value.unread(new SourceRef("", pos)) : new Value(ValueKind.BLANK, null, Placement.CORRECTED, new SourceRef("", pos));
    }
    return new Value(ValueKind.MARK, null, Placement.CORRECTED, new SourceRef(text, pos));
  }

  /** A number typed as text: digits with an optional sign, decimals and thousands separators (full-width too). */
  private static BigDecimal parse(String text) {
    StringBuilder t = new StringBuilder();
    for (char ch : text.toCharArray()) {
      t.append(ch >= '０' && ch <= '９' ? (char) (ch - '０' + '0') : ch == '．' ? '.' : ch == '，' ? ',' : ch == '－' ? '-' : ch);
    }
    String s = t.toString().replace(",", "");
    if (MARKS.contains(text) || !s.matches("[+-]?[0-9]+(\\.[0-9]+)?")) {
      return null;
    }
    return plain(new BigDecimal(s));
  }

  private static BigDecimal plain(double d) {
    return plain(BigDecimal.valueOf(d));
  }

  private static BigDecimal plain(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** How a value reads to a person in a note: its number, 空白, the mark, or 未能读取. */
  public static String shown(Value v) {
    return switch (v.kind()) {
      case NUMBER -> v.number().toPlainString();
      case BLANK -> OriginalSheet.KINDS.get(ValueKind.BLANK);
      case MARK -> v.source().snippet().isEmpty() ? OriginalSheet.KINDS.get(ValueKind.BLANK) : v.source().snippet();
      case UNREAD -> OriginalSheet.KINDS.get(ValueKind.UNREAD);
    };
  }

  private static String at(String[] cells, int i) {
    return i < cells.length ? cells[i] : "";
  }

  private static int number(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String[] cells(Sheet sheet, int r) {
    Row row = sheet.getRow(r);
    if (row == null || row.getLastCellNum() <= 0) {
      return new String[0];
    }
    String[] out = new String[row.getLastCellNum()];
    for (int c = 0; c < out.length; c++) {
      out[c] = text(sheet, r, c);
    }
    return out;
  }

  private static String text(Sheet sheet, int r, int c) {
    Row row = sheet.getRow(r);
    Cell cell = row == null ? null : row.getCell(c);
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.STRING || (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING)) {
      return cell.getStringCellValue();
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      return plain(cell.getNumericCellValue()).toPlainString();
    }
    return "";
  }
}
