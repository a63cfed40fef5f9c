package org.nianbao.form;

/**
 * Where a check applies: within one report, or between two years of one agency; or, for a
 * plausibility check, within one report as what is expected rather than what the form requires
 * (its left side is not expected below its right: 现行有效件数 ≥ 本年制发件数), so a failure flags
 * the figures for a person to look at.
 */
public enum CheckScope {
  REPORT,
  CROSS_YEAR,
  PLAUSIBLE
}
