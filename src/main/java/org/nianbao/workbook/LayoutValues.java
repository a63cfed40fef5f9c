package org.nianbao.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.nianbao.message.Message;
import org.nianbao.document.SourcePos;
import org.nianbao.model.Placement;
import org.nianbao.model.Report;
import org.nianbao.model.SourceRef;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.form.Format;
import org.nianbao.form.Layout;
import org.nianbao.form.LayoutEntry;
import org.nianbao.form.ReportSpec;

/**
 * Reads a workbook nianbao wrote back into a report's values, through the same layout that wrote
 * it: numbers, marks, blanks, and the cells noted as unread.
 */
public final class LayoutValues {
  static final String FORMAT = "nianbao.format";
  static final String TABLES = "nianbao.tables";
  static final String AGENCY = "nianbao.agency";
  static final String YEAR = "nianbao.year";
  static final String SOURCE = "nianbao.source";
  static final String UNREAD_NOTE = Message.of("workbook.comment.unread").zh();

  private final ReportSpec spec;

  public LayoutValues(ReportSpec spec) {
    this.spec = spec;
  }

  /** Reads the report values back; the workbook must be one nianbao wrote. */
  public Report read(InputStream in, String name) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(in)) {
      POIXMLProperties.CustomProperties custom = wb.getProperties().getCustomProperties();
      Optional<Format> format = Format.ofCode(property(custom, FORMAT));
      Set<TableId> tables = EnumSet.noneOf(TableId.class);
      Arrays.stream(property(custom, TABLES).split(",")).filter(s -> !s.isEmpty())
          .forEach(t -> tables.add(TableId.valueOf(t.toUpperCase(java.util.Locale.ROOT))));
      Map<String, Value> values = new LinkedHashMap<>();
      if (format.isPresent()) {
        Layout layout = spec.layout(format.get());
        for (LayoutEntry e : layout.entries()) {
          if (e.kind() == LayoutEntry.Kind.FIELD && tables.stream().anyMatch(t -> e.content().startsWith(t.key() + "."))) {
            values.put(e.content(), value(wb.getSheet(e.sheet()), e.firstCell()));
          }
        }
      }
      String year = property(custom, YEAR);
      return new Report(property(custom, SOURCE).isEmpty() ? name : property(custom, SOURCE), Optional.of(property(custom, AGENCY)).filter(s -> !s.isEmpty()),
          year.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(year)), Optional.empty(), format, tables, values, List.of(), List.of(), Map.of(), List.of(), Map.of());
    }
  }

  private static Value value(Sheet sheet, String ref) {
    CellReference r = new CellReference(ref);
    Row row = sheet.getRow(r.getRow());
    Cell c = row == null ? null : row.getCell(r.getCol());
    SourceRef src = new SourceRef(c == null ? "" : c.toString(), new SourcePos(0, sheet.getSheetName() + "!" + ref));
    if (c != null && c.getCellComment() != null && c.getCellComment().getString().getString().startsWith(UNREAD_NOTE)) {
      return Value.unread(src);
    }
    if (c == null || c.getCellType() == CellType.BLANK) {
      return Value.blank(src);
    }
    if (c.getCellType() == CellType.NUMERIC) {
      return new Value(ValueKind.NUMBER, BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros(), Placement.READ, src);
    }
    return new Value(ValueKind.MARK, null, Placement.READ, src);
  }

  private static String property(POIXMLProperties.CustomProperties custom, String name) {
    CTProperty p = custom.getProperty(name);
    return p == null || p.getLpwstr() == null ? "" : p.getLpwstr();
  }
}
