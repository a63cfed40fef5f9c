package org.nianbao.read;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import org.nianbao.message.Message;

/**
 * Input bytes decoded to text, with the charset used and, when that charset was guessed rather than
 * declared or certain, a note saying so. {@code damagedLines} are the lines (from 1) where bytes
 * that decode in no way stood, now U+FFFD where they stood, or a NUL.
 */
public record DecodedText(String text, Charset charset, Optional<Message> note, List<Integer> damagedLines) {
  public DecodedText {
    damagedLines = List.copyOf(damagedLines);
  }

  /** Text that decoded whole. */
  public DecodedText(String text, Charset charset, Optional<Message> note) {
    this(text, charset, note, List.of());
  }
}
