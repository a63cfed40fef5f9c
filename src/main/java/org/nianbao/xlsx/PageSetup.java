package org.nianbao.xlsx;

/**
 * How a sheet prints: A4 landscape or portrait, fitted to {@code pagesWide} pages wide (as many
 * tall as it takes) or at full size, the rows and columns repeated on every page (-1 for none),
 * and the columns printed ({@code $A:$G}, null for all). Immutable; the {@code with…} methods give
 * changed copies.
 */
record PageSetup(
    boolean landscape, boolean fitWidth, int pagesWide, int repeatFrom, int repeatTo, int repeatColFrom, int repeatColTo, String printArea) {
  static final PageSetup DEFAULT = new PageSetup(true, true, 1, -1, -1, -1, -1, null);

  PageSetup withPaper(boolean landscape, boolean fitWidth, int pagesWide) {
    return new PageSetup(landscape, fitWidth, pagesWide, repeatFrom, repeatTo, repeatColFrom, repeatColTo, printArea);
  }

  PageSetup withRepeatedRows(int from, int to) {
    return new PageSetup(landscape, fitWidth, pagesWide, from, to, repeatColFrom, repeatColTo, printArea);
  }

  PageSetup withRepeatedColumns(int from, int to) {
    return new PageSetup(landscape, fitWidth, pagesWide, repeatFrom, repeatTo, from, to, printArea);
  }

  PageSetup withPrintArea(String columns) {
    return new PageSetup(landscape, fitWidth, pagesWide, repeatFrom, repeatTo, repeatColFrom, repeatColTo, columns);
  }
}
