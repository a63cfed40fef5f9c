package org.nianbao.xlsx;

/** A1 references: column letters, cell names and ranges, 0-based in, Excel's 1-based out. */
public final class Ref {
  private Ref() {}

  /** The letters of a 0-based column: 0 → A, 26 → AA. */
  public static String column(int col) {
    char[] letters = new char[MAX_LETTERS];
    int from = putLetters(col, letters);
    return new String(letters, from, MAX_LETTERS - from);
  }

  /** Letters in a column name at most (a 0-based int column never needs more). */
  private static final int MAX_LETTERS = 7;

  /** Puts the letters of a column at the end of {@code out}; returns where they start. */
  private static int putLetters(int col, char[] out) {
    int at = out.length;
    for (int n = col + 1; n > 0; n = (n - 1) / 26) {
      out[--at] = (char) ('A' + (n - 1) % 26);
    }
    return at;
  }

  /** The 0-based column of letters: A → 0. */
  public static int columnIndex(String letters) {
    int n = 0;
    for (int i = 0; i < letters.length(); i++) {
      n = n * 26 + (letters.charAt(i) - 'A' + 1);
    }
    return n - 1;
  }

  /** The name of a cell, 0-based row and column: (0, 0) → A1. */
  public static String cell(int row, int col) {
    return column(col) + (row + 1);
  }

  /** Appends the name of a cell, without making a string of it (rows are written cell by cell). */
  static XmlBytes appendCell(XmlBytes out, int row, int col) {
    char[] letters = new char[MAX_LETTERS];
    for (int i = putLetters(col, letters); i < MAX_LETTERS; i++) {
      out.append(letters[i]);
    }
    return out.append(row + 1);
  }

  /** A range of cells, 0-based and inclusive: A1:C3. */
  public static String range(int firstRow, int firstCol, int lastRow, int lastCol) {
    return cell(firstRow, firstCol) + ":" + cell(lastRow, lastCol);
  }

  /** The 0-based row of a cell name (B12 → 11). */
  public static int rowOf(String cell) {
    int i = letters(cell);
    return Integer.parseInt(cell, i, cell.length(), 10) - 1;
  }

  /** The 0-based column of a cell name (B12 → 1). */
  public static int colOf(String cell) {
    int n = 0;
    for (int i = 0, end = letters(cell); i < end; i++) {
      n = n * 26 + (cell.charAt(i) - 'A' + 1);
    }
    return n - 1;
  }

  private static int letters(String cell) {
    int i = 0;
    while (i < cell.length() && Character.isLetter(cell.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A reference to a cell or range of another sheet, quoted: {@code '校验'!A5}. */
  public static String onSheet(String sheet, String cellOrRange) {
    return "'" + sheet.replace("'", "''") + "'!" + cellOrRange;
  }

  /** A range with every row and column fixed: {@code A1:H9} is {@code $A$1:$H$9}. */
  static String absolute(String range) {
    StringBuilder out = new StringBuilder();
    for (String part : range.split(":")) {
      if (out.length() > 0) {
        out.append(':');
      }
      int i = 0;
      while (i < part.length() && Character.isLetter(part.charAt(i))) {
        i++;
      }
      out.append('$').append(part, 0, i).append('$').append(part.substring(i));
    }
    return out.toString();
  }

  /** Cell names in row, then column order (B2 before A10). */
  static int byPosition(String a, String b) {
    int r = Integer.compare(rowOf(a), rowOf(b));
    return r != 0 ? r : Integer.compare(colOf(a), colOf(b));
  }
}
