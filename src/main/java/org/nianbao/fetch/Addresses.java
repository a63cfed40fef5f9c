package org.nianbao.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Web addresses as pages write them: resolved against the page, with the characters a browser
 * escapes before asking (spaces, Chinese file names, a stray {@code |}) escaped, the fragment
 * dropped, and only http and https kept (a {@code javascript:} or {@code mailto:} link is no page).
 */
final class Addresses {
  private Addresses() {}

  /** An address given by the user, if it is a web address. */
  static Optional<URI> parse(String address) {
    String a = address.strip();
    if (!a.matches("(?i)https?://.+")) {
      return Optional.empty();
    }
    return uri(a).filter(Addresses::web);
  }

  /** Where a link of the page at {@code base} leads, if it leads to a web address. */
  static Optional<URI> resolve(URI base, String href) {
    String h = href.strip().replace("\\", "/");
    if (h.isEmpty() || h.startsWith("#") || h.regionMatches(true, 0, "javascript:", 0, 11) || h.regionMatches(true, 0, "data:", 0, 5)) {
      return Optional.empty();
    }
    try {
      return uri(h).map(base::resolve).map(Addresses::withoutFragment).filter(Addresses::web);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean web(URI u) {
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
  }

  private static URI withoutFragment(URI u) {
    if (u.getRawFragment() == null) {
      return u;
    }
    String s = u.toString();
    return URI.create(s.substring(0, s.indexOf('#')));
  }

  /** The text as an address, escaping what an address may not hold as written. */
  private static Optional<URI> uri(String text) {
    StringBuilder s = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
        s.append('%').append(String.format(Locale.ROOT, "%02X", c));
      } else {
        s.append((char) c);
      }
    }
    // A % not followed by two hex digits is a literal percent sign.
    String escaped = s.toString().replaceAll("%(?![0-9A-Fa-f]{2})", "%25");
    try {
      return Optional.of(new URI(escaped));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The last step of an address's path, decoded: the name a browser saves it under. */
  static String lastStep(URI u) {
    String path = u.getPath() == null ? "" : u.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
