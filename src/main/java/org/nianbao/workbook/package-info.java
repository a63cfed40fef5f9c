/**
 * The workbook of one report, and reading it back. {@link org.nianbao.workbook.ReportWorkbookWriter}
 * writes the sheets a person checks a report by (概况, the statutory tables as their official forms,
 * 校验 with live formulas, 来源, and the hidden 原读数 that records what nianbao read);
 * {@link org.nianbao.workbook.OwnWorkbooks} reads such a workbook back by its labels, with the
 * corrections a person made in it; {@link org.nianbao.workbook.LayoutValues} reads the values at the
 * cells the layout gave them. {@link org.nianbao.workbook.FormulaRenderer} renders checks and figures
 * as formulas for the comparison workbook too. Every word on the sheets comes from
 * {@code templates/messages.tsv}, in Chinese. Uses the model, the form, messages, the xlsx writer,
 * and Apache POI for reading back.
 */
package org.nianbao.workbook;
