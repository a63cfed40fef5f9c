package org.nianbao;

/** The header row of the merge's CSV: the columns' Chinese names, or the field ids for programs. */
public enum CsvHeader {
  ZH,
  ID
}
