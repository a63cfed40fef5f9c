package org.nianbao.xlsx;

import java.util.List;

/** The workbook part: the sheets in tab order, their filters, print areas and titles, and how it calculates. */
final class WorkbookXml {
  private WorkbookXml() {}

  static String workbook(List<Sheet> sheets) {
    StringBuilder x = new StringBuilder(XlsxWriter.XML_HEAD).append("<workbook xmlns=\"").append(XlsxWriter.MAIN_NS).append("\" xmlns:r=\"")
        .append(XlsxWriter.REL_NS).append("\">");
    x.append("<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
    for (int i = 0; i < sheets.size(); i++) {
      x.append("<sheet name=\"");
      Xml.text(x, sheets.get(i).name());
      x.append("\" sheetId=\"").append(i + 1).append(sheets.get(i).hidden() ? "\" state=\"hidden" : "").append("\" r:id=\"rId").append(i + 1).append("\"/>");
    }
    x.append("</sheets>");
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < sheets.size(); i++) {
      Sheet s = sheets.get(i);
      definedName(names, "_xlnm._FilterDatabase", i, " hidden=\"1\"", s.filter());
      definedName(names, "_xlnm.Print_Area", i, "", s.printArea());
      definedName(names, "_xlnm.Print_Titles", i, "", s.printTitles());
    }
    if (names.length() > 0) {
      x.append("<definedNames>").append(names).append("</definedNames>");
    }
    // Excel and WPS recalculate on opening all the same, so an edit made later still adds up.
    x.append("<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>");
    return x.toString();
  }

  private static void definedName(StringBuilder names, String name, int sheet, String attributes, String value) {
    if (value == null) {
      return;
    }
    names.append("<definedName name=\"").append(name).append("\" localSheetId=\"").append(sheet).append('"').append(attributes).append('>');
    Xml.text(names, value);
    names.append("</definedName>");
  }
}
