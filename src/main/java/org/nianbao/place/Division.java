package org.nianbao.place;

import java.util.Objects;

/** One administrative division: its code, name, level (1 省级 … 4 乡级) and the code of the one it belongs to ("" for a province). */
public record Division(String code, String name, int level, String parent) {
  // equals and hashCode are written out, with a record's meaning: a record's own are made of
  // method handles at their first call, which cost every start milliseconds.
  @Override
  public boolean equals(Object o) {
    return o instanceof Division d && Objects.equals(code, d.code) && Objects.equals(name, d.name) && level == d.level && Objects.equals(parent, d.parent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, level, parent);
  }
}
