package org.nianbao.xlsx;

import java.math.BigDecimal;
import java.util.List;

/**
 * A column chart over ranges of the workbook, with the values they hold stored in it (so it shows
 * before anything is recalculated), anchored over a block of cells.
 *
 * @param categories the range of category names ({@code '统计'!$A$2:$A$4}) and the names it holds
 * @param stacked stacked columns rather than side by side
 * @param from the anchor's top-left cell, 0-based (column, row)
 * @param to the anchor's bottom-right cell, 0-based (column, row)
 */
public record Chart(String title, String categories, List<String> categoryNames, List<Series> series, boolean stacked, int[] from, int[] to) {
  public Chart {
    categoryNames = List.copyOf(categoryNames);
    series = List.copyOf(series);
    from = from.clone();
    to = to.clone();
  }

  /** The fill of the chart's series {@code i} (RGB hex): the theme's accent colours in turn, named in the chart itself. */
  public static String seriesColor(int i) {
    return ThemeXml.ACCENTS[i % ThemeXml.ACCENTS.length];
  }

  /** One series: its name, the range of its values and the values it holds (null for blank). */
  public record Series(String name, String values, List<BigDecimal> numbers) {
    public Series {
      numbers = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(numbers));
    }
  }
}
