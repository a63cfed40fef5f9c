package org.nianbao.cli;

/** The exit codes of every nianbao command. */
final class ExitCodes {
  /** Every input was read. */
  static final int OK = 0;
  /** At least one input could not be read (the others were). */
  static final int SOME_FAILED = 1;
  /** The command line was wrong. */
  static final int USAGE = 2;
  /** nianbao itself failed. */
  static final int SOFTWARE = 3;

  private ExitCodes() {}
}
