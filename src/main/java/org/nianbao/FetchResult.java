package org.nianbao;

import java.nio.file.Path;
import java.util.List;

/** What a fetch came to: the reports in the folder for the addresses given (their main files), the counts, and the manifest. */
public record FetchResult(List<Path> reports, int saved, int kept, int failed, Path manifest) {
  public FetchResult {
    reports = List.copyOf(reports);
  }
}
