package org.nianbao.document;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.message.Message;

/**
 * Where a piece of text was read: a 1-based line of the file (0 when unknown) and, for structured
 * inputs, a path of numbered steps: {@code page[3]/table[1]/tr[5]/td[3]}, {@code p[12]}, {@code sdt[2]},
 * {@code page[2]/image[1]}, {@code file[附件1.pdf]/page[1]/table[1]/tr[2]/td[3]} for a part of the
 * report read from another file, or a workbook cell {@code 表三 依申请公开!D5}. Text recognised in a
 * picture ends its path with {@code scan[N]}: N is how sure, in percent, its least sure character is.
 */
public record SourcePos(int line, String path) {
  /** A position known only by its line. */
  public static SourcePos line(int line) {
    return new SourcePos(line, "");
  }

  // equals and hashCode are written out, with a record's meaning: a record's own are made of method
  // handles at their first call, which cost every start milliseconds.
  @Override
  public boolean equals(Object o) {
    return o instanceof SourcePos p && line == p.line && java.util.Objects.equals(path, p.path);
  }

  @Override
  public int hashCode() {
    return 31 * line + java.util.Objects.hashCode(path);
  }

  /** Whether the position says anything (report-wide notes have none). */
  public boolean known() {
    return line > 0 || !path.isEmpty();
  }

  /** Whether the text here was recognised in a picture. */
  public boolean scanned() {
    return path.contains("scan[");
  }

  /** How sure, in percent, the reading of text recognised in a picture is; 100 for text that was not. */
  public int certainty() {
    int at = path.lastIndexOf("scan[");
    return at < 0 ? 100 : number(path, at + 5, path.indexOf(']', at));
  }

  /** The page a PDF position is on, or 0. */
  public int page() {
    int at = path.startsWith("page[") ? 0 : path.indexOf("/page[") + 1;
    int close = at > 0 || path.startsWith("page[") ? path.indexOf(']', at) : -1;
    return close > at + 5 ? number(path, at + 5, close) : 0;
  }

  /**
   * The same position inside a part of a report read from another file or an embedded document:
   * its path starts with {@code file[NAME]}, so a person is told which file the text is in.
   */
  public SourcePos within(String part) {
    String name = part.replace('[', '(').replace(']', ')');
    return new SourcePos(line, "file[" + name + "]" + (path.isEmpty() ? "" : "/" + path));
  }

  /** The position as a person reads it: 第3页 第1个表格 第5行第3列, 第207行. */
  public Message describe() {
    int bang = path.startsWith("file[") ? -1 : path.lastIndexOf('!');
    Message where = bang > 0 ? Message.of("pos.sheet", path.substring(0, bang), path.substring(bang + 1)) : steps();
    if (where == null) {
      return line > 0 ? Message.of("pos.line", line) : Message.of("pos.unknown");
    }
    return line > 0 ? Message.of("pos.with_line", where, line) : where;
  }

  /** The path's steps, each said within the one before (第3页 第1个表格 第5行第3列); null when it has none. */
  private Message steps() {
    List<Message> parts = new ArrayList<>();
    int row = 0;
    int scan = -1;
    // The path is steps name[number] parted by '/': read by hand, it is on every flag's way out.
    for (int i = 0; i < path.length();) {
      int open = path.indexOf('[', i);
      int close = open < 0 ? -1 : path.indexOf(']', open);
      if (close < 0) {
        // A workbook cell in a part of the report: file[统计表.xls]/表三!D5.
        int cell = path.lastIndexOf('!');
        if (cell > i) {
          parts.add(Message.of("pos.sheet", path.substring(i, cell), path.substring(cell + 1)));
        }
        break;
      }
      String step = path.substring(i, open);
      if (step.equals("file")) {
        parts.add(Message.of("pos.file", path.substring(open + 1, close)));
        i = close + 2;
        continue;
      }
      int n = number(path, open + 1, close);
      switch (step) {
        case "page" -> parts.add(Message.of("pos.page", n));
        case "table" -> parts.add(Message.of("pos.table", n));
        case "tr" -> row = n;
        case "td" -> parts.add(Message.of("pos.cell", row, n));
        case "p" -> parts.add(Message.of("pos.paragraph", n));
        case "sdt" -> parts.add(Message.of("pos.control", n));
        case "image" -> parts.add(Message.of("pos.image", n));
        case "scan" -> scan = n;
        default -> { }
      }
      i = close + 2;
    }
    Message where = null;
    for (Message part : parts) {
      where = where == null ? part : Message.of("pos.in", where, part);
    }
    if (scan >= 0) {
      where = Message.of("pos.scan", where == null ? "" : where, scan);
    }
    return where;
  }

  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + Math.max(0, Character.digit(s.charAt(i), 10));
    }
    return n;
  }

  /** The position in Chinese, as workbooks and messages show it. */
  @Override
  public String toString() {
    return describe().zh();
  }
}
