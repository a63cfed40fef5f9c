package org.nianbao.read.word;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The page inside a web archive (MHT, MIME HTML) that a Word file embeds as an altChunk
 * ({@code afchunk.mht}, {@code message/rfc822}): Word shows the archive's HTML part, so that part,
 * its transfer encoding undone (quoted-printable, base64), is the document embedded. The bytes
 * keep the page's own charset; the registry reads them as the page they are.
 */
final class MimeHtml {
  private MimeHtml() {}

  /** The HTML part of a MIME archive, or null when the bytes are not one. */
  static byte[] of(byte[] bytes) {
    String lead = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
    if (!lead.startsWith("mime-version:") && !lead.startsWith("content-type:")) {
      return null;
    }
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int headEnd = headersEnd(text, 0);
    if (headEnd < 0) {
      return null;
    }
    String head = unfold(text.substring(0, headEnd)).toLowerCase(Locale.ROOT);
    if (!head.contains("mime-version") && !head.contains("content-type")) {
      return null;
    }
    String boundary = parameter(unfold(text.substring(0, headEnd)), "boundary");
    if (boundary == null) {
      return head.contains("text/html") ? decode(text.substring(bodyStart(text, headEnd)), head) : null;
    }
    String delimiter = "--" + boundary;
    for (int at = text.indexOf(delimiter); at >= 0;) {
      int start = text.indexOf('\n', at);
      if (start < 0 || text.startsWith(delimiter + "--", at)) {
        return null;
      }
      int next = text.indexOf(delimiter, start);
      String part = text.substring(start + 1, next < 0 ? text.length() : next);
      int partHead = headersEnd(part, 0);
      if (partHead >= 0) {
        String headers = unfold(part.substring(0, partHead)).toLowerCase(Locale.ROOT);
        if (headers.contains("content-type") && headers.contains("text/html")) {
          return decode(part.substring(bodyStart(part, partHead)), headers);
        }
      }
      at = next;
    }
    return null;
  }

  /** Where the blank line after a block of headers starts, or -1. */
  private static int headersEnd(String s, int from) {
    int crlf = s.indexOf("\r\n\r\n", from);
    int lf = s.indexOf("\n\n", from);
    if (crlf < 0) {
      return lf;
    }
    return lf < 0 ? crlf : Math.min(crlf, lf);
  }

  private static int bodyStart(String s, int headersEnd) {
    return s.startsWith("\r\n\r\n", headersEnd) ? headersEnd + 4 : headersEnd + 2;
  }

  /** Header lines continued on indented lines joined into one. */
  private static String unfold(String headers) {
    return headers.replaceAll("\r?\n[ \t]+", " ");
  }

  private static String parameter(String headers, String name) {
    String lower = headers.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(name + "=");
    if (at < 0) {
      return null;
    }
    int from = at + name.length() + 1;
    if (from < headers.length() && headers.charAt(from) == '"') {
      int close = headers.indexOf('"', from + 1);
      return close < 0 ? null : headers.substring(from + 1, close);
    }
    int end = from;
    while (end < headers.length() && !Character.isWhitespace(headers.charAt(end)) && headers.charAt(end) != ';') {
      end++;
    }
    return headers.substring(from, end);
  }

  private static byte[] decode(String body, String headers) {
    if (headers.contains("quoted-printable")) {
      return quotedPrintable(body);
    }
    if (headers.contains("base64")) {
      try {
        return Base64.getMimeDecoder().decode(body.strip());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return body.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Quoted-printable undone: =XX is a byte, = at a line's end joins it to the next. */
  private static byte[] quotedPrintable(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '=' && i + 1 < s.length() && (s.charAt(i + 1) == '\n' || s.charAt(i + 1) == '\r')) {
        i += s.startsWith("\r\n", i + 1) ? 2 : 1;
      } else if (c == '=' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
        out.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }
}
