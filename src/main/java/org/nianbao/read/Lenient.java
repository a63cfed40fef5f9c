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
 * Bytes decoded in one charset whatever spots of them do not decode (a damaged byte, a last
 * character cut in half): each such spot becomes U+FFFD, and the lines that hold one, or a NUL, are
 * named. Whether the charset is the text's is told by how few such spots there are beside the
 * characters that decoded as characters of more than one byte: text in another charset has spots
 * everywhere.
 */
final class Lenient {
  /** Good characters of more than one byte there must be for each spot that does not decode. */
  private static final int GOOD_PER_BAD = 20;
  private final String text;
  private final Charset charset;
  private final List<Integer> spots;
  private final int good;

  private Lenient(String text, Charset charset, List<Integer> spots, int good) {
    this.text = text;
    this.charset = charset;
    this.spots = spots;
    this.good = good;
  }

  /** The bytes decoded in {@code cs}, each spot that does not decode replaced. */
  static Lenient decode(byte[] bytes, Charset cs) {
    CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // Never more characters than bytes (each spot takes at least one byte), so the buffer never fills.
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    List<Integer> spots = new ArrayList<>();
    // At the end of the input, a character cut short is a spot like any other.
    for (CoderResult r = decoder.decode(in, out, true); r.isError(); r = decoder.decode(in, out, true)) {
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
    return new Lenient(text, cs, spots, good);
  }

  /** Whether there are spots, and few enough beside the good characters for the charset to be the text's. */
  boolean few() {
    return !spots.isEmpty() && good >= GOOD_PER_BAD * spots.size();
  }

  /** The text with its damaged lines and {@code note} about its charset. */
  DecodedText text(Optional<Message> note) {
    return damaged(new DecodedText(text, charset, note), spots);
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
