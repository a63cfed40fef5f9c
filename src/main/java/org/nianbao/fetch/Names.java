package org.nianbao.fetch;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.output.SafeNames;

/**
 * The names fetched reports are saved under: a report's folder by its agency and year when its
 * title or link says them (松川县统计局_2023), else by its address; a page by the last step of its
 * address (a script's page as .html); a file by the name the server gives it, or its address's,
 * with the extension its content has.
 */
final class Names {
  private static final Pattern TITLE = Pattern.compile("(.*?)((?:19|20)\\d{2})\\s*年[度]?.*?(?:年度报告|年报)");
  private static final Pattern AGENCY = Pattern.compile(".*(政府|局|委员会|委|办公室|办公厅|厅|院|中心|署|街道|镇|乡|办事处|管委会|管理处)$");
  private static final Pattern PARTS = Pattern.compile("\\s*[_|｜—–]\\s*|\\s+-\\s+");
  private static final Pattern DISPOSITION_UTF8 = Pattern.compile("(?i)filename\\*\\s*=\\s*UTF-8''([^;]+)");
  private static final Pattern DISPOSITION = Pattern.compile("(?i)filename\\s*=\\s*\"?([^\";]+)\"?");
  private static final Set<String> SCRIPT_PAGES = Set.of("jsp", "asp", "aspx", "php", "do", "action", "");
  private static final Map<String, String> TYPES = Map.of(
      "image/png", "png", "image/jpeg", "jpg", "image/gif", "gif", "image/bmp", "bmp", "image/webp", "webp", "image/tiff", "tif",
      "text/css", "css", "application/pdf", "pdf", "application/ofd", "ofd", "text/plain", "txt");

  private Names() {}

  /** A report's folder: its agency and year from the first of {@code texts} that names them, else its address. */
  static String folder(URI address, String... texts) {
    for (String t : texts) {
      if (t == null) {
        continue;
      }
      Optional<String> named = agencyAndYear(t);
      if (named.isPresent()) {
        return named.get();
      }
    }
    String step = Links.stem(Addresses.lastStep(address));
    return SafeNames.stem(address.getHost() + (step.isEmpty() ? "" : "_" + step), "report");
  }

  /**
   * {@code 机关_年份} from a title ({@code 松川县统计局2023年政府信息公开工作年度报告_松川县人民政府}): the
   * part that says 年度报告 gives the year and, before it, the agency; a title that names no agency
   * there takes it from another part that is an agency's name.
   */
  static Optional<String> agencyAndYear(String title) {
    String[] parts = PARTS.split(title.strip());
    for (String part : parts) {
      Matcher m = TITLE.matcher(part);
      if (!m.find()) {
        continue;
      }
      String agency = m.group(1).replaceAll("^[\\s《〈“\"]*(关于)?|[\\s，,:：、（(]+$", "").replaceAll("的$", "");
      if (agency.isEmpty()) {
        for (String other : parts) {
          if (!other.equals(part) && AGENCY.matcher(other.strip()).matches()) {
            agency = other.strip();
            break;
          }
        }
      }
      String name = agency.isEmpty() ? m.group(2) : agency + "_" + m.group(2);
      return Optional.of(SafeNames.stem(name, m.group(2)));
    }
    return Optional.empty();
  }

  /** The file name a page is saved under: its address's last step, a script's page or a folder's as .html. */
  static String page(URI address) {
    String step = Addresses.lastStep(address);
    String ext = Links.extension(step);
    String stem = SafeNames.stem(Links.stem(step), "index");
    if (SCRIPT_PAGES.contains(ext) || step.isEmpty()) {
      return stem + (address.getRawQuery() == null ? "" : "_" + Integer.toHexString(address.getRawQuery().hashCode())) + ".html";
    }
    return stem + "." + ext;
  }

  /**
   * The file name a fetched file is saved under: the name the server gives it, the file a download
   * script names, or its address's last step, with the extension its content or type says when it
   * has none.
   */
  static String file(URI address, String disposition, String contentType, byte[] body) {
    String name = fromDisposition(disposition).orElseGet(() -> Links.fileName(address));
    String stem = SafeNames.stem(Links.stem(name), "file");
    String ext = Links.extension(name);
    String sniffed = extensionOf(body, contentType);
    if (ext.isEmpty() || Links.PAGE_EXTENSIONS.contains(ext) && !sniffed.isEmpty() && !sniffed.equals("html")) {
      ext = sniffed.isEmpty() ? "bin" : sniffed;
    }
    return stem + "." + ext.replaceAll("[^a-z0-9]", "");
  }

  private static Optional<String> fromDisposition(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    Matcher utf8 = DISPOSITION_UTF8.matcher(header);
    if (utf8.find()) {
      try {
        return Optional.of(URLDecoder.decode(utf8.group(1).strip(), StandardCharsets.UTF_8)).map(Names::lastStep).filter(s -> !s.isBlank());
      } catch (IllegalArgumentException e) {
        // A broken escape: the plain name, if given, is used.
      }
    }
    Matcher plain = DISPOSITION.matcher(header);
    if (plain.find()) {
      String v = plain.group(1).strip();
      // Servers of Chinese sites send the name percent-escaped, or as GBK/UTF-8 bytes read as Latin-1.
      if (v.contains("%")) {
        try {
          v = URLDecoder.decode(v, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          // Taken as written.
        }
      } else if (v.chars().anyMatch(c -> c >= 0x80 && c <= 0xFF)) {
        byte[] raw = v.getBytes(StandardCharsets.ISO_8859_1);
        v = utf8(raw).orElseGet(() -> new String(raw, java.nio.charset.Charset.forName("GB18030")));
      }
      return Optional.of(lastStep(v)).filter(s -> !s.isBlank());
    }
    return Optional.empty();
  }

  private static Optional<String> utf8(byte[] raw) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(raw)).toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String lastStep(String name) {
    String n = name.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1);
  }

  /** The extension a file's first bytes (or, failing them, its type) say it has; empty when neither does. */
  static String extensionOf(byte[] b, String contentType) {
    if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
      return "pdf";
    }
    if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
      String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
      return head.contains("OFD.xml") ? "ofd" : head.contains("xl/") ? "xlsx" : "docx";
    }
    if (b.length >= 4 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0) {
      return contentType.toLowerCase(Locale.ROOT).contains("excel") ? "xls" : "doc";
    }
    if (b.length >= 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "png";
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8) {
      return "jpg";
    }
    if (b.length >= 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
      return "gif";
    }
    String type = contentType.toLowerCase(Locale.ROOT).replaceAll(";.*", "").strip();
    if (type.contains("html")) {
      return "html";
    }
    return TYPES.getOrDefault(type, "");
  }

  /** {@code name} made unique among {@code taken} the way browsers do: 附件(2).pdf. */
  static String unique(String name, Set<String> taken) {
    if (!taken.contains(name.toLowerCase(Locale.ROOT))) {
      return name;
    }
    String stem = Links.stem(name);
    String ext = Links.extension(name);
    for (int n = 2; ; n++) {
      String candidate = stem + "(" + n + ")" + (ext.isEmpty() ? "" : "." + ext);
      if (!taken.contains(candidate.toLowerCase(Locale.ROOT))) {
        return candidate;
      }
    }
  }
}
