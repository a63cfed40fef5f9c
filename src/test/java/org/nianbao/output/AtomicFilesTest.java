package org.nianbao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void writesTheLongestNamesItMakesAndNamesOfTheFullLengthGiven(@TempDir Path dir) throws Exception {
    // An agency of a hundred characters (three bytes each), told apart by a number; a name given of 250 bytes.
    for (String name : new String[] {SafeNames.stem("局".repeat(100), "x") + "-12345.xlsx", "𠀀".repeat(61) + ".xlsx", "a".repeat(245) + ".xlsx"}) {
      Path target = dir.resolve(name);
      AtomicFiles.write(target, false, out -> out.write(1));
      assertEquals(1, Files.size(target), name);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(3, files.count());
    }
  }

  @Test
  void aReadOnlyFolderIsSaidAsSuchNotAsTheTemporaryFile(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("book.xlsx");
    IOException denied = new java.nio.file.AccessDeniedException(dir.resolve(AtomicFiles.temporaryName("book.xlsx")).toString());
    assertEquals(org.nianbao.message.Message.of("write.failed", target, org.nianbao.message.Message.of("write.denied", dir)), AtomicFiles.cannotWrite(target, denied).reason());
    IOException readOnly = new java.nio.file.FileSystemException(dir.resolve(AtomicFiles.temporaryName("book.xlsx")).toString(), null, "Read-only file system");
    assertEquals(org.nianbao.message.Message.of("write.failed", target, "Read-only file system"), AtomicFiles.cannotWrite(target, readOnly).reason());
  }

  @Test
  void sweepsItsOwnTemporaryFilesOnlyAndThoseOfEndedProcesses(@TempDir Path dir) throws Exception {
    long gone = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1000) + 100_000;
    Path ended = Files.writeString(dir.resolve(".a.xlsx." + gone + "-0123456789abcdef.part"), "x");
    Path mine = Files.writeString(dir.resolve(AtomicFiles.temporaryName("b.xlsx")), "x");
    Path other = Files.writeString(dir.resolve(".c.xlsx.part"), "x");
    Path notes = Files.writeString(dir.resolve("notes.part"), "x");
    AtomicFiles.sweep(dir, false);
    assertFalse(Files.exists(ended));
    assertTrue(Files.exists(mine) && Files.exists(other) && Files.exists(notes));
    AtomicFiles.sweep(dir, true);
    assertFalse(Files.exists(mine));
    assertTrue(Files.exists(other) && Files.exists(notes));
  }

  @Test
  void neverReplacesWithoutBeingTold(@TempDir Path dir) throws Exception {
    Path target = Files.writeString(dir.resolve("book.xlsx"), "old");
    assertThrows(IOException.class, () -> AtomicFiles.write(target, false, out -> out.write(1)));
    assertEquals("old", Files.readString(target));
  }
}
