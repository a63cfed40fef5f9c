package org.nianbao.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @Test
  void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTrace(@TempDir Path dir) throws Exception {
    Path target = Files.writeString(dir.resolve("book.xlsx"), "old");
    IOException full = assertThrows(IOException.class, () -> AtomicFiles.write(target, true, out -> {
      out.write(new byte[64 * 1024]);
      throw new IOException("No space left on device");
    }));
    assertEquals(org.nianbao.message.Message.of("write.failed", target, "No space left on device"), ((WriteException) full).reason());
    assertEquals("old", Files.readString(target));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(target), files.toList());
    }
  }

  @Test
  void neverReplacesWithoutBeingTold(@TempDir Path dir) throws Exception {
    Path target = Files.writeString(dir.resolve("book.xlsx"), "old");
    assertThrows(IOException.class, () -> AtomicFiles.write(target, false, out -> out.write(1)));
    assertEquals("old", Files.readString(target));
  }
}
