package org.nianbao.read;

import org.nianbao.message.Message;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.Constants;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes input bytes without trusting the platform default: a byte-order mark first, then UTF-16 by its
 * zero bytes, then strict UTF-8. Legacy Chinese text is told apart by juniversalchardet (GBK and
 * Big5 bytes both decode as GB18030 without an error, so decoding alone cannot tell them): the
 * charset the page declares is used when the bytes decode in it and the detector does not name
 * the other family; else Big5 when detected; else GB18030 (the superset of GBK and GB2312 that
 * Chinese government sites use). A declaration the bytes contradict becomes a note.
 *
 * <p>Asked to be lenient, a report with a damaged byte or two, or cut in the middle of its last
 * character, is still read in its charset: UTF-8 (or GB18030, Big5) with at most two spots that do
 * not decode is decoded with those spots as U+FFFD, and the lines that hold them (or a NUL) are
 * named (see {@link Lenient}).
 */
final class CharsetSniffer {
  private static final Charset GB18030 = Charset.forName("GB18030");
  /** Big5 with the Hong Kong additions: a superset of Big5 and of what Taiwan and Hong Kong pages use. */
  private static final Charset BIG5 = Charset.forName("Big5-HKSCS");
  /** How far into a page a {@code <meta charset>} declaration is looked for. */
  private static final int DECLARATION_WINDOW = 4096;

  private static final Pattern DECLARED =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)");

  private CharsetSniffer() {}

  /** The text of the bytes; {@code lenient}: read past a damaged byte or two (see {@link Lenient}). */
  static DecodedText decode(byte[] bytes, boolean lenient) {
    Optional<DecodedText> bom = byBom(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    Optional<Charset> utf16 = utf16WithoutBom(bytes);
    if (utf16.isPresent()) {
      return new DecodedText(new String(bytes, utf16.get()), utf16.get(), Optional.of(Message.of("read.charset.utf16_no_bom", utf16.get().name())));
    }
    Optional<Charset> declared = declared(bytes);
    // Text in any multi-byte legacy charset is almost never valid UTF-8, while UTF-8 text often
    // decodes as GB18030 mojibake: valid UTF-8 wins over a declaration.
    Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return Lenient.withNuls(new DecodedText(utf8.get(), StandardCharsets.UTF_8, mismatch(declared, StandardCharsets.UTF_8, bytes)));
    }
    Optional<DecodedText> mostlyUtf8 = lenient ? Lenient.decode(bytes, StandardCharsets.UTF_8, mismatch(declared, StandardCharsets.UTF_8, bytes)) : Optional.empty();
    if (mostlyUtf8.isPresent()) {
      return mostlyUtf8.get();
    }
    Optional<Charset> detected = detect(bytes);
    if (declared.isPresent() && (detected.isEmpty() || detected.get().equals(declared.get()))) {
      Optional<String> text = strict(bytes, declared.get());
      if (text.isPresent()) {
        return Lenient.withNuls(new DecodedText(text.get(), declared.get(), Optional.empty()));
      }
    }
    if (detected.isPresent() && detected.get().equals(BIG5)) {
      Optional<Message> note = mismatch(declared, BIG5, bytes).or(() -> Optional.of(Message.of("read.charset.big5_undeclared")));
      Optional<String> text = strict(bytes, BIG5);
      if (text.isPresent()) {
        return Lenient.withNuls(new DecodedText(text.get(), BIG5, note));
      }
      Optional<DecodedText> mostlyBig5 = lenient ? Lenient.decode(bytes, BIG5, note) : Optional.empty();
      if (mostlyBig5.isPresent()) {
        return mostlyBig5.get();
      }
    }
    DecodedText sniffed = sniff(bytes, lenient);
    Optional<Message> note = mismatch(declared, sniffed.charset(), bytes).or(sniffed::note);
    return new DecodedText(sniffed.text(), sniffed.charset(), note, sniffed.damagedLines());
  }

  private static Optional<Message> mismatch(Optional<Charset> declared, Charset used, byte[] bytes) {
    if (declared.isEmpty() || declared.get().equals(used) || isAscii(bytes)) {
      return Optional.empty();
    }
    return Optional.of(Message.of("read.charset.mismatch", shown(declared.get()), shown(used)));
  }

  /** A charset as people know it: Big5 for its Hong Kong superset. */
  private static String shown(Charset cs) {
    return cs.equals(BIG5) ? "Big5" : cs.name();
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static DecodedText sniff(byte[] bytes, boolean lenient) {
    Optional<String> gb = strict(bytes, GB18030);
    if (gb.isPresent()) {
      return Lenient.withNuls(new DecodedText(gb.get(), GB18030, Optional.empty()));
    }
    Optional<DecodedText> mostlyGb = lenient ? Lenient.decode(bytes, GB18030, Optional.empty()) : Optional.empty();
    if (mostlyGb.isPresent()) {
      return mostlyGb.get();
    }
    return new DecodedText(new String(bytes, GB18030), GB18030, Optional.of(Message.of("read.charset.undecodable")));
  }

  /** The legacy Chinese family the bytes look like, GB18030 or Big5, when the detector is sure of one. */
  private static Optional<Charset> detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) {
      return Optional.empty();
    }
    if (name.equals(Constants.CHARSET_BIG5) || name.equals(Constants.CHARSET_EUC_TW)) {
      return Optional.of(BIG5);
    }
    if (name.equals(Constants.CHARSET_GB18030) || name.equals(Constants.CHARSET_GBK) || name.equals(Constants.CHARSET_HZ_GB_2312)) {
      return Optional.of(GB18030);
    }
    return Optional.empty();
  }

  private static Optional<DecodedText> byBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return Optional.of(new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Optional.empty()));
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, Optional.empty()));
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, Optional.empty()));
    }
    return Optional.empty();
  }

  /** UTF-16 text of CJK and ASCII has a zero byte in most ASCII code units: look for that pattern. */
  private static Optional<Charset> utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, DECLARATION_WINDOW) & ~1;
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += b[i] == 0 ? 1 : 0;
      oddZeros += b[i + 1] == 0 ? 1 : 0;
    }
    int units = Math.max(1, n / 2);
    if (oddZeros * 4 > units && evenZeros * 20 < units) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (evenZeros * 4 > units && oddZeros * 20 < units) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static Optional<Charset> declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (name.equals("gbk") || name.equals("gb2312") || name.equals("gb_2312-80") || name.equals("x-gbk") || name.equals("gb18030")) {
      return Optional.of(GB18030);
    }
    if (name.startsWith("big5") || name.equals("x-big5") || name.equals("cp950")) {
      return Optional.of(BIG5);
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> strict(byte[] bytes, Charset cs) {
    try {
      return Optional.of(
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
