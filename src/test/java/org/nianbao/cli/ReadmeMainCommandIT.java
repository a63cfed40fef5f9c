package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.LibreOffice;

/**
 * The README's main command, as written there, run with its output folder moved to a temporary
 * one: every workbook it writes must re-open in POI and open in LibreOffice with all six sheets
 * (LibreOffice headless refuses a file it would have to repair).
 */
class ReadmeMainCommandIT {
  private static final String MAIN = "./nianbao convert";

  @Test
  void theMainCommandWritesWorkbooksThatOpenInLibreOffice(@TempDir Path dir) throws Exception {
    Optional<String> line;
    try (Stream<String> lines = Files.lines(Path.of("README.md"))) {
      line = lines.filter(l -> l.startsWith(MAIN)).findFirst();
    }
    assertTrue(line.isPresent(), "README has no line starting with " + MAIN);
    List<String> args = new ArrayList<>(Arrays.asList(line.get().replaceFirst("#.*", "").trim().split("\\s+")));
    args.remove(0);
    int output = args.indexOf("-o");
    assertTrue(output > 0, "the main command names its output folder with -o");
    Path out = dir.resolve("out");
    args.set(output + 1, out.toString());

    CommandRun cli = new CommandRun();
    assertEquals(ExitCodes.OK, cli.run(args.toArray(String[]::new)), cli.err());
    List<Path> books;
    try (Stream<Path> files = Files.list(out)) {
      books = files.sorted().toList();
    }
    assertFalse(books.isEmpty());
    for (Path book : books) {
      try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
        assertEquals(7, wb.getNumberOfSheets(), book.toString() + ": six shown and the hidden 原读数");
      }
    }

    Optional<String> soffice = LibreOffice.find();
    assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
    List<Path> copies = new ArrayList<>();
    for (Path book : books) {
      copies.add(Files.copy(book, dir.resolve("book" + copies.size() + ".xlsx")));
    }
    Path csv = LibreOffice.recalculateToCsv(soffice.get(), dir, copies);
    for (int i = 0; i < copies.size(); i++) {
      for (String sheet : List.of("概况", "表二 主动公开", "表三 依申请公开", "表四 复议诉讼", "校验", "来源")) {
        assertTrue(Files.exists(csv.resolve("book" + i + "-" + sheet + ".csv")), sheet + " of " + books.get(i) + " did not open in LibreOffice");
      }
    }
  }
}
