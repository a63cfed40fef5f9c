package org.nianbao.xlsx;

import java.math.BigDecimal;
import java.util.List;

/** A chart part (a column chart with its values stored) and its anchor in the sheet's drawing. */
final class ChartXml {
  private ChartXml() {}

  static void anchor(StringBuilder drawing, Chart c, int n) {
    drawing.append("<xdr:twoCellAnchor><xdr:from><xdr:col>").append(c.from()[0]).append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(c.from()[1])
        .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>").append(c.to()[0]).append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>")
        .append(c.to()[1]).append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"")
        .append(n + 1).append("\" name=\"");
    Xml.text(drawing, c.title());
    drawing.append("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm>")
        .append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart")
        .append(" xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:r=\"").append(XlsxWriter.REL_NS).append("\" r:id=\"rId").append(n)
        .append("\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>");
  }

  static String chart(Chart c) {
    StringBuilder x = new StringBuilder(XlsxWriter.XML_HEAD).append("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"")
        .append(" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"").append(XlsxWriter.REL_NS).append("\">")
        .append("<c:lang val=\"zh-CN\"/><c:roundedCorners val=\"0\"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>");
    Xml.text(x, c.title());
    x.append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>")
        .append("<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"").append(c.stacked() ? "stacked" : "clustered").append("\"/><c:varyColors val=\"0\"/>");
    for (int i = 0; i < c.series().size(); i++) {
      Chart.Series s = c.series().get(i);
      x.append("<c:ser><c:idx val=\"").append(i).append("\"/><c:order val=\"").append(i).append("\"/><c:tx><c:v>");
      Xml.text(x, s.name());
      // Each series names its fill: LibreOffice draws a series without one as nothing at all, where
      // Excel and WPS take the theme's accent colour; naming it gives the same colours everywhere.
      x.append("</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val=\"").append(Chart.seriesColor(i)).append("\"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>")
          .append("<c:invertIfNegative val=\"0\"/><c:cat><c:strRef><c:f>");
      Xml.text(x, c.categories());
      x.append("</c:f>");
      strings(x, c.categoryNames());
      x.append("</c:strRef></c:cat><c:val><c:numRef><c:f>");
      Xml.text(x, s.values());
      x.append("</c:f>");
      numbers(x, s.numbers());
      x.append("</c:numRef></c:val></c:ser>");
    }
    x.append("<c:gapWidth val=\"80\"/>");
    if (c.stacked()) {
      x.append("<c:overlap val=\"100\"/>");
    }
    x.append("<c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>")
        .append("<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/>")
        .append("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/>")
        .append("<c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/></c:catAx>")
        .append("<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines/>")
        .append("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/>")
        .append("<c:crossBetween val=\"between\"/></c:valAx></c:plotArea><c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend>")
        .append("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>");
    return x.toString();
  }

  private static void strings(StringBuilder x, List<String> names) {
    x.append("<c:strCache><c:ptCount val=\"").append(names.size()).append("\"/>");
    for (int i = 0; i < names.size(); i++) {
      x.append("<c:pt idx=\"").append(i).append("\"><c:v>");
      Xml.text(x, names.get(i));
      x.append("</c:v></c:pt>");
    }
    x.append("</c:strCache>");
  }

  private static void numbers(StringBuilder x, List<BigDecimal> values) {
    x.append("<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"").append(values.size()).append("\"/>");
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) != null) {
        x.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(Xml.decimal(values.get(i))).append("</c:v></c:pt>");
      }
    }
    x.append("</c:numCache>");
  }
}
