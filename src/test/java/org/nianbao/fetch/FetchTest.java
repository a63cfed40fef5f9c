package org.nianbao.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.message.Message;

/** {@code nianbao fetch} against a county's site served on the loopback address (see {@link TestSite}). */
class FetchTest {
  /** No pause between requests, a second's wait for an answer, one more try: quick, still polite to a test server. */
  private static final Fetcher.Options QUICK = new Fetcher.Options(null, false, Duration.ZERO, Duration.ofSeconds(1), 16L * 1024 * 1024, 5, 1);

  private static Fetcher.Result fetch(Path dir, Fetcher.Options options, List<Message> said, String... addresses) throws IOException {
    return new Fetcher(dir, options, "test", said::add).run(List.of(addresses));
  }

  @Test
  void savesEachReportOfAListWholeAndASecondRunAsksForNothing(@TempDir Path dir) throws IOException {
    try (TestSite site = new TestSite()) {
      List<Message> said = new ArrayList<>();
      Fetcher.Result first = fetch(dir, QUICK, said, site.at("/col/ndbg/index.html"));
      List<String> codes = said.stream().map(Message::code).toList();
      // Six reports: art_101, 102, 103, 104, 105 saved; old.html is art_101 again (a redirect): saved once.
      assertEquals(5, first.saved(), said.toString());
      assertEquals(1, first.kept(), said.toString());
      assertEquals(2, first.failed(), said.toString());
      assertTrue(codes.contains("fetch.duplicate"));
      assertEquals(List.of("fetch.status", "fetch.timeout"),
          said.stream().filter(m -> m.code().equals("fetch.failed")).map(m -> ((Message) m.args().get(1)).code()).sorted().toList());

      // A report page whole, named by its agency and year.
      Path whole = dir.resolve("东湖县人民政府_2021/art_101.html");
      assertArrayEquals(Files.readAllBytes(Path.of("test-data/wild/columns-reordered.html")), Files.readAllBytes(whole));

      // A page in GB2312: kept in its charset, its bytes as served.
      Path gbk = dir.resolve("青溪县人民政府_2022/art_102.html");
      assertTrue(new String(Files.readAllBytes(gbk), Charset.forName("GB18030")).contains("青溪县人民政府2022年政府信息公开工作年度报告"));
      assertArrayEquals(Files.readAllBytes(Path.of("test-data/hazards/html-2021-form-gbk.html")), Files.readAllBytes(gbk));

      // A page whose report is a PDF attachment: the PDF beside it under the name the server gave, the link leading to it;
      // the application form linked beside it is no part of the report.
      Path attached = dir.resolve("海宁市人民政府_2020");
      assertEquals(List.of("art_103.html", "海宁市人民政府2020年年度报告.pdf"), names(attached));
      assertArrayEquals(Files.readAllBytes(Path.of("test-data/forms/haining-2020.pdf")), Files.readAllBytes(attached.resolve("海宁市人民政府2020年年度报告.pdf")));
      String page = Files.readString(attached.resolve("art_103.html"));
      assertTrue(page.contains("href=\"%E6%B5%B7%E5%AE%81%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C2020%E5%B9%B4%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.pdf\""), page);
      assertTrue(page.contains("href=\"" + site.at("/module/download/downfile.jsp?classid=0&amp;filename=sqb.doc") + "\""), page);

      // A report paginated over three pages: each beside the first under its own name, the pager leading to them.
      Path paged = dir.resolve("凤鸣县交通运输局_2021");
      assertEquals(List.of("art_104.html", "web-paged_1.html", "web-paged_2.html"), names(paged));
      String one = Files.readString(paged.resolve("art_104.html"));
      assertTrue(one.contains("<a href=\"web-paged_1.html\">下一页</a>") && one.contains("<a href=\"web-paged_2.html\">3</a>"), one);
      assertTrue(Files.readString(paged.resolve("web-paged_2.html")).contains("<a href=\"web-paged_1.html\">2</a>"));
      // The previous and next article are no part of it: left where they lead, made absolute.
      assertTrue(one.contains("<a href=\"" + site.at("/art/2023/t20220120_4412.html") + "\">上一篇"), one);

      // A page of pictures: the pictures in NAME_files/, the page pointing to them.
      Path pictures = dir.resolve("东湖县人民政府_2021(2)");
      assertEquals(List.of("art_105.html", "art_105_files/table1.png", "art_105_files/table2.png", "art_105_files/table3.png"), names(pictures));
      assertTrue(Files.readString(pictures.resolve("art_105.html")).contains("<img src=\"art_105_files/table1.png\""));

      // The manifest: a row an address, what became of it.
      List<String> manifest = Files.readAllLines(dir.resolve("manifest.csv"), StandardCharsets.UTF_8);
      assertEquals("\uFEFFaddress,from,kind,file,status,bytes,sha256,time,note", manifest.get(0));
      assertTrue(manifest.stream().anyMatch(l -> l.contains("/art/2023/art_106.html") && l.contains(",failed,")));
      assertTrue(manifest.stream().anyMatch(l -> l.startsWith(site.at("/art/2022/old.html")) && l.contains(",duplicate,")));
      assertTrue(manifest.stream().anyMatch(l -> l.contains("downfile.jsp") && l.contains(",attachment,海宁市人民政府_2020/")));
      // No half-written file or folder is left.
      try (Stream<Path> all = Files.walk(dir)) {
        assertTrue(all.noneMatch(p -> p.getFileName().toString().startsWith(".")), "temporary files left");
      }

      int asked = site.requests().size();
      List<Message> again = new ArrayList<>();
      Fetcher.Result second = fetch(dir, QUICK, again, site.at("/col/ndbg/index.html"));
      // The reports saved are not asked for again, nor is the list; the two that failed are tried again.
      List<String> askedAgain = site.requests().subList(asked, site.requests().size());
      assertTrue(askedAgain.stream().allMatch(p -> p.equals("/art/2023/art_106.html") || p.equals("/art/2023/art_107.html")), askedAgain.toString());
      assertEquals(0, second.saved());
      assertEquals(6, second.kept());
    }
  }

  @Test
  void aRefreshAsksAgainAndRewritesNothingThatDidNotChange(@TempDir Path dir) throws IOException {
    try (TestSite site = new TestSite()) {
      List<Message> said = new ArrayList<>();
      fetch(dir, QUICK, said, site.at("/art/2023/art_104.html"));
      long written = Files.getLastModifiedTime(dir.resolve("凤鸣县交通运输局_2021/art_104.html")).toMillis();
      int asked = site.requests().size();
      // Run again: nothing at all is asked for.
      Fetcher.Result nothing = fetch(dir, QUICK, said, site.at("/art/2023/art_104.html"));
      assertEquals(asked, site.requests().size(), site.requests().toString());
      assertEquals(1, nothing.kept());
      assertEquals("fetch.already", said.get(said.size() - 1).code());
      Fetcher.Result again = fetch(dir, QUICK.refresh(true), said, site.at("/art/2023/art_104.html"));
      assertEquals(asked * 2, site.requests().size());
      assertEquals(0, again.saved());
      assertEquals(1, again.kept());
      assertEquals("fetch.unchanged", said.get(said.size() - 1).code());
      assertEquals(written, Files.getLastModifiedTime(dir.resolve("凤鸣县交通运输局_2021/art_104.html")).toMillis());
    }
  }

  @Test
  void aYearTakesOnlyThatYearsReportsOfAList(@TempDir Path dir) throws IOException {
    try (TestSite site = new TestSite()) {
      List<Message> said = new ArrayList<>();
      Fetcher.Result r = fetch(dir, QUICK.year(2022), said, site.at("/col/ndbg/index.html"));
      assertEquals(1, r.saved(), said.toString());
      assertTrue(Files.isRegularFile(dir.resolve("青溪县人民政府_2022/art_102.html")));
    }
  }

  @Test
  void anAddressThatIsNoWebAddressIsOneLineAndTheOthersGoOn(@TempDir Path dir) throws IOException {
    try (TestSite site = new TestSite()) {
      List<Message> said = new ArrayList<>();
      Fetcher.Result r = fetch(dir, QUICK, said, "file:///etc/passwd", "报告.html", site.at("/art/2023/art_102.html"));
      assertEquals(2, r.failed());
      assertEquals(1, r.saved());
      assertEquals(List.of("fetch.failed", "fetch.failed", "fetch.saved"), said.stream().map(Message::code).toList());
      assertEquals("fetch.bad_address", ((Message) said.get(0).args().get(1)).code());
      // Each a row of the manifest, saying why.
      List<String> manifest = Files.readAllLines(dir.resolve("manifest.csv"), StandardCharsets.UTF_8);
      assertTrue(manifest.stream().anyMatch(l -> l.startsWith("报告.html,,report,,failed,") && l.contains("不是网址")), manifest.toString());
      assertTrue(manifest.stream().anyMatch(l -> l.startsWith("file:///etc/passwd,,report,,failed,")), manifest.toString());
    }
  }

  @Test
  void aSiteThatDoesNotAnswerIsSaidInWords(@TempDir Path dir) throws IOException {
    int closed;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    List<Message> said = new ArrayList<>();
    Fetcher.Result r = fetch(dir, QUICK, said, "http://127.0.0.1:" + closed + "/art/1.html");
    assertEquals(1, r.failed());
    Message why = (Message) said.get(0).args().get(1);
    assertEquals("fetch.unreachable", why.code(), said.toString());
    assertTrue(why.zh().startsWith("无法连接网站 127.0.0.1"), why.zh());
  }

  @Test
  void aReportFileIsSavedInAFolderOfItsOwnUnderTheNameTheServerGives(@TempDir Path dir) throws IOException {
    try (TestSite site = new TestSite()) {
      List<Message> said = new ArrayList<>();
      Fetcher.Result r = fetch(dir, QUICK, said, site.at("/module/download/downfile.jsp?classid=0&filename=2101291632.pdf"));
      assertEquals(1, r.saved(), said.toString());
      assertEquals(List.of(dir.resolve("海宁市人民政府_2020/海宁市人民政府2020年年度报告.pdf")), r.reports());
    }
  }

  @Test
  void aManifestCellThatWouldStartAFormulaIsTextAndReadsBackAsItWas() {
    for (String cell : List.of("=HYPERLINK(\"http://x\")", "+1", "-报告", "@a", "'quoted", "报告")) {
      assertEquals(cell, Manifest.untext(Manifest.text(cell)));
      assertTrue(Manifest.text(cell).equals(cell) || Manifest.text(cell).startsWith("'"));
    }
    assertEquals("'=1+1", Manifest.text("=1+1"));
    assertEquals("2023年度报告", Manifest.text("2023年度报告"));
  }

  @Test
  void namesAReportByItsAgencyAndYear() {
    assertEquals("松川县统计局_2023", Names.agencyAndYear("松川县统计局2023年政府信息公开工作年度报告_松川县人民政府门户网站").orElseThrow());
    assertEquals("松川县人民政府_2023", Names.agencyAndYear("2023年政府信息公开工作年度报告 - 松川县人民政府").orElseThrow());
    assertEquals("临江市_2020", Names.agencyAndYear("关于临江市2020年政府信息公开工作年报的公告").orElseThrow());
    assertTrue(Names.agencyAndYear("政府信息公开指南").isEmpty());
  }

  @Test
  void aReportPublishedAsAnAttachmentBesideLinksToOtherYearsIsNoList() {
    java.net.URI base = java.net.URI.create("http://127.0.0.1/art/2024/art_9.html");
    List<Links.Link> report = Links.of(org.jsoup.Jsoup.parse("<p>附件：<a href='/a.pdf'>2023年度报告.pdf</a></p><ul><li><a href='/art/1.html'>2022年政府信息公开工作年度报告</a>"
        + "<li><a href='/art/2.html'>2021年政府信息公开工作年度报告</a></ul>"), base);
    assertEquals(3, Links.reports(report, base).size());
    assertTrue(Links.annexed(report));
    List<Links.Link> list = Links.of(org.jsoup.Jsoup.parse("<ul><li><a href='/a.pdf'>2023年度报告.pdf</a><li><a href='/art/1.html'>2022年政府信息公开工作年度报告</a></ul>"), base);
    assertFalse(Links.annexed(list));
    assertEquals(List.of(java.net.URI.create("http://127.0.0.1/art/2.html")),
        Links.continuations(Links.of(org.jsoup.Jsoup.parse("<a href='2.html'>下一页</a><a href='/art/1.html'>下一篇</a>"), java.net.URI.create("http://127.0.0.1/art/1.html")),
            java.net.URI.create("http://127.0.0.1/art/1.html")));
  }

  @Test
  void linksToSavedFilesAreRelativeAndEscapedAsBrowsersWriteThem() {
    assertEquals("a_files/%E5%9B%BE%201.png", ReportSaver.relative("", "a_files/图 1.png"));
    assertEquals("../%E9%99%84%E4%BB%B6.pdf", ReportSaver.relative("a_files", "附件.pdf"));
    assertEquals("b.png", ReportSaver.relative("a_files", "a_files/b.png"));
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }
}
