package org.nianbao.merge;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The 图表 sheet: applications received per agency (bar, from a table of SUMIFS on this sheet),
 * received per year (bar) and the outcome mix per year (stacked bar), both from 统计.
 */
final class ChartsSheet {
  /** Agencies beyond this make a bar chart unreadable; the table lists them all the same. */
  static final int MAX_CHART_AGENCIES = 40;

  /** The key figures that make up the outcome of applications (办理结果), in the form's order. */
  private static final List<String> OUTCOMES = List.of("granted", "partial", "denied", "unavailable", "unprocessed", "other");

  private final SummaryColumns columns;
  private final String summary;

  ChartsSheet(SummaryColumns columns, String summary) {
    this.columns = columns;
    this.summary = summary;
  }

  void write(Sheet sheet, XSSFSheet chartLayer, XSSFSheet statisticsData, List<String> agencies, int years, int firstDataRow, int lastDataRow) {
    Row header = sheet.createRow(0);
    header.createCell(0).setCellValue("匹配名");
    header.createCell(1).setCellValue("本年新收申请（各年合计）");
    String received = range(columns.figures().get("received"), firstDataRow, lastDataRow);
    String keys = range(SummaryColumns.KEY, firstDataRow, lastDataRow);
    for (int i = 0; i < agencies.size(); i++) {
      Row row = sheet.createRow(i + 1);
      row.createCell(0).setCellValue(agencies.get(i));
      row.createCell(1).setCellFormula("SUMIFS(" + received + "," + keys + ",A" + (i + 2) + ")");
    }
    XSSFDrawing drawing = chartLayer.createDrawingPatriarch();
    int shown = Math.min(agencies.size(), MAX_CHART_AGENCIES);
    if (shown > 0) {
      bar(drawing, 3, 0, "各机关本年新收申请", chartLayer, new CellRangeAddress(1, shown, 0, 0), List.of(new CellRangeAddress(1, shown, 1, 1)), List.of("本年新收"), false);
    }
    if (years > 0) {
      CellRangeAddress yearLabels = new CellRangeAddress(1, years, 0, 0);
      int receivedCol = statisticsColumn("received");
      bar(drawing, 3, 22, "各年本年新收申请合计", statisticsData, yearLabels, List.of(new CellRangeAddress(1, years, receivedCol, receivedCol)), List.of("本年新收"), false);
      List<CellRangeAddress> mix = OUTCOMES.stream().map(id -> new CellRangeAddress(1, years, statisticsColumn(id), statisticsColumn(id))).toList();
      bar(drawing, 3, 44, "各年办理结果构成", statisticsData, yearLabels, mix, OUTCOMES.stream().map(columns::figureLabel).toList(), true);
    }
  }

  /** The 统计 column holding a figure's total. */
  private int statisticsColumn(String figure) {
    return 2 + 2 * List.copyOf(columns.figures().keySet()).indexOf(figure);
  }

  private static void bar(XSSFDrawing drawing, int col, int row, String title, XSSFSheet data, CellRangeAddress categories,
      List<CellRangeAddress> series, List<String> names, boolean stacked) {
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col, row, col + 12, row + 20));
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    bars.setBarDirection(BarDirection.COL);
    if (stacked) {
      bars.setBarGrouping(BarGrouping.STACKED);
    }
    XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(data, categories);
    for (int i = 0; i < series.size(); i++) {
      XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(data, series.get(i));
      XDDFChartData.Series s = bars.addSeries(cats, values);
      s.setTitle(names.get(i), null);
    }
    chart.plot(bars);
  }

  private String range(int col, int first, int last) {
    String l = SummaryColumns.letter(col);
    return "'" + summary + "'!$" + l + "$" + first + ":$" + l + "$" + Math.max(first, last);
  }
}
