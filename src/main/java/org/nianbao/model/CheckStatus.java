package org.nianbao.model;

/** The outcome of one balance check. */
public enum CheckStatus {
  PASS,
  FAIL,
  /** Not evaluated: a table it reads is missing or a cell it reads could not be read. */
  SKIPPED
}
