package org.nianbao.model;

/** The three statutory tables. */
public enum TableId {
  /** 表二 主动公开政府信息情况. */
  T2,
  /** 表三 收到和处理政府信息公开申请情况. */
  T3,
  /** 表四 政府信息公开行政复议、行政诉讼情况. */
  T4;

  /** The prefix of this table's field ids: {@code t2}, {@code t3}, {@code t4}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
