package org.nianbao.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.message.Message;

/**
 * Bytes decoded in one charset past a spot or two that do not decode (a damaged byte, a last
 * character cut in half): each such spot becomes U+FFFD, where it stands, and the lines that hold
 * one, or a NUL, are named. Whether the charset is the text's is told by how few such spots there
 * are beside the characters that decoded as characters of more than one byte: text in another
 * charset has spots everywhere. A file with more spots is damaged beyond them: random damage also
 * changes bytes that still decode (a tab for a comma, a letter for a tab), which no decoder sees
 * and which can move a number to another cell; such a file is left to be refused.
 */
final class Lenient {
  /** Good characters of more than one byte there must be for each spot that does not decode. */
  private static final int GOOD_PER_BAD = 20;
  /** Spots read past: a damaged byte, a character cut at the end. */
  private static final int MOST_SPOTS = 2;

  private Lenient() {}

  /**
   * The bytes decoded in {@code cs}, each spot that does not decode replaced, with {@code note}
   * about the charset; empty when there are no such spots or too many for {@code cs} to be the
   * text's. Gives up as soon as the spots are too many (text in another charset has them at every
   * character), so trying a charset costs little.
   */
  static Optional<DecodedText> decode(byte[] bytes, Charset cs, Optional<Message> note) {
    CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // Never more characters than bytes (each spot takes at least one byte), so the buffer never fills.
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    List<Integer> spots = new ArrayList<>();
    // A good character takes two bytes or more: past this many spots they cannot be outnumbered enough.
    int most = Math.min(MOST_SPOTS, bytes.length / (2 * GOOD_PER_BAD));
    // At the end of the input, a character cut short is a spot like any other.
    for (CoderResult r = decoder.decode(in, out, true); r.isError(); r = decoder.decode(in, out, true)) {
      if (spots.size() >= most) {
        return Optional.empty();
      }
      spots.add(out.position());
      out.put('\uFFFD');
      in.position(in.position() + r.length());
    }
    decoder.flush(out);
    String text = out.flip().toString();
    int good = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      good += c >= 0x80 && c != '\uFFFD' ? 1 : 0;
    }
    if (spots.isEmpty() || good < GOOD_PER_BAD * spots.size()) {
      return Optional.empty();
    }
    return Optional.of(damaged(new DecodedText(text, cs, note), spots));
  }

  /** Text that decoded whole, with its NULs (a damaged byte that still decodes) noted as damage. */
  static DecodedText withNuls(DecodedText decoded) {
    return decoded.text().indexOf(0) < 0 ? decoded : damaged(decoded, List.of());
  }

  /** The text with the lines of {@code spots} and of its NULs named as damaged. */
  private static DecodedText damaged(DecodedText decoded, List<Integer> spots) {
    String t = decoded.text();
    List<Integer> at = new ArrayList<>(spots);
    for (int i = t.indexOf(0); i >= 0; i = t.indexOf(0, i + 1)) {
      at.add(i);
    }
    at.sort(null);
    return new DecodedText(t, decoded.charset(), decoded.note(), lines(t, at));
  }

  /** The lines (from 1; a line ends at CR LF, CR or LF, as the text reader cuts them) of sorted offsets, each once. */
  private static List<Integer> lines(String text, List<Integer> offsets) {
    List<Integer> out = new ArrayList<>();
    int line = 1;
    int at = 0;
    for (int offset : offsets) {
      for (; at < offset; at++) {
        char c = text.charAt(at);
        if (c == '\n' || c == '\r' && (at + 1 >= text.length() || text.charAt(at + 1) != '\n')) {
          line++;
        }
      }
      if (out.isEmpty() || out.get(out.size() - 1) != line) {
        out.add(line);
      }
    }
    return out;
  }
}
