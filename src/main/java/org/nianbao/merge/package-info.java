/**
 * The comparison workbook: many reports merged, streaming, into one workbook — 汇总 (a row per
 * report, a column per statutory field, the key figures and every check as live formulas), 问题清单
 * and its CSV, 指标, 排名, 地区与层级, 跨年核对, 同比, 文字对比, 统计, 图表, 未能读取 and, with a
 * roster, 名单. Every word on its sheets comes from {@code templates/messages.tsv} (the
 * {@code merge.*} rows). Uses the statutory form ({@code form}), the report model ({@code model}),
 * the checks ({@code check}), places and rosters ({@code place}), the formulas of the report
 * workbook ({@code workbook}), the xlsx writer ({@code xlsx}), the CSV writer's escaping
 * ({@code csvjson}) and the message catalogue; used by the facade and the command line.
 */
package org.nianbao.merge;
