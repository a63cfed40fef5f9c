package org.nianbao.read.html;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.document.Part;

/**
 * Which links of a page lead to more of the same report: the next pages of a report a site split
 * into several (下一页, or the page numbers of its pager when they lead to this page's own name
 * numbered, {@code 报告_2.html}, {@code index_1.html}), and the attachments it names as its own
 * (a document linked under 附件, or named as the report or its tables: 年度报告, 统计表, 附表).
 * Every other link — the site's menus, the previous and next article (上一篇, 下一篇), an
 * application form offered for download — is left alone.
 */
final class PageLinks {
  /** The forms of file a report's attachment comes in. */
  static final Set<String> DOCUMENTS = Set.of("pdf", "doc", "docx", "wps", "xls", "xlsx", "et", "txt", "htm", "html", "shtml", "xhtml");
  private static final Set<String> ATTACHMENTS = Set.of("pdf", "doc", "docx", "wps", "xls", "xlsx", "et");

  private static final Pattern NEXT = Pattern.compile("下一?[页頁]|后一?[页頁]");
  private static final Pattern DECORATION = Pattern.compile("[\\s<>«»›‹\\[\\]【】()（）]");
  private static final Pattern PAGE_NUMBER = Pattern.compile("\\[?\\s*第?\\s*(\\d{1,3})\\s*[页頁]?\\s*]?");
  /** A page numbered after its first: {@code 报告_2}, {@code t20220125_123_1}, {@code index-3}. */
  private static final Pattern NUMBERED = Pattern.compile("(.+)[_-](\\d{1,3})");
  /** Words that name a report or its tables in a link or the text before it. */
  private static final Pattern REPORT_WORDS = Pattern.compile("年度报告|年报|统计表|附表|情况表|数据表|报表|附件");
  /** What an attachment a report's page offers and that is no part of it is called. */
  private static final Pattern OTHER_DOCUMENTS = Pattern.compile("申请表|申请书|指南|目录|登记表|意见表|意见书");
  private static final Pattern ATTACHMENT_PREFIX = Pattern.compile("^\\s*(?:附件|附表)\\s*[0-9一二三四五六七八九十]*\\s*[：:.．、]?\\s*");
  private static final Pattern FILE_PARAMETER = Pattern.compile("(?i)[?&](?:file|filename|fileName|name|fn|path)=([^&#]+)");

  /**
   * A link met on the page.
   *
   * @param href where it leads, as written
   * @param text what it says
   * @param before the text of its paragraph before it (where 附件： is written)
   * @param at the number of blocks read when it was met
   */
  record Link(String href, String text, String before, int at) {}

  private PageLinks() {}

  /**
   * The parts of the report among the links of the page {@code source}: its next pages in the order
   * of their numbers, then its attachments in the order met, each once, all read after the page.
   */
  static List<Part> parts(String source, List<Link> links, int end) {
    String stem = stem(fileName(source));
    String nextStem = null;
    for (Link l : links) {
      if (isNext(l.text) && !target(l.href).isEmpty()) {
        nextStem = numberedStem(stem(target(l.href)));
        break;
      }
    }
    Map<String, Integer> pages = new LinkedHashMap<>();
    Map<String, Part> attachments = new LinkedHashMap<>();
    for (Link l : links) {
      String name = target(l.href);
      if (name.isEmpty() || l.href.startsWith("#") || l.href.regionMatches(true, 0, "javascript:", 0, 11)) {
        continue;
      }
      if (isNext(l.text)) {
        pages.putIfAbsent(l.href, Integer.MAX_VALUE);
        continue;
      }
      Matcher number = PAGE_NUMBER.matcher(l.text.strip());
      if (number.matches() && Integer.parseInt(number.group(1)) >= 2) {
        String own = numberedStem(stem(name));
        if (own != null && (own.equals(stem) || own.equals(nextStem) || own.equals(numberedStem(stem)))) {
          pages.merge(l.href, Integer.parseInt(number.group(1)), Math::min);
        }
        continue;
      }
      String shown = ATTACHMENT_PREFIX.matcher(l.text).replaceFirst("").strip();
      String ext = extension(name);
      String shownExt = extension(shown);
      if (!ATTACHMENTS.contains(ext) && !ATTACHMENTS.contains(shownExt)) {
        continue;
      }
      String context = l.before + " " + l.text + " " + name;
      if (REPORT_WORDS.matcher(context).find() && !OTHER_DOCUMENTS.matcher(l.text + " " + name).find()) {
        String partName = ATTACHMENTS.contains(shownExt) ? shown : shown.isEmpty() || shown.length() > 80 ? name : shown + "." + ext;
        attachments.putIfAbsent(l.href, Part.linked(end, Part.Kind.ATTACHMENT, partName.replace('/', '_'), l.href));
      }
    }
    List<Part> out = new ArrayList<>();
    pages.entrySet().stream().sorted(Map.Entry.comparingByValue())
        .forEach(p -> out.add(Part.linked(end, Part.Kind.CONTINUATION, target(p.getKey()), p.getKey())));
    out.addAll(attachments.values());
    return out;
  }

  private static boolean isNext(String text) {
    return text.length() <= 12 && NEXT.matcher(DECORATION.matcher(text).replaceAll("")).matches();
  }

  /** The stem a numbered page's name shares with its siblings ({@code 报告} of {@code 报告_2}), or null. */
  private static String numberedStem(String stem) {
    Matcher m = NUMBERED.matcher(stem);
    return m.matches() ? m.group(1) : null;
  }

  /**
   * The name of the file a link leads to: the last step of its path, or for a download script the
   * file it names ({@code downfile.jsp?filename=统计表.xls}), decoded.
   */
  static String target(String href) {
    String h = href.strip();
    Matcher p = FILE_PARAMETER.matcher(h);
    String fromParameter = null;
    while (p.find()) {
      String value = fileName(decode(p.group(1)));
      if (DOCUMENTS.contains(extension(value))) {
        fromParameter = value;
      }
    }
    String name = fileName(decode(h.replaceAll("[?#].*$", "")));
    if (fromParameter != null && !DOCUMENTS.contains(extension(name))) {
      return fromParameter;
    }
    return name;
  }

  static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // A stray % in the name: taken as written.
      return s;
    }
  }

  static String fileName(String path) {
    String p = path.replace('\\', '/');
    return p.substring(p.lastIndexOf('/') + 1);
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
