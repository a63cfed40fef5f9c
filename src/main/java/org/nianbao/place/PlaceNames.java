package org.nianbao.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nianbao.form.Tsv;

/**
 * The words place names are made of, from {@code templates/place-names.tsv}: the suffixes a
 * province, a prefecture or a county may be named without, the peoples of autonomous divisions,
 * the names of development zones and the seat between a county and its towns; and the patterns
 * built of them. Read once; never changes.
 */
final class PlaceNames {
  private PlaceNames() {}

  private static final Map<String, List<String>> WORDS = read();

  static final Pattern PROVINCE_SUFFIX = Pattern.compile("(" + alternatives("province_suffix") + ")$");
  static final Pattern CITY_SUFFIX = Pattern.compile("(" + alternatives("city_suffix") + ")$");
  /** What a county is called without its suffix, for a development zone named after it (舒城经济开发区). */
  static final Pattern COUNTY_SUFFIX = Pattern.compile("(" + alternatives("county_suffix") + ")$");
  /** The peoples named in autonomous divisions (彝族, 蒙古, 土家族 …), each with or without 族. */
  private static final String PEOPLES = "((" + alternatives("people") + ")族?|各族)+";
  /**
   * An autonomous prefecture, county or banner: its place name, then its peoples (楚雄 彝族 自治州).
   * Reports shorten it to the place name with 州 or 县 (楚雄州, 耿马县, 耿马自治县).
   */
  static final Pattern AUTONOMOUS = Pattern.compile("^(.{2,}?)" + PEOPLES + "自治(州|县|旗)$");
  /** An ethnic township (鲊埠回族乡, 黄腊布依族苗族乡), often written without its peoples (黄腊乡). */
  static final Pattern ETHNIC_TOWNSHIP = Pattern.compile("^(.{2,}?)" + PEOPLES + "乡$");
  /** A development zone named after its county's short name: the name, then the zone. */
  static final Pattern ZONE = Pattern.compile("^(.{2,3}?)(" + alternatives("zone") + ")");
  /** The seat written between a county and one of its towns (历下区人民政府大明湖街道办事处). */
  static final List<String> SEATS = WORDS.get("seat");

  private static String alternatives(String kind) {
    return String.join("|", WORDS.get(kind));
  }

  private static Map<String, List<String>> read() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String[] row : Tsv.rows("place-names.tsv")) {
      out.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }
}
