/**
 * The flat outputs: one JSON line per report (Jackson), and the CSV of a merge with a row per
 * report — its fields, the indicators as the comparison workbook computes them, and where its
 * agency is ({@code place}). Uses the report model, the statutory form, the document model
 * (source positions), the workbook's formulas and the message catalogue; never the comparison
 * workbook, which uses it (the escaping of its issue list).
 */
package org.nianbao.csvjson;
