package org.nianbao.read.front;

import org.nianbao.read.ReadException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.document.Document;
import org.nianbao.document.Paragraph;

class ReadersTest {
  private static final Readers READERS = Readers.standard();

  @Test
  void readsAFolderAsOneReportItsFilesInPageOrder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("第10页.txt"), "十页的文字\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("第2页.txt"), "二页的文字\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("第1页.txt"), "一页的文字\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(".hidden.txt"), "不读\n", StandardCharsets.UTF_8);
    Document doc = READERS.read(dir);
    assertEquals(java.util.List.of("一页的文字", "二页的文字", "十页的文字"), doc.blocks().stream().map(b -> ((Paragraph) b).text()).toList());
    assertEquals("file[第2页.txt]", doc.blocks().get(1).pos().path());
    assertEquals("第2页.txt（源文件第1行）", doc.blocks().get(1).pos().describe().zh());
    assertEquals(java.util.List.of("read.part", "read.part", "read.part"), doc.notes().stream().map(m -> m.code()).toList());
  }

  private static String page(String body) {
    return "<html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>";
  }

  private static java.util.List<String> texts(Document d) {
    return d.blocks().stream().map(b -> b instanceof Paragraph p ? p.text() + " @" + p.pos().path() : "grid @" + b.pos().path()).toList();
  }

  @Test
  void readsAPageWithItsNextPagesItsFramesAndItsAttachmentsAsOneReport(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("r.html"), page("<p>第一页</p><iframe src=\"r_files/f.html\"></iframe><p>框后</p>"
        + "<a href=\"r_1.html\">下一页</a><p>附件：<a href=\"http://site/up/P0201.doc\">2021年统计表.doc</a></p>"
        + "<p>附件：<a href=\"/up/P0202.xls\">年度报告附表.xls</a></p>"), StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("r_files"));
    Files.writeString(dir.resolve("r_files/f.html"), page("<p>框架里</p>"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("r_1.html"), page("<p>第二页</p><a href=\"r.html\">1</a><a href=\"r_2.html\">下一页</a>"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("r_2.html"), page("<p>第三页</p>"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("2021年统计表.doc"), "附件的文字\n", StandardCharsets.UTF_8);
    Path link = Files.createDirectories(dir.resolve("elsewhere")).resolve("link.html");
    Files.createSymbolicLink(link, dir.resolve("r.html"));
    Document d = READERS.read(link);
    assertEquals(java.util.List.of("第一页 @", "框架里 @file[r_files/f.html]", "框后 @", "附件：2021年统计表.doc @", "附件：年度报告附表.xls @",
        "第二页 @file[r_1.html]", "第三页 @file[r_2.html]", "附件的文字 @file[2021年统计表.doc]"), texts(d).stream().map(t -> t.replaceAll("@(file\\[[^]]*\\])?.*", "@$1")).toList());
    assertEquals(java.util.List.of("已一并读取框架页“r_files/f.html”", "已一并读取续页“r_1.html”", "已一并读取续页“r_2.html”",
        "已一并读取附件“2021年统计表.doc”", "附件“年度报告附表.xls”未随报告保存在同一文件夹，未能读取；请一并保存后再读"), d.notes().stream().map(m -> m.zh()).toList());
    Path real = dir.toRealPath();
    assertEquals(java.util.List.of("r_files/f.html", "r_1.html", "r_2.html", "2021年统计表.doc"),
        d.parts().stream().map(p -> real.relativize(Path.of(p.href())).toString()).toList(), "the files read into it, where they are");
  }

  @Test
  void pagesThatLinkEachOtherAreReadOnceInOrder(@TempDir Path dir) throws Exception {
    StringBuilder pager = new StringBuilder();
    for (int n = 2; n <= 12; n++) {
      pager.append("<a href=\"p_").append(n - 1).append(".html\">").append(n).append("</a> ");
    }
    for (int n = 1; n <= 12; n++) {
      String next = n < 12 ? "<a href=\"p_" + n + ".html\">下一页</a>" : "";
      Files.writeString(dir.resolve(n == 1 ? "p.html" : "p_" + (n - 1) + ".html"), page("<p>第" + n + "页</p><div>" + pager + next + "</div>"), StandardCharsets.UTF_8);
    }
    Document d = READERS.read(dir.resolve("p.html"));
    java.util.List<String> read = d.blocks().stream().map(b -> ((Paragraph) b).text()).filter(t -> t.startsWith("第")).toList();
    assertEquals(java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(n -> "第" + n + "页").toList(), read);
    assertEquals(11, d.notes().stream().filter(m -> m.code().equals("read.part")).count(), d.notes().toString());
  }

  @Test
  void readsAWorkbookNamedAsAWordFileWouldBe(@TempDir Path dir) throws Exception {
    org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
    wb.createSheet("表四").createRow(0).createCell(0).setCellValue("行政复议");
    Path x = dir.resolve("a.docx");
    try (java.io.OutputStream out = Files.newOutputStream(x)) {
      wb.write(out);
    }
    Document d = READERS.read(x);
    assertEquals("read.spreadsheet", d.notes().get(0).code());
    assertEquals("表四!A1", ((org.nianbao.document.Grid) d.blocks().get(1)).rows().get(0).get(0).pos().path());
    assertEquals("a.docx 工作表“表四”A1单元格", ((org.nianbao.document.Grid) d.blocks().get(1)).rows().get(0).get(0).pos().within("a.docx").describe().zh());
  }

  @Test
  void refusesAnEmptyFolder(@TempDir Path dir) {
    assertEquals("error.empty_folder", assertThrows(ReadException.class, () -> READERS.read(dir)).reason().code());
  }

  @Test
  void ordersNamesAsPagesAreNumbered() {
    java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("IMG_10.jpg", "IMG_9.jpg", "IMG_009b.jpg", "a.png", "IMG_0010.jpg"));
    names.sort(NameOrder::compare);
    assertEquals(java.util.List.of("IMG_9.jpg", "IMG_009b.jpg", "IMG_0010.jpg", "IMG_10.jpg", "a.png"), names);
  }

  @Test
  void refusesAnEmptyFile() {
    assertEquals("error.empty", assertThrows(ReadException.class, () -> READERS.read("e.txt", new byte[0])).reason().code());
  }

  @Test
  void refusesBinaryData() {
    byte[] b = new byte[1000];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i * 37);
    }
    assertEquals("error.binary", assertThrows(ReadException.class, () -> READERS.read("b.bin", b)).reason().code());
  }

  @Test
  void refusesAFileLargerThanTheLimit(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.txt");
    try (var out = Files.newOutputStream(big)) {
      byte[] line = "一、总体情况\n".getBytes(StandardCharsets.UTF_8);
      for (long n = 0; n < Readers.MAX_BYTES / line.length + 10; n++) {
        out.write(line);
      }
    }
    assertEquals("error.too_large", assertThrows(ReadException.class, () -> READERS.read(big)).reason().code());
  }

  @Test
  void saysWhenTheFileDoesNotExist(@TempDir Path dir) {
    assertEquals("error.no_such_file", assertThrows(ReadException.class, () -> READERS.read(dir.resolve("none.txt"))).reason().code());
  }

  @Test
  void tellsTheFormByContentNotByName() throws Exception {
    assertEquals("error.pdf", assertThrows(ReadException.class, () -> READERS.read("a.txt", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).reason().code());
    byte[] docx = Files.readAllBytes(Path.of("test-data/forms/shangjie-2020.docx"));
    byte[] pdf = Files.readAllBytes(Path.of("test-data/forms/shangjie-2020.pdf"));
    assertEquals(READERS.read("report.pdf", docx).blocks().size(), READERS.read("report.docx", docx).blocks().size());
    assertTrue(READERS.read("report.docx", pdf).blocks().size() > 10);
  }

  @Test
  void namesImagesAndArchivesItCannotRead() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    assertEquals("error.picture", assertThrows(ReadException.class, () -> READERS.read("t.png", png)).reason().code());
    Readers withoutPictures = Readers.standard(false, (source, message) -> { });
    assertEquals("error.image", assertThrows(ReadException.class, () -> withoutPictures.read("t.png", png)).reason().code());
    byte[] rar = {'R', 'a', 'r', '!', 26, 7, 0, 0};
    assertEquals("error.archive", assertThrows(ReadException.class, () -> READERS.read("t.rar", rar)).reason().code());
  }

  @Test
  void readsBig5TextWithoutADeclarationAndSaysSo() throws Exception {
    Document d = READERS.read("b.txt", "二、主動公開政府信息情況\n本年度收到政府信息公開申請四十六件。\n".getBytes(Charset.forName("Big5")));
    assertEquals("二、主動公開政府信息情況", ((Paragraph) d.blocks().get(0)).text());
    assertEquals("read.charset.big5_undeclared", d.notes().get(0).code(), d.notes().toString());
  }

  @Test
  void gbkTextIsNotTakenForBig5() throws Exception {
    Document d = READERS.read("g.txt", "二、主动公开政府信息情况\n本年度收到政府信息公开申请四十六件。\n".getBytes(Charset.forName("GBK")));
    assertEquals("二、主动公开政府信息情况", ((Paragraph) d.blocks().get(0)).text());
    assertTrue(d.notes().isEmpty(), d.notes().toString());
  }

  @Test
  void readsGbkTextWithoutADeclaration() throws Exception {
    Document d = READERS.read("g.txt", "二、主动公开政府信息情况\n".getBytes(Charset.forName("GBK")));
    assertEquals("二、主动公开政府信息情况", ((Paragraph) d.blocks().get(0)).text());
  }

  @Test
  void readsUtf16WithABom() throws Exception {
    byte[] body = "三、收到和处理".getBytes(StandardCharsets.UTF_16BE);
    byte[] b = new byte[body.length + 2];
    b[0] = (byte) 0xFE;
    b[1] = (byte) 0xFF;
    System.arraycopy(body, 0, b, 2, body.length);
    assertEquals("三、收到和处理", ((Paragraph) READERS.read("u.txt", b).blocks().get(0)).text());
  }

  @Test
  void overridesADeclaredCharsetTheBytesContradict() throws Exception {
    byte[] page = "<html><head><meta charset=\"gbk\"></head><body><p>定海区人民政府</p></body></html>".getBytes(StandardCharsets.UTF_8);
    Document d = READERS.read("p.html", page);
    assertEquals("定海区人民政府", ((Paragraph) d.blocks().get(0)).text());
    assertEquals(org.nianbao.message.Message.of("read.charset.mismatch", "GB18030", "UTF-8"), d.notes().get(0));
  }
}
