/**
 * A small streaming writer of Office Open XML workbooks (.xlsx), made for nianbao's fixed layouts:
 * inline strings, styles, merged cells, frozen panes, filters, conditional formats (expressions
 * and colour scales), comments, internal links, print setup, document properties and bar charts.
 * The model of a sheet ({@link org.nianbao.xlsx.Sheet}: cells, merges, widths, formats, page setup)
 * is kept apart from its XML ({@code SheetXml}, {@code RowXml}) and from the package's other parts
 * ({@code WorkbookXml}, {@code StyleXml}, {@code ZipPackage}). Every formula is written with the value
 * it computes, so readers that do not recalculate (LibreOffice as installed, pandas, previews) show the
 * same figures as Excel; the workbook still asks to be recalculated on opening. The same calls always
 * give the same bytes. Knows nothing of reports nor of any language: the words on a sheet, its footer's
 * too, are the caller's. Uses nothing of nianbao's, only the JDK.
 */
package org.nianbao.xlsx;
