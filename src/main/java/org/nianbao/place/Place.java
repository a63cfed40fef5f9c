package org.nianbao.place;

import java.util.List;
import java.util.Optional;

/**
 * Where an agency is: its division (when exactly one fits), the divisions that fit, its level and
 * kind, and the former name its own name used for the division ("" when none).
 */
public record Place(Optional<Division> division, List<Division> candidates, String level, String kind, String formerName) {
  Place(Optional<Division> division, List<Division> candidates, String level, String kind) {
    this(division, candidates, level, kind, "");
  }

  public boolean ambiguous() {
    return division.isEmpty() && candidates.size() > 1;
  }
}
