package org.nianbao.xlsx;

/**
 * The theme part (xl/theme/theme1.xml): the colours and fonts a chart or a style falls back on.
 * Excel and WPS take a chart's default colours from it, and without one some of them draw a chart
 * with no colour at all; the charts here name their colours as well, for LibreOffice, which does
 * not fall back on the theme. The colours are Office's own, so a workbook looks as people expect.
 */
final class ThemeXml {
  /** The accent colours, in order: what a chart's series take. */
  static final String[] ACCENTS = {"4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"};

  private ThemeXml() {}

  static String theme() {
    StringBuilder x = new StringBuilder(XlsxWriter.XML_HEAD)
        .append("<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office\"><a:themeElements>")
        .append("<a:clrScheme name=\"Office\"><a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>")
        .append("<a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1><a:dk2><a:srgbClr val=\"44546A\"/></a:dk2><a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2>");
    for (int i = 0; i < ACCENTS.length; i++) {
      x.append("<a:accent").append(i + 1).append("><a:srgbClr val=\"").append(ACCENTS[i]).append("\"/></a:accent").append(i + 1).append('>');
    }
    x.append("<a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink><a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink></a:clrScheme>")
        .append("<a:fontScheme name=\"Office\">")
        .append("<a:majorFont><a:latin typeface=\"Calibri Light\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/><a:font script=\"Hans\" typeface=\"宋体\"/></a:majorFont>")
        .append("<a:minorFont><a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/><a:font script=\"Hans\" typeface=\"宋体\"/></a:minorFont>")
        .append("</a:fontScheme><a:fmtScheme name=\"Office\"><a:fillStyleLst>");
    String solid = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    x.append(solid.repeat(3)).append("</a:fillStyleLst><a:lnStyleLst>");
    for (int w : new int[] {6350, 12700, 19050}) {
      x.append("<a:ln w=\"").append(w).append("\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\">").append(solid).append("<a:prstDash val=\"solid\"/></a:ln>");
    }
    x.append("</a:lnStyleLst><a:effectStyleLst>").append("<a:effectStyle><a:effectLst/></a:effectStyle>".repeat(3))
        .append("</a:effectStyleLst><a:bgFillStyleLst>").append(solid.repeat(3)).append("</a:bgFillStyleLst></a:fmtScheme></a:themeElements>")
        .append("<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>");
    return x.toString();
  }
}
