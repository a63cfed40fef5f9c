package org.nianbao.place;

import java.util.List;

/**
 * An agency's place as a reader sees it: province, city, county and town (empty where none), its
 * level (未识别 when not known), kind, division code, and a note on how it was placed or why not.
 */
public record Location(List<String> divisions, String level, String kind, String code, String note) {
  public Location {
    divisions = List.copyOf(divisions);
  }

  public String province() {
    return divisions.get(0);
  }
}
