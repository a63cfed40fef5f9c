package org.nianbao.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.document.Block;
import org.nianbao.document.Paragraph;

/**
 * Parses who published a report, the year it covers and when it was published, from its title
 * ({@code 绍兴市人民政府办公室2020年度政府信息公开工作年度报告}) and its page furniture (发布日期, 统计期限).
 */
final class TitleParser {
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
  /** Spaces, punctuation and title marks around a name. */
  private static final Pattern EDGES = Pattern.compile("^[\\s\\p{Punct}《“\"]+|[\\s\\p{Punct}》”\"]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern AGENCY_LINE =
      Pattern.compile("^[\\u4e00-\\u9fff（）()]{2,30}(?:政府|办公室|办公厅|局|委员会|委|厅|办|院|署|中心|街道办事处|街道|镇|乡|区|县|市)$");
  private static final Pattern PERIOD = Pattern.compile("统计期限.{0,6}?((?:19|20)\\d{2})\\s*年\\s*1\\s*月\\s*1\\s*日");
  private static final Pattern PUBLISHED =
      Pattern.compile("(?:发布|成文|发文|印发)(?:日期|时间)\\s*[:：]?\\s*((?:19|20)\\d{2})[-年/.](\\d{1,2})[-月/.](\\d{1,2})");
  private static final Pattern BARE_DATE =
      Pattern.compile("^\\W*((?:19|20)\\d{2})(?:-|年)(\\d{1,2})(?:-|月)(\\d{1,2})日?\\s*$");

  /** A report's first sentence naming the year and the agency: 2019年，上海市人民政府办公厅坚持…, 2021年以来，某某局认真…. */
  private static final Pattern FIRST_SENTENCE = Pattern.compile("^((?:19|20)\\d{2})\\s*年(?:度|以来)?[，,、]?\\s*(?:全年)?"
      + "([\\u4e00-\\u9fff（）()]{2,30}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|管理委员会|局|厅|委|办|院|署|中心|街道办事处|镇|乡|区|县|市))"
      + "(?:坚持|认真|深入|全面|积极|以|按照|围绕|紧紧|严格|进一步|始终|继续|高度|扎实|在|紧扣|聚焦|持续|共|全年|依法|着力|不断)");

  /** The second line of a wrapped title is this short at most (度报告, 工作年度报告). */
  private static final int WRAPPED_TAIL = 12;

  private TitleParser() {}

  /** Line {@code i}, or it and the next when a long title wrapped in print (…政府信息公开工作年 / 度报告). */
  private static String titleLine(List<String> lines, int i) {
    String line = lines.get(i).strip();
    if (TITLE.matcher(line).find() || i + 1 >= lines.size() || lines.get(i + 1).strip().length() > WRAPPED_TAIL) {
      return line;
    }
    return line + lines.get(i + 1).strip();
  }

  /**
   * What the title and furniture say.
   *
   * @param inferred whether agency and year were taken from the body's first sentence, for want of a title
   */
  record Facts(Optional<String> agency, Optional<Integer> year, Optional<LocalDate> published, boolean titled, boolean inferred) {}

  /**
   * The facts of a report: from its title in the body; else from a headline outside the body (the
   * page's {@code <title>}, a Word page header); else, flagged as inferred, from the body's first
   * sentence ({@code 2019年，上海市人民政府办公厅坚持…}).
   */
  static Facts parse(List<Block> blocks, List<String> headlines) {
    List<String> lines = blocks.stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList();
    Optional<String> agency = Optional.empty();
    Optional<Integer> year = Optional.empty();
    boolean titled = false;
    for (int i = 0; i < Math.min(lines.size(), TITLE_WINDOW) && !titled; i++) {
      String line = lines.get(i).strip();
      if (NOT_TITLE.matcher(line).lookingAt()) {
        continue;
      }
      line = titleLine(lines, i);
      Matcher m = TITLE.matcher(line);
      if (line.length() <= MAX_TITLE && m.find()) {
        titled = true;
        year = Optional.of(Integer.parseInt(m.group(2)));
        agency = agency(m.group(1), m.group(3), i > 0 ? lines.get(i - 1).strip() : "");
      }
    }
    for (int i = 0; i < headlines.size() && !titled; i++) {
      Matcher m = TITLE.matcher(headlines.get(i).strip());
      if (headlines.get(i).length() <= MAX_TITLE && m.find()) {
        titled = true;
        year = Optional.of(Integer.parseInt(m.group(2)));
        agency = agency(m.group(1), m.group(3), "");
      }
    }
    boolean inferred = false;
    if (agency.isEmpty()) {
      for (int i = 0; i < Math.min(lines.size(), TITLE_WINDOW) && agency.isEmpty(); i++) {
        Matcher m = FIRST_SENTENCE.matcher(lines.get(i).strip());
        if (m.lookingAt()) {
          agency = Optional.of(m.group(2));
          year = year.or(() -> Optional.of(Integer.parseInt(m.group(1))));
          inferred = true;
        }
      }
    }
    if (year.isEmpty()) {
      year = firstMatch(lines, PERIOD).map(m -> Integer.parseInt(m.group(1)));
    }
    return new Facts(agency, year, published(lines), titled, inferred);
  }

  /** Whether a block is a report's title line. */
  static boolean isTitle(Block b) {
    return b instanceof Paragraph p && p.text().strip().length() <= MAX_TITLE && TITLE.matcher(p.text().strip()).find();
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
    String t = EDGES.matcher(CRUMB.matcher(s).replaceFirst("")).replaceAll("");
    return SPACES.matcher(t.startsWith("关于") ? t.substring(2) : t).replaceAll("");
  }

  private static Optional<LocalDate> published(List<String> lines) {
    Optional<LocalDate> declared = firstMatch(lines.stream().filter(l -> l.contains("日期") || l.contains("时间")).toList(), PUBLISHED).flatMap(TitleParser::date);
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
