package org.nianbao.read.front;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nianbao.read.ReadException;
import org.nianbao.read.Source;

class DetectorTest {
  private static FileForm form(byte[] bytes) throws ReadException {
    return Detector.detect(Source.of("x", bytes)).form();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void tellsEachFormFromItsBytesNotItsName() throws Exception {
    assertEquals(FileForm.PDF, form(Files.readAllBytes(Path.of("test-data/forms/haining-2020.pdf"))));
    assertEquals(FileForm.DOCX, form(Files.readAllBytes(Path.of("test-data/forms/haining-2020.docx"))));
    assertEquals(FileForm.OFD, form(Files.readAllBytes(Path.of("test-data/ofd/2021-form.ofd"))));
    assertEquals(FileForm.PICTURE, form(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A}));
    assertEquals(FileForm.RTF, form(ascii("{\\rtf1\\ansi 规章}")));
    assertEquals(FileForm.ARCHIVE, form(ascii("Rar!\u001a\u0007\u0000")));
    assertEquals(FileForm.EMPTY, form(new byte[0]));
    assertEquals(FileForm.WEB_PAGE, form("<html><body><p>一、总体情况</p></body></html>".getBytes(StandardCharsets.UTF_8)));
    assertEquals(FileForm.TEXT, form("一、总体情况\n本年度……\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(FileForm.BINARY, form(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
  }

  @Test
  void aReportsFileNameIsOneOfTheFormsReadOrHasNoExtension() {
    assertTrue(Detector.isReportName("2021年报.PDF"));
    assertTrue(Detector.isReportName("index.shtml"));
    assertTrue(Detector.isReportName("report"));
    assertFalse(Detector.isReportName(".hidden.pdf"));
    assertFalse(Detector.isReportName("scan.jpg"));
    assertFalse(Detector.isReportName("answers.xlsx"));
  }
}
