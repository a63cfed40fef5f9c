package org.nianbao.read;

import java.nio.charset.Charset;
import java.util.Optional;
import org.nianbao.message.Message;

/**
 * Input bytes decoded to text, with the charset used and, when that charset was guessed rather than
 * declared or certain, a note saying so.
 */
public record DecodedText(String text, Charset charset, Optional<Message> note) {}
