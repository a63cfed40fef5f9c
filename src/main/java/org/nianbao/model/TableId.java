package org.nianbao.model;

/** The three statutory tables. */
public enum TableId {
  /** 表二 主动公开政府信息情况. */
  T2(2, "表二"),
  /** 表三 收到和处理政府信息公开申请情况. */
  T3(3, "表三"),
  /** 表四 政府信息公开行政复议、行政诉讼情况. */
  T4(4, "表四");

  private final int section;
  private final String label;

  TableId(int section, String label) {
    this.section = section;
    this.label = label;
  }

  /** The report section (二, 三, 四) that holds this table. */
  public int section() {
    return section;
  }

  /** The table's short official name: 表二, 表三, 表四. */
  public String label() {
    return label;
  }

  /** The table a field id belongs to, by its prefix ({@code t3.new.total} → T3). */
  public static TableId of(String fieldId) {
    return valueOf(fieldId.substring(0, 2).toUpperCase(java.util.Locale.ROOT));
  }

  /** The prefix of this table's field ids: {@code t2}, {@code t3}, {@code t4}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
