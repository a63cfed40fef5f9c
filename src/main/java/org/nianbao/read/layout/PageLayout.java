package org.nianbao.read.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.document.Block;
import org.nianbao.document.Grid;
import org.nianbao.document.Picture;
import org.nianbao.document.SourcePos;
import org.nianbao.message.Message;
import org.nianbao.read.text.LineBlocks;

/**
 * Lays out pages of positioned characters and ruling lines — a PDF's text layer, or what was
 * recognised in a picture — as a document: ruled tables become grids (see {@link Lattice}), a
 * table continued on the next page is joined to its first part, the rest of the text becomes lines
 * (wrapped lines of one paragraph joined again, wide gaps as tabs so a row of an unruled table reads
 * as cells), and pictures keep their place. Add the pages in order, then take the blocks.
 */
public final class PageLayout {
  /** More ruling lines than this on one page is not a report's table (and would be slow to join). */
  private static final int MAX_SEGMENTS = 4000;

  private static final Pattern PAGE_NUMBER =
      Pattern.compile("[-—–]\\s*\\d{1,3}\\s*[-—–]|第\\s*\\d{1,3}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3}");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？：；:;]$");
  private static final Pattern NUMBERED = Pattern.compile("^[（(]?[一二三四五六七八九十]+[）)、.．]");

  /** A picture on a page and its box {x0, top, x1, bottom} in the page's frame as stored. */
  public record Placed(Picture picture, float x0, float top, float x1, float bottom) {}

  /**
   * One page: its characters, ruling lines and pictures.
   *
   * @param number the page's number, for joining a table continued on the next page
   * @param path where the page is, the start of every position on it ({@code page[3]})
   * @param glyphs its characters, each in the frame of its own direction (see {@link Glyph#turn()})
   * @param rules its ruling lines, in the page's frame as stored
   * @param damaged whether its text may be incomplete: every cell of its tables is marked damaged
   * @param picture whether it was recognised in a picture: every position says so, and how sure
   * @param width the page's width as stored, to carry boxes between frames
   * @param height the page's height as stored
   * @param view the frame a viewer shows the page in (its rotation): text of several directions is
   *     read in the order the viewer shows it, top to bottom
   */
  public record Page(int number, String path, List<Glyph> glyphs, List<Segment> rules, List<Placed> pictures, boolean damaged, boolean picture,
      float width, float height, int view) {
    public Page {
      glyphs = List.copyOf(glyphs);
      rules = List.copyOf(rules);
      pictures = List.copyOf(pictures);
    }

    /** The same page as the {@code n}th of its document. */
    public Page numbered(int n) {
      return new Page(n, path, glyphs, rules, pictures, damaged, picture, width, height, view);
    }
  }

  /** One piece of a page in reading order: a line of text (maybe damaged), a table or a picture; and where it stands. */
  private record Item(int page, String path, float top, String line, float x0, float x1, float size, float confidence, boolean damaged, boolean scanned, Grid grid,
      Picture picture, float[] box) {
    boolean isLine() {
      return line != null;
    }
  }

  /** The characters of a page read in one frame, and the tables whose cells hold them. */
  private record Group(Frame frame, List<Glyph> glyphs, List<Lattice> tables) {}

  private final List<Item> items = new ArrayList<>();
  private final List<Message> notes;

  /** @param notes where a page whose ruling lines are too many to read as tables is noted */
  public PageLayout(List<Message> notes) {
    this.notes = notes;
  }

  /** A page that is all picture, laid out as that picture. */
  public void picture(int number, Picture picture) {
    items.add(new Item(number, picture.pos().path(), 0, null, 0, 0, 0, 1, false, false, null, picture, new float[4]));
  }

  /**
   * Adds a page's tables, lines and pictures in reading order; a page number printed first or last
   * is dropped. Text of one direction is read in its own frame, top to bottom (a page stored turned
   * and shown upright by its rotation, a table printed sideways); a page with text of several
   * directions is read as a viewer shows it, each piece where it stands, and characters turned
   * inside a table of another direction (a cell written vertically) are read in their cell.
   */
  public void page(Page page) {
    boolean ruled = page.rules().size() <= MAX_SEGMENTS;
    if (!ruled) {
      notes.add(Message.of("read.pdf.no_lattice", page.number(), page.rules().size()));
    }
    List<Group> groups = groups(page, ruled);
    List<List<Item>> laid = new ArrayList<>();
    int[] tableCount = {0};
    for (int i = 0; i < groups.size(); i++) {
      laid.add(laidOut(page, groups.get(i), i == 0, tableCount));
    }
    List<Item> out = laid.size() == 1 ? laid.get(0) : merged(laid, groups, page);
    dropPageNumber(out);
    items.addAll(out);
  }

  /**
   * One group's pieces top to bottom: its ruled tables, its unruled tables, its lines, and (with
   * {@code pictures}) the page's pictures; {@code tableCount[0]} counts the page's tables so far.
   */
  private static List<Item> laidOut(Page page, Group group, boolean pictures, int[] tableCount) {
    List<Item> out = new ArrayList<>();
    for (Lattice table : group.tables()) {
      tableCount[0]++;
      Grid grid = table.grid(group.glyphs(), page.path() + "/table[" + tableCount[0] + "]", page.damaged(), page.picture());
      out.add(new Item(page.number(), page.path(), table.top(), null, 0, 0, 0, 1, page.damaged(), page.picture(), grid, null,
          new float[] {table.left(), table.top(), table.right(), table.bottom()}));
    }
    Map<Integer, List<Glyph>> lines = new LinkedHashMap<>();
    for (Glyph g : group.glyphs()) {
      if (group.tables().stream().noneMatch(t -> t.holds(g))) {
        lines.computeIfAbsent(g.line(), k -> new ArrayList<>()).add(g);
      }
    }
    List<Glyph> loose = new ArrayList<>();
    lines.values().forEach(loose::addAll);
    Set<Glyph> inStreams = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Stream.Table table : Stream.find(loose, page.path() + "/table", page.damaged(), page.picture(), tableCount[0] + 1)) {
      tableCount[0]++;
      out.add(new Item(page.number(), page.path(), table.top(), null, 0, 0, 0, 1, page.damaged(), page.picture(), table.grid(), null,
          new float[] {table.left(), table.top(), table.right(), table.bottom()}));
      inStreams.addAll(table.glyphs());
    }
    if (!inStreams.isEmpty()) {
      lines.values().forEach(l -> l.removeIf(inStreams::contains));
      lines.values().removeIf(List::isEmpty);
    }
    for (List<Glyph> line : lines.values()) {
      out.add(lineItem(page, line));
    }
    if (pictures) {
      for (Placed p : page.pictures()) {
        float[] b = group.frame().box(new Frame(0, page.width(), page.height()), p.x0(), p.top(), p.x1(), p.bottom());
        out.add(new Item(page.number(), page.path(), b[1], null, 0, 0, 0, 1, false, false, null, p.picture(), b));
      }
    }
    out.sort(Comparator.comparingDouble(Item::top));
    return out;
  }

  /** A line of text: its characters left to right, and its box. */
  private static Item lineItem(Page page, List<Glyph> line) {
    line.sort(Comparator.comparingDouble(Glyph::x0));
    float top = (float) line.stream().mapToDouble(Glyph::top).min().orElse(0);
    float bottom = (float) line.stream().mapToDouble(Glyph::bottom).max().orElse(0);
    float size = (float) line.stream().mapToDouble(Glyph::size).max().orElse(1);
    float x0 = line.get(0).x0();
    float x1 = line.get(line.size() - 1).x1();
    return new Item(page.number(), page.path(), top, GlyphText.line(line, !page.picture()), x0, x1, size, confidence(line), page.damaged(), page.picture(), null, null,
        new float[] {x0, top, x1, bottom});
  }

  /**
   * The page's characters grouped by the frame they read in, most first. A group's tables are
   * found among the ruling lines carried into its frame; a table holds the group's characters and
   * any of other directions standing in its cells. On a page of one direction (nearly every page)
   * that is one group of all characters and all tables.
   */
  private static List<Group> groups(Page page, boolean ruled) {
    Map<Integer, List<Glyph>> byTurn = new LinkedHashMap<>();
    for (Glyph g : page.glyphs()) {
      byTurn.computeIfAbsent(g.turn(), k -> new ArrayList<>()).add(g);
    }
    if (byTurn.size() <= 1) {
      int turn = byTurn.isEmpty() ? 0 : byTurn.keySet().iterator().next();
      Frame frame = new Frame(turn, page.width(), page.height());
      List<Glyph> glyphs = turn == 0 ? page.glyphs() : page.glyphs().stream().map(g -> g.moved(g.x0(), g.x1(), g.top(), g.bottom(), 0)).toList();
      return List.of(new Group(frame, glyphs, ruled ? Lattice.find(frame.segments(page.rules())) : List.of()));
    }
    List<Integer> turns = new ArrayList<>(byTurn.keySet());
    turns.sort(Comparator.comparingInt((Integer t) -> -byTurn.get(t).size()));
    Set<Glyph> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Group> out = new ArrayList<>();
    for (int turn : turns) {
      Frame frame = new Frame(turn, page.width(), page.height());
      List<Glyph> members = new ArrayList<>();
      for (Glyph g : byTurn.get(turn)) {
        if (!placed.contains(g)) {
          members.add(g.moved(g.x0(), g.x1(), g.top(), g.bottom(), 0));
        }
      }
      List<Lattice> tables = new ArrayList<>();
      for (Lattice t : ruled ? Lattice.find(frame.segments(page.rules())) : List.<Lattice>of()) {
        if (members.stream().anyMatch(t::holds)) {
          tables.add(t);
        }
      }
      for (Glyph g : page.glyphs()) {
        if (g.turn() != turn && !placed.contains(g)) {
          Glyph here = frame.glyph(new Frame(g.turn(), page.width(), page.height()), g.moved(g.x0(), g.x1(), g.top(), g.bottom(), 0));
          if (tables.stream().anyMatch(t -> t.holds(here))) {
            members.add(here);
            placed.add(g);
          }
        }
      }
      placed.addAll(byTurn.get(turn));
      if (!members.isEmpty()) {
        out.add(new Group(frame, members, tables));
      }
    }
    return out;
  }

  /**
   * The pieces of several groups in the order a viewer reads them: each group's in its own order,
   * the groups interleaved by where their pieces stand on the page as shown.
   */
  private static List<Item> merged(List<List<Item>> laid, List<Group> groups, Page page) {
    Frame view = new Frame(page.view(), page.width(), page.height());
    List<Item> out = new ArrayList<>();
    int[] next = new int[laid.size()];
    while (true) {
      int best = -1;
      float bestTop = Float.MAX_VALUE;
      for (int g = 0; g < laid.size(); g++) {
        if (next[g] < laid.get(g).size()) {
          float[] b = laid.get(g).get(next[g]).box();
          float top = view.box(groups.get(g).frame(), b[0], b[1], b[2], b[3])[1];
          if (top < bestTop) {
            best = g;
            bestTop = top;
          }
        }
      }
      if (best < 0) {
        return out;
      }
      out.add(laid.get(best).get(next[best]++));
    }
  }

  /** The pages added so far as blocks. */
  public List<Block> blocks() {
    float left = (float) items.stream().filter(Item::isLine).mapToDouble(Item::x0).min().orElse(0);
    float right = (float) items.stream().filter(Item::isLine).filter(i -> i.line().indexOf('\t') < 0).mapToDouble(Item::x1).max().orElse(0);
    LineBlocks out = new LineBlocks();
    Paragraph paragraph = new Paragraph();
    Item open = null;
    Grid table = null;
    int tablePage = 0;
    for (Item item : items) {
      if (item.isLine()) {
        if (table != null) {
          out.block(table);
          table = null;
        }
        if (open != null && continues(open, item, left, right)) {
          paragraph.join(item);
        } else {
          paragraph.flush(out);
          paragraph.start(item);
        }
        open = item;
        continue;
      }
      paragraph.flush(out);
      open = null;
      if (item.grid() != null) {
        table = table != null && ContinuedTables.continues(table, tablePage, item.grid(), item.page()) ? ContinuedTables.joined(table, item.grid()) : flushTable(out, table, item.grid());
        tablePage = item.page();
      } else {
        if (table != null) {
          out.block(table);
          table = null;
        }
        out.block(item.picture());
      }
    }
    paragraph.flush(out);
    if (table != null) {
      out.block(table);
    }
    return out.blocks();
  }

  /** The lines of one paragraph as they are joined, and where they were read. */
  private static final class Paragraph {
    private final StringBuilder text = new StringBuilder();
    private String path = "";
    private boolean damaged;
    private boolean scanned;
    private float confidence = 1;

    void start(Item item) {
      text.append(item.line());
      path = item.path();
      damaged = item.damaged();
      scanned = item.scanned();
      confidence = item.confidence();
    }

    void join(Item item) {
      boolean space = GlyphText.latin(text.charAt(text.length() - 1)) && GlyphText.latin(item.line().charAt(0));
      text.append(space ? " " : "").append(item.line());
      damaged |= item.damaged();
      confidence = Math.min(confidence, item.confidence());
    }

    void flush(LineBlocks out) {
      if (text.length() > 0) {
        out.line(text.toString(), new SourcePos(0, scanned ? path + "/" + scanStep(confidence) : path), damaged);
      }
      text.setLength(0);
    }
  }

  /** The position step that says a text was recognised in a picture, and how sure the least sure of its characters is. */
  static String scanStep(List<Glyph> glyphs) {
    return scanStep(confidence(glyphs));
  }

  private static String scanStep(float confidence) {
    return "scan[" + (int) Math.floor(confidence * 100) + "]";
  }

  /** How sure the reading of the least sure digit is (numbers are what is read from a line); 1 with no digit. */
  private static float confidence(List<Glyph> glyphs) {
    float min = 1;
    for (Glyph g : glyphs) {
      if (!g.text().isEmpty() && Character.isDigit(g.text().charAt(0)) || g.confidence() == 0) {
        min = Math.min(min, g.confidence());
      }
    }
    return min;
  }

  /** A page number printed as the page's last (or first) line is not report text. */
  private static void dropPageNumber(List<Item> items) {
    if (!items.isEmpty() && isPageNumber(items.get(items.size() - 1))) {
      items.remove(items.size() - 1);
    }
    if (!items.isEmpty() && isPageNumber(items.get(0))) {
      items.remove(0);
    }
  }

  private static boolean isPageNumber(Item item) {
    return item.isLine() && PAGE_NUMBER.matcher(item.line().strip()).matches();
  }

  private static Grid flushTable(LineBlocks out, Grid previous, Grid next) {
    if (previous != null) {
      out.block(previous);
    }
    return next;
  }

  /** A line that runs to the right margin, followed by one that starts at the left margin, was wrapped. */
  private static boolean continues(Item line, Item next, float left, float right) {
    return line.line().indexOf('\t') < 0
        && next.line().indexOf('\t') < 0
        && line.x1() >= right - 2 * line.size()
        && next.x0() <= left + next.size() / 2
        && !SENTENCE_END.matcher(line.line()).matches()
        && !NUMBERED.matcher(next.line()).find();
  }

}
