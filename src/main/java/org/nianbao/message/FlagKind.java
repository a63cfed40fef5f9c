package org.nianbao.message;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two kinds of flag a person reads: {@link #REVIEW} (需核对: something a person should look at —
 * a value not read, guessed, cut, read from a picture with doubt, or in a failing check) and
 * {@link #NOTE} (说明: how a value was reached, an inference the checks confirm). Each flag code's
 * kind is data, in {@code templates/flags.tsv}; a code it does not list counts as needing review,
 * so a new flag is never played down by omission.
 */
public enum FlagKind {
  REVIEW("review"),
  NOTE("note");

  private static final Map<String, FlagKind> BY_CODE = load();

  private final String code;

  FlagKind(String code) {
    this.code = code;
  }

  /** The kind's stable name for programs: {@code review} or {@code note}. */
  public String code() {
    return code;
  }

  /** The kind's name for people: 需核对 or 说明. */
  public String zh() {
    return Messages.ZH.render(Message.of("kind." + code));
  }

  /**
   * The kind of a flag's reason: that of its code, unless the reason carries a message that needs
   * review (a note about one part of a report carrying that part's damaged page).
   */
  public static FlagKind of(Message reason) {
    FlagKind own = BY_CODE.getOrDefault(reason.code(), REVIEW);
    if (own == NOTE) {
      for (Object arg : reason.args()) {
        if (arg instanceof Message inner && BY_CODE.get(inner.code()) == REVIEW) {
          return REVIEW;
        }
      }
    }
    return own;
  }

  /** Whether {@code templates/flags.tsv} gives the code a kind (a test keeps every flag code of the catalogue there). */
  public static boolean listed(String code) {
    return BY_CODE.containsKey(code);
  }

  private static Map<String, FlagKind> load() {
    Map<String, FlagKind> out = new HashMap<>();
    List<String> lines = Bundled.text("flags.tsv").lines().toList();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      if (cells.length >= 2 && !cells[0].isBlank()) {
        out.put(cells[0], cells[1].equals(NOTE.code) ? NOTE : REVIEW);
      }
    }
    return Map.copyOf(out);
  }
}
