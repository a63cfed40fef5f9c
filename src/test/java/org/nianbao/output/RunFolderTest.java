package org.nianbao.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later run sweeps the temporary folders of runs that ended without deleting them, by name and by their process, and nothing else. */
class RunFolderTest {
  @Test
  void sweepsTheFoldersOfEndedRunsOnly(@TempDir Path tmp) throws Exception {
    long gone = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1000) + 100_000;
    long self = ProcessHandle.current().pid();
    Path ended = Files.createDirectories(tmp.resolve("nianbao-serve-" + gone + "-42"));
    Files.writeString(ended.resolve("in.txt"), "x");
    Path running = Files.createDirectories(tmp.resolve("nianbao-run-" + self + "-43"));
    Path olderVersion = Files.writeString(tmp.resolve("nianbao-sheet-123.xml"), "x");
    Files.setLastModifiedTime(olderVersion, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
    Path recentOlder = Files.writeString(tmp.resolve("nianbao-sections456.bin"), "x");
    Path someoneElses = Files.createDirectories(tmp.resolve("nianbao-data"));
    Path notOurs = Files.createDirectories(tmp.resolve("onnxruntime-java123"));
    RunFolder.sweep(tmp);
    assertFalse(Files.exists(ended));
    assertFalse(Files.exists(olderVersion));
    for (Path kept : new Path[] {running, recentOlder, someoneElses, notOurs}) {
      assertTrue(Files.exists(kept), kept.toString());
    }
  }

  @Test
  void aNumberTakenByAProcessStartedSinceIsAnEndedRun() {
    long self = ProcessHandle.current().pid();
    assertFalse(RunFolder.ended(self, FileTime.from(Instant.now())));
    // A folder last changed before this process started cannot be this process's.
    assertTrue(RunFolder.ended(self, FileTime.from(Instant.now().minus(Duration.ofDays(400)))));
  }
}
