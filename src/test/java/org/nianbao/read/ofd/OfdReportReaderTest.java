package org.nianbao.read.ofd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.nianbao.document.Document;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;
import org.nianbao.read.ReadException;
import org.nianbao.read.front.Readers;
import org.ofdrw.core.basicType.ST_Array;
import org.nianbao.read.Source;
import org.nianbao.read.front.Detector;
import org.nianbao.read.front.FileForm;

class OfdReportReaderTest {
  private static final Readers READERS = Readers.standard(false, (s, m) -> { });

  @Test
  void anOfdIsToldFromAWordFileByTheEntryAtItsRoot() throws IOException, ReadException {
    assertEquals(FileForm.OFD, form(Files.readAllBytes(Path.of("test-data/ofd/2021-form.ofd"))));
    assertEquals(FileForm.DOCX, form(Files.readAllBytes(Path.of("test-data/forms/haining-2020.docx"))));
    // OFD.xml written last still names the file an OFD (found in the zip's central directory).
    assertEquals(FileForm.OFD, form(zip(Map.of("Doc_0/Document.xml", "<x/>", "OFD.xml", "<ofd:OFD/>"))));
    assertEquals(FileForm.ARCHIVE, form(zip(Map.of("Doc_0/OFD.xml", "<x/>"))));
  }

  private static FileForm form(byte[] bytes) throws ReadException {
    return Detector.detect(Source.of("t", bytes)).form();
  }

  @Test
  void readsTheTextAndTheRuledTablesOfAnOfdAsThePdfReaderDoes() throws ReadException {
    Document doc = READERS.read(Path.of("test-data/ofd/2021-form.ofd"));
    List<String> lines = doc.blocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList();
    // The title, printed on two lines.
    assertEquals("松川县统计局2023年政府信息公开工作年度报告", lines.get(0) + lines.get(1));
    assertTrue(lines.contains("五、存在的主要问题及改进情况"));
    // The page number printed at each page's foot is no report text.
    assertTrue(lines.stream().noneMatch(l -> l.matches("-\\s*\\d\\s*-")));
    List<Grid> grids = doc.blocks().stream().filter(b -> b instanceof Grid).map(b -> (Grid) b).toList();
    // 表三 runs over two pages; its last two rows, whose merged label cells leave one column without
    // a border, have a column fewer and stand as a table of their own, read by their labels.
    assertEquals(4, grids.size());
    assertEquals(List.of("规章", "0", "0", "0"), grids.get(0).rows().get(2).stream().map(c -> c.text()).toList());
    assertTrue(grids.get(1).rows().stream().anyMatch(r -> r.get(2).text().equals("3.其他") && r.get(9).text().equals("2")));
    assertEquals(List.of("", "（七）总计", "39", "6", "1", "0", "2", "1", "49"), grids.get(2).rows().get(0).stream().map(c -> c.text()).toList());
  }

  @Test
  void stepsWrittenShortAreRepeatedAndTheLastStandsForTheRest() {
    assertArrayEquals(new double[] {4.2, 4.2, 4.2, 2.5, 2.5}, OfdPage.deltas(ST_Array.getInstance("g 3 4.2 2.5"), 6), 1e-9);
    assertArrayEquals(new double[] {0, 0}, OfdPage.deltas(null, 3), 1e-9);
  }

  @Test
  void refusesAZipBombAndNamesThatLeadOutOfItsFolder() throws IOException {
    byte[] zeros = new byte[1024 * 1024];
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      z.putNextEntry(new ZipEntry("OFD.xml"));
      z.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i <= OfdPackage.MAX_INFLATED / zeros.length; i++) {
        if (i % 64 == 0) {
          z.putNextEntry(new ZipEntry("Res/zero" + i));
        }
        z.write(zeros);
      }
    }
    assertEquals("error.zip_bomb", assertThrows(ReadException.class, () -> READERS.read("bomb.ofd", b.toByteArray())).reason().code());
    byte[] escape = zip(Map.of("OFD.xml", "<ofd:OFD/>", "../../escaped.xml", "<x/>"));
    assertEquals("error.ofd", assertThrows(ReadException.class, () -> READERS.read("escape.ofd", escape)).reason().code());
  }

  @Test
  void aDocumentTypeDeclarationIsRefusedNotFollowed() throws IOException {
    // An external entity would have the XML parser open the address: the library's parser refuses any DOCTYPE.
    byte[] ofd = zip(Map.of("OFD.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"http://192.0.2.1/x\">]>"
        + "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo><ofd:Title>&e;</ofd:Title></ofd:DocInfo>"
        + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"));
    assertEquals("error.ofd", assertThrows(ReadException.class, () -> READERS.read("entity.ofd", ofd)).reason().code());
  }

  private static byte[] zip(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return b.toByteArray();
  }
}
