package org.nianbao.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.message.Message;

/**
 * Where a piece of text was read: a 1-based line of the file (0 when unknown) and, for structured
 * inputs, a path of numbered steps: {@code page[3]/table[1]/tr[5]/td[3]}, {@code p[12]}, {@code sdt[2]},
 * {@code page[2]/image[1]}, or a workbook cell {@code 表三 依申请公开!D5}.
 */
public record SourcePos(int line, String path) {
  private static final Pattern STEP = Pattern.compile("(page|table|tr|td|p|sdt|image)\\[(\\d+)]");

  /** A position known only by its line. */
  public static SourcePos line(int line) {
    return new SourcePos(line, "");
  }

  /** Whether the position says anything (report-wide notes have none). */
  public boolean known() {
    return line > 0 || !path.isEmpty();
  }

  /** The page a PDF position is on, or 0. */
  public int page() {
    Matcher m = STEP.matcher(path);
    return m.lookingAt() && m.group(1).equals("page") ? Integer.parseInt(m.group(2)) : 0;
  }

  /** The position as a person reads it: 第3页 第1个表格 第5行第3列, 第207行. */
  public Message describe() {
    Message where = null;
    int bang = path.lastIndexOf('!');
    if (bang > 0) {
      where = Message.of("pos.sheet", path.substring(0, bang), path.substring(bang + 1));
    } else {
      List<Message> parts = new ArrayList<>();
      Matcher m = STEP.matcher(path);
      int row = 0;
      while (m.find()) {
        int n = Integer.parseInt(m.group(2));
        switch (m.group(1)) {
          case "page" -> parts.add(Message.of("pos.page", n));
          case "table" -> parts.add(Message.of("pos.table", n));
          case "tr" -> row = n;
          case "td" -> parts.add(Message.of("pos.cell", row, n));
          case "p" -> parts.add(Message.of("pos.paragraph", n));
          case "sdt" -> parts.add(Message.of("pos.control", n));
          default -> parts.add(Message.of("pos.image", n));
        }
      }
      for (Message part : parts) {
        where = where == null ? part : Message.of("pos.in", where, part);
      }
    }
    if (where == null) {
      return line > 0 ? Message.of("pos.line", line) : Message.of("pos.unknown");
    }
    return line > 0 ? Message.of("pos.with_line", where, line) : where;
  }

  /** The position in Chinese, as workbooks and messages show it. */
  @Override
  public String toString() {
    return describe().zh();
  }
}
