package org.nianbao.model;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * How many places of a report are flagged, by kind, as every sheet and the page count them: a
 * field flagged twice is one place, a note about the whole report is one place.
 *
 * @param unread values to be looked at because they were not read
 * @param doubtful other places to be looked at (需核对): guessed, cut, failing, read from a picture with doubt
 * @param notes places whose flags only tell how a value was reached (说明)
 */
public record FlagCounts(long unread, long doubtful, long notes) {
  public static FlagCounts of(Report report) {
    Set<Object> unread = report.flags().stream().filter(f -> f.review() && f.unread()).map(FlagCounts::place).collect(Collectors.toSet());
    Set<Object> doubtful = report.flags().stream().filter(Flag::review).map(FlagCounts::place).filter(p -> !unread.contains(p)).collect(Collectors.toSet());
    long notes = report.flags().stream().filter(f -> !f.review()).map(FlagCounts::place).filter(p -> !unread.contains(p) && !doubtful.contains(p)).distinct().count();
    return new FlagCounts(unread.size(), doubtful.size(), notes);
  }

  /** The places to be looked at (需核对). */
  public long review() {
    return unread + doubtful;
  }

  private static Object place(Flag f) {
    return f.field().isEmpty() ? f : f.field();
  }
}
