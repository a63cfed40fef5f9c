package org.nianbao.fetch;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What the links of a page are to a report, told by their words as a person tells them: on a
 * column's list page, the reports (…年度报告, …年报, with a year); on a report's page, its next
 * pages (下一页, or the page numbers of its pager leading to this page's name numbered) and its
 * attachments (a document linked under 附件, or named as the report or its tables). The same
 * words the web reader reads a saved page's parts by.
 */
final class Links {
  /** The forms of file a report or its attachment comes in. */
  static final Set<String> DOCUMENTS = Set.of("pdf", "doc", "docx", "wps", "xls", "xlsx", "et", "ofd", "txt", "rtf");
  static final Set<String> PAGE_EXTENSIONS = Set.of("htm", "html", "shtml", "xhtml", "jsp", "asp", "aspx", "php", "do", "action", "");

  private static final Pattern REPORT = Pattern.compile("年度报告|年报");
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年?");
  private static final Pattern NEXT = Pattern.compile("下一?[页頁]|后一?[页頁]");
  private static final Pattern PREVIOUS_OR_OTHER = Pattern.compile("上一?[篇页頁]|下一篇|首页|尾页|末页");
  private static final Pattern DECORATION = Pattern.compile("[\\s<>«»›‹\\[\\]【】()（）]");
  private static final Pattern PAGE_NUMBER = Pattern.compile("\\[?\\s*第?\\s*(\\d{1,3})\\s*[页頁]?\\s*]?");
  private static final Pattern NUMBERED = Pattern.compile("(.+)[_-](\\d{1,3})");
  private static final Pattern REPORT_WORDS = Pattern.compile("年度报告|年报|统计表|附表|情况表|数据表|报表|附件");
  private static final Pattern OTHER_DOCUMENTS = Pattern.compile("申请表|申请书|指南|目录|登记表|意见表|意见书");
  private static final Pattern FILE_PARAMETER = Pattern.compile("(?i)[?&](?:file|filename|name|fn|path)=([^&#]+)");
  /** Words only a report's own text has: the form's section titles. */
  private static final List<String> REPORT_BODY = List.of("主动公开政府信息情况", "收到和处理政府信息公开申请", "政府信息公开行政复议", "存在的主要问题", "本年新收政府信息公开申请");

  /** A link of the page: where it leads, what it says, and the words before it in its paragraph. */
  record Link(URI target, String text, String before) {}

  private Links() {}

  /** The page's links that lead to web addresses, in the order met. */
  static List<Link> of(Element root, URI base) {
    List<Link> out = new ArrayList<>();
    for (Element a : root.getElementsByTag("a")) {
      Optional<URI> target = Addresses.resolve(base, a.attr("href"));
      if (target.isEmpty()) {
        continue;
      }
      String text = a.text().strip();
      if (text.isEmpty()) {
        text = a.attr("title").strip();
      }
      Element block = a.parent();
      String before = "";
      if (block != null) {
        String all = block.text();
        int at = all.indexOf(text);
        before = at > 0 ? all.substring(Math.max(0, at - 40), at) : "";
      }
      out.add(new Link(target.get(), text, before));
    }
    return out;
  }

  /** Whether the text of a page is a report's (two of the form's section titles), not a column's list. */
  static boolean reportText(String text) {
    return REPORT_BODY.stream().filter(text::contains).count() >= 2;
  }

  /** Whether a link names a report: its words say 年度报告 or 年报, with a year, and it is no pager. */
  static boolean toReport(Link l) {
    String words = l.text() + " " + Addresses.lastStep(l.target());
    return REPORT.matcher(l.text()).find() && YEAR.matcher(words).find() && !PREVIOUS_OR_OTHER.matcher(l.text()).find();
  }

  /** The year a report link names, if it names one (the first: 2023年政府信息公开工作年度报告). */
  static OptionalInt year(String text) {
    Matcher m = YEAR.matcher(text);
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /** The distinct reports a list page links to, in the order met. */
  static List<Link> reports(List<Link> links, URI page) {
    Map<URI, Link> out = new LinkedHashMap<>();
    for (Link l : links) {
      if (toReport(l) && !l.target().equals(page)) {
        out.putIfAbsent(l.target(), l);
      }
    }
    return List.copyOf(out.values());
  }

  static boolean isNext(String text) {
    return text.length() <= 12 && NEXT.matcher(DECORATION.matcher(text).replaceAll("")).matches();
  }

  /** The next pages of a report paginated across pages: its 下一页 link, and pager numbers leading to its name numbered. */
  static List<URI> continuations(List<Link> links, URI page) {
    String stem = stem(Addresses.lastStep(page));
    String own = numberedStem(stem);
    Map<URI, Integer> out = new LinkedHashMap<>();
    for (Link l : links) {
      if (l.target().equals(page) || !PAGE_EXTENSIONS.contains(extension(Addresses.lastStep(l.target())))) {
        continue;
      }
      if (isNext(l.text())) {
        out.putIfAbsent(l.target(), Integer.MAX_VALUE);
        continue;
      }
      Matcher number = PAGE_NUMBER.matcher(l.text().strip());
      if (number.matches() && Integer.parseInt(number.group(1)) >= 2) {
        String theirs = numberedStem(stem(Addresses.lastStep(l.target())));
        if (theirs != null && (theirs.equals(stem) || theirs.equals(own))) {
          out.merge(l.target(), Integer.parseInt(number.group(1)), Math::min);
        }
      }
    }
    return out.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
  }

  /** The documents a report's page names as its own: its attachments, each once. */
  static List<Link> attachments(List<Link> links) {
    Map<URI, Link> out = new LinkedHashMap<>();
    for (Link l : links) {
      String name = fileName(l.target());
      if (!DOCUMENTS.contains(extension(name)) && !DOCUMENTS.contains(extension(l.text()))) {
        continue;
      }
      String context = l.before() + " " + l.text() + " " + name;
      if (REPORT_WORDS.matcher(context).find() && !OTHER_DOCUMENTS.matcher(l.text() + " " + name).find()) {
        out.putIfAbsent(l.target(), l);
      }
    }
    return List.copyOf(out.values());
  }

  /** Whether the page links a document under 附件 (附件：…, 附件1 …): a report published as an attachment. */
  static boolean annexed(List<Link> links) {
    return attachments(links).stream().anyMatch(l -> (l.before() + l.text()).contains("附件"));
  }

  /** The name of the file an address serves: the last step of its path, or the file a download script names. */
  static String fileName(URI u) {
    String raw = u.getRawQuery();
    if (raw != null) {
      Matcher p = FILE_PARAMETER.matcher("?" + raw);
      while (p.find()) {
        String value = decode(p.group(1)).replace('\\', '/');
        value = value.substring(value.lastIndexOf('/') + 1);
        if (DOCUMENTS.contains(extension(value))) {
          return value;
        }
      }
    }
    return Addresses.lastStep(u);
  }

  private static String decode(String s) {
    try {
      return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static String numberedStem(String stem) {
    Matcher m = NUMBERED.matcher(stem);
    return m.matches() ? m.group(1) : null;
  }

  static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 && dot < name.length() - 1 ? name.substring(dot + 1).strip().toLowerCase(Locale.ROOT) : "";
  }
}
