/**
 * A small streaming writer of Office Open XML workbooks (.xlsx), made for nianbao's fixed layouts:
 * inline strings, styles, merged cells, frozen panes, filters, conditional formats (expressions
 * and colour scales), comments, internal links, print setup, document properties and bar charts.
 * Every formula is written with the value it computes, so readers that do not recalculate (LibreOffice
 * as installed, pandas, previews) show the same figures as Excel; the workbook still asks to be
 * recalculated on opening. The same calls always give the same bytes. Knows nothing of reports.
 */
package org.nianbao.xlsx;
