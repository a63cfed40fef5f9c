package org.nianbao.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
      Gazetteer.Place p = GAZETTEER.place(normalizer.text(c[0]));
      String got = p.division().map(Gazetteer.Division::code).orElse(p.ambiguous() ? "ambiguous" : "none");
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
    Gazetteer.Division shaoxing = GAZETTEER.place("浙江省绍兴市").division().orElseThrow();
    Gazetteer.Place p = GAZETTEER.place("越城区教育局", List.of(shaoxing));
    assertEquals("越城区", p.division().orElseThrow().name());
    assertEquals("部门", p.kind());
    assertTrue(GAZETTEER.place("城关镇人民政府").ambiguous());
    assertEquals("县级", GAZETTEER.place("海宁市人民政府").level());
    assertEquals("人民政府", GAZETTEER.place("东湖县人民政府").kind(), "a government not in the gazetteer is still a government");
  }
}
