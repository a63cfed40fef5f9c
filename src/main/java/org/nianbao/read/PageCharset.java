package org.nianbao.read;

/**
 * The charset of a page's bytes as the readers find it ({@link CharsetSniffer}): for code that must
 * understand a page the way nianbao will later read it, such as the fetcher finding its links.
 */
public final class PageCharset {
  private PageCharset() {}

  /** The bytes decoded as the readers decode them. */
  public static DecodedText decode(byte[] bytes) {
    return CharsetSniffer.decode(bytes, false);
  }
}
