package org.nianbao.xlsx;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * XML written straight into UTF-8 bytes: the rows of a sheet, most of a workbook's bytes. Building
 * them in a {@code StringBuilder} and encoding its string cost a copy and a pass over every
 * character more (a quarter of writing a workbook).
 */
final class XmlBytes {
  private byte[] bytes;
  private int length;
  /** A high surrogate whose low half has not come yet. */
  private char high;

  XmlBytes(int capacity) {
    bytes = new byte[capacity];
  }

  int length() {
    return length;
  }

  void clear() {
    length = 0;
    high = 0;
  }

  void writeTo(OutputStream out) throws java.io.IOException {
    out.write(bytes, 0, length);
  }

  /** Markup, or text known to need no escaping. */
  XmlBytes append(String s) {
    int n = s.length();
    // Room for the worst case (three bytes a character), so the loop below stores without checks.
    room(3 * n);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80 && high == 0) {
        bytes[length++] = (byte) c;
      } else {
        append(c);
      }
    }
    return this;
  }

  XmlBytes append(int n) {
    if (n >= 0 && n < 10) {
      return append((char) ('0' + n));
    }
    return append(Integer.toString(n));
  }

  /** One character, encoded; a lone surrogate, which UTF-8 cannot hold, is written as {@code ?} (as {@code String.getBytes} does). */
  XmlBytes append(char c) {
    if (c < 0x80 && high == 0) {
      room(1);
      bytes[length++] = (byte) c;
      return this;
    }
    if (Character.isHighSurrogate(c)) {
      if (high != 0) {
        append1('?');
      }
      high = c;
      return this;
    }
    if (Character.isLowSurrogate(c) && high != 0) {
      int cp = Character.toCodePoint(high, c);
      high = 0;
      room(4);
      bytes[length++] = (byte) (0xF0 | cp >> 18);
      bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
      bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
      bytes[length++] = (byte) (0x80 | cp & 0x3F);
      return this;
    }
    if (high != 0) {
      high = 0;
      append1('?');
    }
    if (Character.isLowSurrogate(c)) {
      return append1('?');
    }
    return append1(c);
  }

  private XmlBytes append1(char c) {
    room(3);
    if (c < 0x80) {
      bytes[length++] = (byte) c;
    } else if (c < 0x800) {
      bytes[length++] = (byte) (0xC0 | c >> 6);
      bytes[length++] = (byte) (0x80 | c & 0x3F);
    } else {
      bytes[length++] = (byte) (0xE0 | c >> 12);
      bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
      bytes[length++] = (byte) (0x80 | c & 0x3F);
    }
    return this;
  }

  /** Text escaped for XML, as {@link Xml#text(StringBuilder, String)} escapes it. */
  XmlBytes text(String s) {
    int n = s.length();
    room(3 * n);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!Xml.plain(c)) {
        append(Xml.escape(s, i));
        // An escape (_x0001_) may take more than the three bytes set aside for its character.
        room(3 * (n - i - 1));
      } else if (c < 0x80 && high == 0) {
        bytes[length++] = (byte) c;
      } else {
        append(c);
      }
    }
    return this;
  }

  private void room(int n) {
    if (length + n > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
    }
  }
}
