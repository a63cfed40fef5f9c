package org.nianbao.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.doc.Block;
import org.nianbao.doc.Paragraph;

/**
 * Reads who published a report, the year it covers and when it was published, from its title
 * ({@code 绍兴市人民政府办公室2020年度政府信息公开工作年度报告}) and its page furniture (发布日期, 统计期限).
 */
final class TitleReader {
  /** Titles are short; a longer line is running text that merely mentions a report. */
  private static final int MAX_TITLE = 90;

  /** How many blocks from the top a title is looked for in; pages put menus above it. */
  private static final int TITLE_WINDOW = 80;

  private static final Pattern TITLE =
      Pattern.compile("^(.{0,40}?)[\\s《“\"]*((?:19|20)\\d{2})\\s*年度?\\s*(.{0,30}?)(?:政府信息公开|政务公开|信息公开)[^，。,]{0,12}?(?:报告|年报)");
  /** Page furniture that names other reports: links to the previous and next article, related reading. */
  private static final Pattern NOT_TITLE = Pattern.compile("(?:上一篇|下一篇|上一条|下一条|相关|【)");
  /** Breadcrumb separators: the agency is what follows the last one (首页 > 政府信息公开 > …). */
  private static final Pattern CRUMB = Pattern.compile(".*[>›»|:：]");
  private static final Pattern AGENCY_LINE =
      Pattern.compile("^[\\u4e00-\\u9fff（）()]{2,30}(?:政府|办公室|办公厅|局|委员会|委|厅|办|院|署|中心|街道办事处|街道|镇|乡|区|县|市)$");
  private static final Pattern PERIOD = Pattern.compile("统计期限.{0,6}?((?:19|20)\\d{2})\\s*年\\s*1\\s*月\\s*1\\s*日");
  private static final Pattern PUBLISHED =
      Pattern.compile("(?:发布|成文|发文|印发)(?:日期|时间)\\s*[:：]?\\s*((?:19|20)\\d{2})[-年/.](\\d{1,2})[-月/.](\\d{1,2})");
  private static final Pattern BARE_DATE =
      Pattern.compile("^\\W*((?:19|20)\\d{2})(?:-|年)(\\d{1,2})(?:-|月)(\\d{1,2})日?\\s*$");

  private TitleReader() {}

  record Facts(Optional<String> agency, Optional<Integer> year, Optional<LocalDate> published, boolean titled) {}

  static Facts read(List<Block> blocks) {
    List<String> lines = blocks.stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList();
    Optional<String> agency = Optional.empty();
    Optional<Integer> year = Optional.empty();
    boolean titled = false;
    for (int i = 0; i < Math.min(lines.size(), TITLE_WINDOW) && !titled; i++) {
      String line = lines.get(i).strip();
      if (NOT_TITLE.matcher(line).lookingAt()) {
        continue;
      }
      Matcher m = TITLE.matcher(line);
      if (line.length() <= MAX_TITLE && m.find()) {
        titled = true;
        year = Optional.of(Integer.parseInt(m.group(2)));
        agency = agency(m.group(1), m.group(3), i > 0 ? lines.get(i - 1).strip() : "");
      }
    }
    if (year.isEmpty()) {
      year = firstMatch(lines, PERIOD).map(m -> Integer.parseInt(m.group(1)));
    }
    return new Facts(agency, year, published(lines), titled);
  }

  private static Optional<String> agency(String before, String between, String previousLine) {
    String b = trim(before);
    if (!b.isEmpty()) {
      return Optional.of(b);
    }
    if (AGENCY_LINE.matcher(previousLine).matches()) {
      return Optional.of(previousLine);
    }
    String m = trim(between);
    return m.isEmpty() ? Optional.empty() : Optional.of(m);
  }

  private static String trim(String s) {
    return CRUMB.matcher(s).replaceFirst("").replaceAll("^[\\s\\p{Punct}《“\"]+|[\\s\\p{Punct}》”\"]+$", "").replaceAll("^关于", "").replaceAll("\\s+", "");
  }

  private static Optional<LocalDate> published(List<String> lines) {
    Optional<LocalDate> declared = firstMatch(lines, PUBLISHED).flatMap(TitleReader::date);
    if (declared.isPresent()) {
      return declared;
    }
    for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 12); i--) {
      Matcher m = BARE_DATE.matcher(lines.get(i).strip());
      if (m.matches()) {
        return date(m);
      }
    }
    return Optional.empty();
  }

  private static Optional<Matcher> firstMatch(List<String> lines, Pattern p) {
    for (String line : lines) {
      Matcher m = p.matcher(line);
      if (m.find()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(Matcher m) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
