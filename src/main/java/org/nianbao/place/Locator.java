package org.nianbao.place;

import java.util.List;
import java.util.Optional;
import org.nianbao.message.Message;

/**
 * Places an agency for a sheet or a CSV: by its name, or, when the name does not say where, within
 * the region the user gave (the name wins where it names a place, even outside the region); and
 * says how it was placed, or why not.
 */
final class Locator {
  /** How many of the divisions an ambiguous name fits are named in its note. */
  private static final int SHOWN = 5;
  /** What a department's name may begin with to say it is the region's own (省财政厅, 区教育局). */
  private static final String OWN_LEVEL = "省市州盟区县旗";

  private final Gazetteer gazetteer;

  Locator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** An agency's place, and whether it was placed by the region alone (its name saying nothing more). */
  private record Placed(Place place, boolean byRegion) {}

  Location locate(String agency, Optional<Division> region) {
    Placed placed = placed(agency, region);
    Place p = placed.place();
    String[] names = {"", "", "", ""};
    p.division().ifPresent(d -> gazetteer.path(d).forEach(x -> names[x.level() - 1] = x.name()));
    // A region's own department says so by its first character: 区教育局 in 崇明区, 省财政厅 in 山东省.
    boolean regionsOwn = placed.byRegion() && !agency.isEmpty() && OWN_LEVEL.indexOf(agency.charAt(0)) >= 0 && region.get().name().endsWith(agency.substring(0, 1));
    // Placed only by the region given, its level is not known: 长河县 in 绍兴市 is no 市级 agency.
    String level = regionsOwn ? Gazetteer.LEVELS.get(region.get().level()) : p.level().isEmpty() || placed.byRegion() ? Gazetteer.UNKNOWN : p.level();
    return new Location(List.of(names), level, p.kind(), p.division().map(Division::code).orElse(""), note(agency, region, placed, regionsOwn));
  }

  /** The place by the name, narrowed to {@code region} when the name fits several places or none. */
  private Placed placed(String agency, Optional<Division> region) {
    Place own = gazetteer.place(agency);
    if (region.isEmpty() || own.division().isPresent()) {
      return new Placed(own, false);
    }
    List<Division> inside = own.candidates().stream().filter(d -> gazetteer.path(d).contains(region.get())).toList();
    if (inside.size() == 1) {
      return new Placed(new Place(Optional.of(inside.get(0)), inside, own.level(), own.kind(), own.formerName()), false);
    }
    if (inside.size() > 1) {
      return new Placed(new Place(Optional.empty(), inside, own.level(), own.kind(), own.formerName()), false);
    }
    Place p = gazetteer.place(agency, List.of(region.get()));
    return new Placed(p, p.division().equals(region));
  }

  /** How the agency was placed, or why not ("" when its name says where, in today's names). */
  private String note(String agency, Optional<Division> region, Placed placed, boolean regionsOwn) {
    Place p = placed.place();
    if (p.division().isPresent()) {
      return regionsOwn ? Message.of("place.note.regions_own", agency.charAt(0), region.get().name()).zh()
          : placed.byRegion() ? Message.of("place.note.by_region").zh()
          : p.formerName().isEmpty() ? "" : Message.of("place.note.former", p.formerName(), p.division().get().name()).zh();
    }
    if (p.ambiguous()) {
      List<String> shown = p.candidates().stream().limit(SHOWN).map(d -> String.join("", gazetteer.path(d).stream().map(Division::name).toList())).toList();
      return Message.of(p.candidates().size() > SHOWN ? "place.note.ambiguous_more" : "place.note.ambiguous", p.candidates().size(), String.join("、", shown)).zh();
    }
    return Message.of("place.note.none").zh();
  }
}
