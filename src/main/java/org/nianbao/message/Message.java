package org.nianbao.message;

import java.util.Arrays;
import java.util.List;

/**
 * Something to tell a person, by its stable code in the catalogue and its arguments: text, numbers
 * or other messages (rendered in the same language). Immutable.
 */
public record Message(String code, List<Object> args) {
  public Message {
    args = List.copyOf(args);
  }

  public static Message of(String code, Object... args) {
    return new Message(code, Arrays.asList(args));
  }

  /** The same message with one more argument (a detail a later stage adds, such as the cell's text). */
  public Message with(Object arg) {
    List<Object> more = new java.util.ArrayList<>(args);
    more.add(arg);
    return new Message(code, more);
  }

  /** The message in Chinese, the language of the workbooks and the JSON output. */
  public String zh() {
    return Messages.ZH.render(this);
  }

  /** The message in the language of this system (Chinese for zh_*, English otherwise). */
  public String local() {
    return Messages.local().render(this);
  }

  @Override
  public String toString() {
    return zh();
  }
}
