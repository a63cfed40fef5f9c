package org.nianbao.xlsx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The styles part: fonts, fills, borders and number formats of the styles in use, and the conditional formats' looks. */
final class StyleXml {
  /** Number formats every reader knows by number; others are declared from 164 on. */
  private static final Map<String, Integer> BUILT_IN = Map.of("General", 0, "0", 1, "0.00", 2, "0%", 9, "0.00%", 10, "@", 49);

  private StyleXml() {}

  static String styles(List<Style> styles, List<Highlight> highlights) {
    Formats used = new Formats(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    used.fills().put("<fill><patternFill patternType=\"none\"/></fill>", 0);
    used.fills().put("<fill><patternFill patternType=\"gray125\"/></fill>", 1);
    StringBuilder xfs = new StringBuilder();
    styles.forEach(s -> cellFormat(xfs, s, used));
    StringBuilder x = new StringBuilder(XlsxWriter.XML_HEAD).append("<styleSheet xmlns=\"").append(XlsxWriter.MAIN_NS).append("\">");
    if (!used.numbers().isEmpty()) {
      x.append("<numFmts count=\"").append(used.numbers().size()).append("\">");
      used.numbers().forEach((code, id) -> {
        x.append("<numFmt numFmtId=\"").append(id).append("\" formatCode=\"");
        Xml.text(x, code);
        x.append("\"/>");
      });
      x.append("</numFmts>");
    }
    x.append("<fonts count=\"").append(used.fonts().size()).append("\">");
    used.fonts().keySet().forEach(x::append);
    x.append("</fonts><fills count=\"").append(used.fills().size()).append("\">");
    used.fills().keySet().forEach(x::append);
    x.append("</fills><borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>");
    x.append("<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right>"
        + "<top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border></borders>");
    // The Normal style aligns as the workbook's base style does: LibreOffice shows a cell with no
    // style of its own by Normal, not by the first cell format.
    String normal = alignment(styles.get(0));
    x.append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"")
        .append(normal.isEmpty() ? "/>" : " applyAlignment=\"1\">" + normal + "</xf>").append("</cellStyleXfs>");
    x.append("<cellXfs count=\"").append(styles.size()).append("\">").append(xfs).append("</cellXfs>");
    x.append("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
    differentialFormats(x, highlights);
    x.append("<tableStyles count=\"0\"/></styleSheet>");
    return x.toString();
  }

  /** The number formats declared (code to id), the fonts and the fills in use (their XML to index), as the cell formats meet them. */
  private record Formats(Map<String, Integer> numbers, Map<String, Integer> fonts, Map<String, Integer> fills) {}

  /** Appends the cell format ({@code <xf>}) of {@code s}, registering its number format, font and fill. */
  private static void cellFormat(StringBuilder xfs, Style s, Formats used) {
    Map<String, Integer> numbers = used.numbers();
    int numFmt = BUILT_IN.containsKey(s.numberFormat()) ? BUILT_IN.get(s.numberFormat()) : numbers.computeIfAbsent(s.numberFormat(), k -> 164 + numbers.size());
    int font = used.fonts().computeIfAbsent(font(s), k -> used.fonts().size());
    int fill = s.fill() == null ? 0 : used.fills().computeIfAbsent("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF" + s.fill()
        + "\"/><bgColor indexed=\"64\"/></patternFill></fill>", k -> used.fills().size());
    xfs.append("<xf numFmtId=\"").append(numFmt).append("\" fontId=\"").append(font).append("\" fillId=\"").append(fill)
        .append("\" borderId=\"").append(s.border() ? 1 : 0).append("\" xfId=\"0\"");
    if (numFmt != 0) {
      xfs.append(" applyNumberFormat=\"1\"");
    }
    xfs.append(" applyFont=\"1\"");
    if (fill != 0) {
      xfs.append(" applyFill=\"1\"");
    }
    if (s.border()) {
      xfs.append(" applyBorder=\"1\"");
    }
    String alignment = alignment(s);
    if (alignment.isEmpty()) {
      xfs.append("/>");
    } else {
      xfs.append(" applyAlignment=\"1\">").append(alignment).append("</xf>");
    }
  }

  /** The looks conditional formats paint ({@code <dxfs>}). */
  private static void differentialFormats(StringBuilder x, List<Highlight> highlights) {
    x.append("<dxfs count=\"").append(highlights.size()).append("\">");
    for (Highlight h : highlights) {
      x.append("<dxf>");
      if (h.fontColor() != null) {
        x.append("<font><color rgb=\"FF").append(h.fontColor()).append("\"/></font>");
      }
      if (h.fill() != null) {
        x.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF").append(h.fill()).append("\"/><bgColor rgb=\"FF").append(h.fill())
            .append("\"/></patternFill></fill>");
      }
      x.append("</dxf>");
    }
    x.append("</dxfs>");
  }

  private static String font(Style s) {
    StringBuilder f = new StringBuilder("<font>");
    if (s.boldFace()) {
      f.append("<b/>");
    }
    if (s.underline()) {
      f.append("<u/>");
    }
    f.append("<sz val=\"").append(Xml.decimal(s.points())).append("\"/>");
    if (s.fontColor() != null) {
      f.append("<color rgb=\"FF").append(s.fontColor()).append("\"/>");
    }
    f.append("<name val=\"");
    Xml.text(f, s.font());
    // charset 134 is GB2312: Excel and WPS pick the Chinese face of the font by it.
    return f.append("\"/><family val=\"2\"/><charset val=\"134\"/></font>").toString();
  }

  private static String alignment(Style s) {
    StringBuilder a = new StringBuilder();
    if (s.align() != Style.Align.GENERAL) {
      a.append(" horizontal=\"").append(s.align().name().toLowerCase(java.util.Locale.ROOT)).append('"');
    }
    if (s.valign() != Style.Align.GENERAL) {
      a.append(" vertical=\"").append(s.valign().name().toLowerCase(java.util.Locale.ROOT)).append('"');
    }
    if (s.wrapText()) {
      a.append(" wrapText=\"1\"");
    }
    return a.length() == 0 ? "" : "<alignment" + a + "/>";
  }
}
