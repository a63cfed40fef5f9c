package org.nianbao.workbook;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles a nianbao workbook uses, made once per workbook. */
final class Styles {
  /** A font with CJK glyphs in Excel, WPS and LibreOffice (substituted where missing). */
  static final String FONT = "宋体";

  /** What a value cell shows. */
  enum Value {
    COUNT,
    SIGNED,
    AMOUNT,
    TEXT
  }

  /** How a value cell was reached: read plainly, inferred (flagged), or unread. */
  enum Mark {
    PLAIN,
    INFERRED,
    UNREAD
  }

  final CellStyle title;
  final CellStyle header;
  final CellStyle label;
  final CellStyle text;
  final CellStyle wrapped;
  final CellStyle bold;
  final CellStyle link;
  private final Workbook wb;
  private final Map<Value, Map<Mark, CellStyle>> values = new EnumMap<>(Value.class);

  Styles(Workbook wb) {
    this.wb = wb;
    Font normal = wb.getFontAt(0);
    normal.setFontName(FONT);
    normal.setFontHeightInPoints((short) 11);
    Font strong = font(true, (short) 11, false);
    title = wb.createCellStyle();
    title.setFont(font(true, (short) 14, false));
    title.setAlignment(HorizontalAlignment.CENTER);
    header = boxed(strong, true);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    label = boxed(normal, true);
    text = wb.createCellStyle();
    text.setVerticalAlignment(VerticalAlignment.TOP);
    wrapped = wb.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    bold = wb.createCellStyle();
    bold.setFont(strong);
    bold.setVerticalAlignment(VerticalAlignment.TOP);
    link = wb.createCellStyle();
    link.setFont(font(false, (short) 11, true));
  }

  CellStyle value(Value kind, Mark mark) {
    return values.computeIfAbsent(kind, k -> new EnumMap<>(Mark.class)).computeIfAbsent(mark, m -> valueStyle(kind, m));
  }

  private CellStyle valueStyle(Value kind, Mark mark) {
    CellStyle s = boxed(wb.getFontAt(0), false);
    s.setAlignment(kind == Value.TEXT ? HorizontalAlignment.CENTER : HorizontalAlignment.RIGHT);
    String format = switch (kind) {
      case COUNT -> "0";
      case SIGNED -> "+0;-0;0";
      case AMOUNT -> "0.00";
      case TEXT -> "@";
    };
    s.setDataFormat(wb.createDataFormat().getFormat(format));
    if (mark != Mark.PLAIN) {
      s.setFillForegroundColor(mark == Mark.UNREAD ? IndexedColors.YELLOW.getIndex() : IndexedColors.LIGHT_ORANGE.getIndex());
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return s;
  }

  private CellStyle boxed(Font font, boolean wrap) {
    CellStyle s = wb.createCellStyle();
    s.setFont(font);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    s.setWrapText(wrap);
    return s;
  }

  private Font font(boolean boldFace, short points, boolean underline) {
    Font f = wb.createFont();
    f.setFontName(FONT);
    f.setBold(boldFace);
    f.setFontHeightInPoints(points);
    if (underline) {
      f.setUnderline(Font.U_SINGLE);
      f.setColor(IndexedColors.BLUE.getIndex());
    }
    return f;
  }
}
