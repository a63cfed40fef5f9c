package org.nianbao.read;

/**
 * The charset of a page's bytes as the readers find it ({@link CharsetSniffer}): for code that must
 * understand a page the way nianbao will later read it, such as the fetcher finding its links, and
 * for the detector telling text from a page.
 */
public final class PageCharset {
  private PageCharset() {}

  /** The bytes decoded as the readers decode them. */
  public static DecodedText decode(byte[] bytes) {
    return CharsetSniffer.decode(bytes, false);
  }

  /** The bytes decoded past a damaged byte or two (see {@link Lenient}), which a text report is read past. */
  public static DecodedText decodePastDamage(byte[] bytes) {
    return CharsetSniffer.decode(bytes, true);
  }
}
