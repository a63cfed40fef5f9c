package org.nianbao.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.normalize.Normalizer;

/**
 * Agencies placed by name ({@code test-data/regions/agencies.tsv}: 539 names in every province —
 * provincial offices, city departments, county governments with and without their city and
 * province, towns and street offices, development zones, 政府 for 人民政府, traditional
 * characters): each right, or marked ambiguous where its name fits several places; none placed
 * wrongly without a mark.
 */
class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  @Test
  void placesAgenciesByNameAndNeverGuessesAnAmbiguousOne() throws IOException {
    Normalizer normalizer = new Normalizer();
    List<String> lines = Files.readAllLines(Path.of("test-data/regions/agencies.tsv"), StandardCharsets.UTF_8);
    int right = 0;
    int markedAmbiguous = 0;
    List<String> wrong = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t");
      Place p = GAZETTEER.place(normalizer.text(c[0]));
      String got = p.division().map(Division::code).orElse(p.ambiguous() ? "ambiguous" : "none");
      if (got.equals(c[1]) && p.kind().equals(c[2])) {
        right++;
        markedAmbiguous += p.ambiguous() ? 1 : 0;
      } else if (p.division().isPresent() && !got.equals(c[1])) {
        wrong.add(c[0] + " → " + got + " (" + c[1] + ")");
      } else {
        missed.add(c[0] + " → " + got + " " + p.kind() + " (" + c[1] + " " + c[2] + ")");
      }
    }
    int n = lines.size() - 1;
    System.out.printf("gazetteer: %d names, %d right (%d of them marked ambiguous), %d placed wrongly, %d not placed or of another kind%n", n, right, markedAmbiguous,
        wrong.size(), missed.size());
    assertEquals(List.of(), wrong, "placed wrongly without a mark");
    assertTrue(right >= n * 0.97, right + " of " + n + " right; missed: " + missed);
    assertTrue(markedAmbiguous >= 10, "ambiguous names marked: " + markedAmbiguous);
  }

  @Test
  void aNameWithoutItsPlaceIsReadWithinTheRegionGiven() {
    Division shaoxing = GAZETTEER.place("浙江省绍兴市").division().orElseThrow();
    Place p = GAZETTEER.place("越城区教育局", List.of(shaoxing));
    assertEquals("越城区", p.division().orElseThrow().name());
    assertEquals("部门", p.kind());
    assertTrue(GAZETTEER.place("城关镇人民政府").ambiguous());
    assertEquals("县级", GAZETTEER.place("海宁市人民政府").level());
    assertEquals("人民政府", GAZETTEER.place("东湖县人民政府").kind(), "a government not in the gazetteer is still a government");
  }

  @Test
  void aFormerNamePlacesTheAgencyWhereItsDivisionIsTodayAndSaysSo() {
    Place linan = GAZETTEER.place("杭州市临安市教育局");
    assertEquals("临安区", linan.division().orElseThrow().name(), "临安市 became 临安区 in 2017");
    assertEquals("临安市", linan.formerName());
    assertEquals("部门", linan.kind());
    assertEquals("广信区", GAZETTEER.place("上饶县人民政府").division().orElseThrow().name(), "上饶县 was renamed 广信区 in 2019");
    assertEquals("拱墅区", GAZETTEER.place("杭州市下城区人民政府").division().orElseThrow().name(), "下城区 was merged into 拱墅区 in 2021");
    assertEquals("哈密市", GAZETTEER.place("新疆维吾尔自治区哈密地区行政公署").division().orElseThrow().name());
    Location at = GAZETTEER.locate("临安市人民政府", Optional.empty());
    assertEquals("县级", at.level());
    assertEquals("按旧称“临安市”，今临安区", at.note());
    assertEquals("", GAZETTEER.place("杭州市临安区人民政府").formerName(), "today's name is no former name");
  }

  /**
   * Real agency names ({@code test-data/regions/real-agencies.tsv}: 314 names from published pages,
   * all provinces): none placed wrongly; a name placed less precisely than its answer (广州市 for a
   * committee of 花都区) or not at all counts against the share right.
   */
  @Test
  void placesRealAgencyNamesAndNeverPlacesOneWrongly() throws IOException {
    Normalizer normalizer = new Normalizer();
    List<String> lines = Files.readAllLines(Path.of("test-data/regions/real-agencies.tsv"), StandardCharsets.UTF_8);
    int right = 0;
    int markedAmbiguous = 0;
    List<String> wrong = new ArrayList<>();
    List<String> notPlaced = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      Optional<Division> region = c[1].isEmpty() ? Optional.empty() : GAZETTEER.place(c[1]).division();
      Location at = GAZETTEER.locate(normalizer.text(c[0]), region);
      String got = !at.code().isEmpty() ? at.code() : at.note().startsWith("名称与") ? "ambiguous" : "none";
      String said = c[0] + " → " + got + " " + at.kind() + " " + at.level() + " (" + c[2] + " " + c[3] + " " + c[4] + ")";
      if (got.equals(c[2]) && at.kind().equals(c[3]) && at.level().equals(c[4])) {
        right++;
        markedAmbiguous += got.equals("ambiguous") ? 1 : 0;
      } else if (at.code().isEmpty() || c[2].startsWith(at.code()) && !got.equals(c[2])) {
        notPlaced.add(said);
      } else {
        wrong.add(said);
      }
    }
    int n = lines.size() - 1;
    System.out.printf("gazetteer, real names: %d names, %d right (%d of them marked ambiguous), %d not placed or placed too coarsely, %d placed wrongly%n", n, right,
        markedAmbiguous, notPlaced.size(), wrong.size());
    assertEquals(List.of(), wrong, "placed wrongly, or of another kind or level");
    assertTrue(right >= n * 0.97, right + " of " + n + " right; short: " + notPlaced);
  }

  @Test
  void readsTheShortFormsAndTheBranchesReportsUse() {
    assertEquals("楚雄彝族自治州", GAZETTEER.place("楚雄州人民政府").division().orElseThrow().name());
    assertEquals("耿马傣族佤族自治县", GAZETTEER.place("耿马县人民政府").division().orElseThrow().name());
    assertEquals("科尔沁右翼中旗", GAZETTEER.place("科右中旗人民政府").division().orElseThrow().name());
    assertEquals("黄腊布依族苗族乡", GAZETTEER.place("西秀区黄腊乡人民政府").division().orElseThrow().name());
    assertEquals("大明湖街道", GAZETTEER.place("济南市历下区人民政府大明湖街道办事处").division().orElseThrow().name());
    assertEquals("郧阳区", GAZETTEER.place("十堰市生态环境局郧阳分局").division().orElseThrow().name());
    assertEquals("舒城县", GAZETTEER.place("安徽舒城经济开发区").division().orElseThrow().name());
    assertEquals("办公厅（室）", GAZETTEER.place("雷波县政府办").kind());
    Normalizer normalizer = new Normalizer();
    assertEquals("砲里街道", GAZETTEER.place(normalizer.text("西安市长安区砲里街道")).division().orElseThrow().name(), "a name as text reads it (砲 as 炮)");
    assertEquals("尖塚镇", GAZETTEER.place(normalizer.text("尖塚镇人民政府")).division().orElseThrow().name());
    assertEquals("湖北省", GAZETTEER.place("湖北省公安厅").division().orElseThrow().name(), "a county's short name is read only before a development zone");
    Division chongming = GAZETTEER.place("上海市崇明区").division().orElseThrow();
    assertEquals("县级", GAZETTEER.locate("区教育局", Optional.of(chongming)).level(), "区教育局 in 崇明区 is the district's own");
    assertEquals(Gazetteer.UNKNOWN, GAZETTEER.locate("教育局", Optional.of(chongming)).level());
  }

  @Test
  void placesTheLocalOfficesOfNationalBodiesByThePlaceAfterTheBody() {
    assertEquals("绍兴市", GAZETTEER.place("国家税务总局绍兴市税务局").division().orElseThrow().name());
    assertEquals("西湖区", GAZETTEER.place("国家税务总局杭州市西湖区税务局").division().orElseThrow().name());
    assertEquals("杭州市", GAZETTEER.place("中国人民银行杭州市中心支行").division().orElseThrow().name());
    assertEquals("绍兴市", GAZETTEER.place("国家金融监督管理总局绍兴监管分局").division().orElseThrow().name());
    assertEquals("市级", GAZETTEER.place("国家统计局绍兴调查队").level());
    assertTrue(GAZETTEER.place("国家税务总局").division().isEmpty(), "a national body names no place");
    assertTrue(GAZETTEER.place("国家发展和改革委员会").division().isEmpty());
  }

  /** The spellings of templates/divisions.tsv are the normaliser's: made from its table, they must not fall behind it. */
  @Test
  void everyDivisionIsFoundAsNormalisedTextSpellsIt() throws IOException {
    Normalizer normalizer = new Normalizer();
    List<String> stale = new ArrayList<>();
    List<String> lines = Files.readAllLines(Path.of("templates/divisions.tsv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      String spelled = normalizer.text(c[1]);
      String listed = spelled.equals(c[1]) ? "" : spelled;
      if (!listed.equals(c[4])) {
        stale.add(c[1] + " → " + spelled + " (listed: " + c[4] + ")");
      }
    }
    assertEquals(List.of(), stale, "rerun templates/make-divisions.py");
  }
}
