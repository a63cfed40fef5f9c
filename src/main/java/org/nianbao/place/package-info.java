/**
 * Where an agency is and who it is: the gazetteer of China's administrative divisions
 * ({@code templates/divisions.tsv}, {@code former-divisions.tsv}, and the words place names are
 * made of in {@code place-names.tsv}) placing an agency by its name; the key agencies are matched
 * by across years; and the roster of units expected to report. Uses only the template reader of
 * {@code form} and the message catalogue; used by the comparison workbook, the CSV, the facade,
 * the page and the command line.
 */
package org.nianbao.place;
