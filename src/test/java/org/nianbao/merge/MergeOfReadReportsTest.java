package org.nianbao.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.MergeOptions;
import org.nianbao.MergeResult;
import org.nianbao.Nianbao;
import org.nianbao.ReadOptions;

/** The local page merges the reports it has already read: the same workbook and CSV as merging the files. */
class MergeOfReadReportsTest {
  @Test
  void writesWhatMergingTheFilesWrites(@TempDir Path dir) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("test-data/reports"))) {
      files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    // One input that is not a report, so a failure row is compared too.
    Path notAReport = Files.writeString(dir.resolve("notes.txt"), "会议纪要：无。");
    List<Path> inputs = Stream.concat(files.stream(), Stream.of(notAReport)).toList();

    MergeResult fromFiles = Nianbao.merge(inputs, ReadOptions.defaults().withThreads(2), MergeOptions.to(dir.resolve("files.xlsx")).withCsv(dir.resolve("files.csv")).withReplace(true), o -> {});
    MergeResult fromRead = Nianbao.merge(Nianbao.extract(inputs), MergeOptions.to(dir.resolve("read.xlsx")).withCsv(dir.resolve("read.csv")).withReplace(true));

    assertEquals(files.size(), fromRead.reports());
    assertEquals(1, fromRead.failures());
    assertEquals(fromFiles, fromRead);
    assertArrayEquals(Files.readAllBytes(dir.resolve("files.xlsx")), Files.readAllBytes(dir.resolve("read.xlsx")));
    assertArrayEquals(Files.readAllBytes(dir.resolve("files.csv")), Files.readAllBytes(dir.resolve("read.csv")));
  }
}
