package org.nianbao.form;

import java.util.Optional;

/** The statutory report formats: the 2019 trial form (国办公开办函〔2019〕60号) and the 2021 revision (〔2021〕30号). */
public enum Format {
  TRIAL_2019("2019"),
  REVISED_2021("2021");

  private final String code;

  Format(String code) {
    this.code = code;
  }

  /** The code used in field specs, JSON output and file names: {@code 2019} or {@code 2021}. */
  public String code() {
    return code;
  }

  /** The format with this code, if any. */
  public static Optional<Format> ofCode(String code) {
    for (Format f : values()) {
      if (f.code.equals(code)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
