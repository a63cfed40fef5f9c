package org.nianbao.xlsx;

/**
 * A cell as stored until its row is written: its style's index, its kind, its text, number or
 * formula, and a formula's computed value.
 */
record Cell(int style, int kind, String content, Object value) {
  static final int BLANK = 0;
  static final int NUMBER = 1;
  static final int TEXT = 2;
  static final int FORMULA = 3;
  static final int ARRAY = 4;
}
