package org.nianbao.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.nianbao.read.DecodedText;
import org.nianbao.read.PageCharset;

/**
 * A fetched page as it will be saved: its own text, decoded as the readers decode it, with only the
 * links changed that must lead to the saved files (and the rest made absolute, so they still work),
 * each change spliced in where the attribute's value stands. Everything else keeps its bytes and
 * lines, so what nianbao reads from the saved page is what the site served. The page is written in
 * its own charset, or in UTF-8 with its declaration changed to say so when that charset cannot
 * give the same bytes back.
 */
final class PageText {
  private record Edit(int start, int end, String text) {}

  private final byte[] bytes;
  private final String text;
  private final Charset charset;
  private final Document dom;
  private final List<Edit> edits = new ArrayList<>();

  private PageText(byte[] bytes, DecodedText decoded) {
    this.bytes = bytes;
    this.text = decoded.text();
    this.charset = decoded.charset();
    this.dom = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
  }

  static PageText of(byte[] bytes) {
    return new PageText(bytes, PageCharset.decode(bytes));
  }

  Document dom() {
    return dom;
  }

  /** The page's title and the title metadata content systems add. */
  List<String> titles() {
    List<String> out = new ArrayList<>();
    for (Element meta : dom.getElementsByTag("meta")) {
      String name = meta.attr("name") + meta.attr("property");
      if (name.matches("(?i)ArticleTitle|og:title|title")) {
        out.add(meta.attr("content"));
      }
    }
    out.add(dom.title());
    dom.getElementsByTag("h1").forEach(h -> out.add(h.text()));
    return out;
  }

  /** Sets the value of attribute {@code key} of {@code e} to {@code value}, where the page writes it. */
  void set(Element e, String key, String value) {
    Attribute a = e.attribute(key);
    if (a == null) {
      return;
    }
    Range.AttributeRange range = a.sourceRange();
    Range v = range.valueRange();
    if (range.isTracked() && v.isTracked() && v.endPos() >= v.startPos() && v.startPos() > 0) {
      char before = text.charAt(v.startPos() - 1);
      boolean quoted = before == '"' || before == '\'';
      String written = quoted ? value.replace("&", "&amp;").replace(String.valueOf(before), before == '"' ? "&quot;" : "&#39;") : "\"" + value.replace("&", "&amp;").replace("\"", "&quot;") + "\"";
      edits.add(new Edit(v.startPos(), v.endPos(), written));
    } else if (range.isTracked() && range.nameRange().isTracked()) {
      // An attribute written without a value (<img src>): the value goes after its name.
      int at = range.nameRange().endPos();
      edits.add(new Edit(at, at, "=\"" + value.replace("&", "&amp;").replace("\"", "&quot;") + "\""));
    }
  }

  /** Adds attribute {@code key} to {@code e}'s start tag, right after its name. */
  void add(Element e, String key, String value) {
    Range r = e.sourceRange();
    if (!r.isTracked()) {
      return;
    }
    int at = r.startPos() + 1 + e.tagName().length();
    edits.add(new Edit(at, at, " " + key + "=\"" + value.replace("&", "&amp;").replace("\"", "&quot;") + "\""));
  }

  /** The page as it is saved. */
  byte[] saved() {
    if (edits.isEmpty()) {
      return bytes;
    }
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(Edit::start).reversed());
    StringBuilder out = new StringBuilder(text);
    int last = Integer.MAX_VALUE;
    for (Edit e : sorted) {
      if (e.end() > last) {
        // Two changes of one place: the first stands.
        continue;
      }
      out.replace(e.start(), e.end(), e.text());
      last = e.start();
    }
    String edited = out.toString();
    if (Arrays.equals(text.getBytes(charset), bytes) || charset.equals(StandardCharsets.UTF_8)) {
      byte[] again = edited.getBytes(charset);
      if (new String(again, charset).equals(edited)) {
        return again;
      }
    }
    return declaredUtf8(edited).getBytes(StandardCharsets.UTF_8);
  }

  /** The page's charset declaration, if any, changed to UTF-8: the bytes written are. */
  private static String declaredUtf8(String page) {
    return page.replaceFirst("(?i)(<meta[^>]+charset\\s*=\\s*[\"']?\\s*)[A-Za-z0-9_\\-]+", "$1utf-8");
  }
}
