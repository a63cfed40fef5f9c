package org.nianbao.xlsx;

import java.util.Map;

/** The comments part of a sheet and the legacy drawing (VML) that Excel needs to show them. */
final class CommentXml {
  private CommentXml() {}

  static String comments(Map<String, String> comments) {
    StringBuilder x = new StringBuilder(XlsxWriter.XML_HEAD).append("<comments xmlns=\"").append(XlsxWriter.MAIN_NS)
        .append("\"><authors><author>nianbao</author></authors><commentList>");
    comments.forEach((cell, text) -> {
      x.append("<comment ref=\"").append(cell).append("\" authorId=\"0\"><text><t xml:space=\"preserve\">");
      Xml.text(x, text);
      x.append("</t></text></comment>");
    });
    return x.append("</commentList></comments>").toString();
  }

  /** One hidden note shape per comment, shown beside its cell when the pointer rests on it. */
  static String vml(Map<String, String> comments, int sheet) {
    StringBuilder x = new StringBuilder("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
        + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"").append(sheet)
        .append("\"/></o:shapelayout><v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">"
            + "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
    int n = 1;
    for (String cell : comments.keySet()) {
      int row = Ref.rowOf(cell);
      int col = Ref.colOf(cell);
      x.append("<v:shape id=\"_x0000_s").append(sheet * 1024 + n++).append("\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:80pt;")
          .append("margin-top:2pt;width:220pt;height:80pt;z-index:").append(n).append(";visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
          .append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>")
          .append("<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>")
          .append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
          .append(col + 1).append(", 15, ").append(row).append(", 2, ").append(col + 5).append(", 15, ").append(row + 5).append(", 2")
          .append("</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>").append(row).append("</x:Row><x:Column>").append(col)
          .append("</x:Column></x:ClientData></v:shape>");
    }
    return x.append("</xml>").toString();
  }
}
