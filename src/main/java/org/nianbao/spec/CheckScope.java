package org.nianbao.spec;

/** Where a balance check applies: within one report, or between two years of one agency. */
public enum CheckScope {
  REPORT,
  CROSS_YEAR
}
