package org.nianbao.place;

/**
 * The name agencies are matched by across years: the agency as written, simplified already by the
 * normaliser, without spaces or punctuation, and with 人民政府 read as 政府 (郑州市上街区人民政府 and
 * 郑州市上街区政府 are one agency). Prefixes such as a city before a district are kept as written:
 * 上街区 and 郑州市上街区 stay apart rather than risk joining two agencies.
 */
public final class AgencyKey {
  private AgencyKey() {}

  public static String of(String agency) {
    StringBuilder out = new StringBuilder(agency.length());
    for (int i = 0; i < agency.length(); i++) {
      char c = agency.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString().replace("人民政府", "政府");
  }
}
