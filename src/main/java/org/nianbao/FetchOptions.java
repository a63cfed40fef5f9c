package org.nianbao;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how reports are fetched from the web: the folder they are saved in (with its
 * {@code manifest.csv}), only one year's reports or all, whether what is saved is asked for again,
 * the pause between two requests to one host, the longest wait for a response, and the version
 * named to the sites. Immutable; each {@code with…} returns a copy.
 *
 * @param year only the reports of this year (as their links name it), or null for all
 */
public record FetchOptions(Path folder, Integer year, boolean refresh, Duration delay, Duration timeout, String version) {
  public FetchOptions {
    Objects.requireNonNull(folder, "folder");
    delay = delay.isNegative() ? Duration.ZERO : delay;
    timeout = timeout.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : timeout;
  }

  /** Polite defaults into {@code folder}: every year, a second between requests to a host, 30 seconds for a response. */
  public static FetchOptions into(Path folder) {
    return new FetchOptions(folder, null, false, Duration.ofSeconds(1), Duration.ofSeconds(30), "dev");
  }

  public FetchOptions withYear(Integer y) {
    return new FetchOptions(folder, y, refresh, delay, timeout, version);
  }

  public FetchOptions withRefresh(boolean again) {
    return new FetchOptions(folder, year, again, delay, timeout, version);
  }

  public FetchOptions withDelay(Duration d) {
    return new FetchOptions(folder, year, refresh, d, timeout, version);
  }

  public FetchOptions withTimeout(Duration t) {
    return new FetchOptions(folder, year, refresh, delay, t, version);
  }

  /** The version named in the requests' User-Agent. */
  public FetchOptions withVersion(String v) {
    return new FetchOptions(folder, year, refresh, delay, timeout, Objects.requireNonNull(v, "version"));
  }
}
