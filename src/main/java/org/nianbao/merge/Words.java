package org.nianbao.merge;

import java.util.Arrays;
import java.util.List;
import org.nianbao.message.Message;

/** The comparison workbook's words (sheet names, headings, legends, notes): the {@code merge.*} rows of {@code templates/messages.tsv}, in Chinese, the workbook's language. */
final class Words {
  private Words() {}

  /** The text of {@code merge.<code>} with its arguments. */
  static String of(String code, Object... args) {
    return Message.of("merge." + code, args).zh();
  }

  /** The texts of several codes, in order (a sheet's column headings). */
  static List<String> list(String... codes) {
    return Arrays.stream(codes).map(Words::of).toList();
  }
}
