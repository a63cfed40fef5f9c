package org.nianbao.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.message.Message;
import org.nianbao.check.CheckEngine;
import org.nianbao.check.NarrativeChecker;
import org.nianbao.document.Block;
import org.nianbao.document.Document;
import org.nianbao.document.Paragraph;
import org.nianbao.document.Picture;
import org.nianbao.document.SourcePos;
import org.nianbao.model.CheckResult;
import org.nianbao.model.Flag;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.form.CheckScope;
import org.nianbao.form.CheckSpec;
import org.nianbao.form.Format;
import org.nianbao.form.ReportSpec;
import org.nianbao.extract.table.Marks;
import org.nianbao.extract.table.StatutoryTables;
import org.nianbao.extract.table.ParsedTable;
import org.nianbao.extract.table.Token;
import org.nianbao.extract.table.Tokenizer;
import org.nianbao.extract.table.TransposedGrids;

/**
 * Turns a normalised document into a report: title facts, the six sections, the statutory format,
 * the three tables and their balance checks. Never throws on a malformed report; every doubt
 * becomes a flag. Thread-safe.
 */
public final class ReportExtractor {
  /** The first year reported in the 2021 form; used only when no table label tells the format. */
  private static final int FIRST_REVISED_YEAR = 2021;

  /** Pictures named one by one in a flag; more are counted. */
  private static final int MAX_NAMED_PICTURES = 5;

  /** Where a web page's furniture starts after the report: links, share and print buttons, footers. */
  private static final Pattern PAGE_FURNITURE =
      Pattern.compile("[\\s【\\[]*(相关阅读|相关链接|相关文章|相关文件|扫一扫|打印本页|关闭窗口|返回顶部|上一篇|下一篇|责任编辑|分享到|网站地图|版权所有|主办单位|承办单位|信息来源|主站蜘蛛池|\\|{3,})");

  private final ReportSpec spec;
  private final TransposedGrids transposed;
  private final StatutoryTables tables;

  public ReportExtractor(ReportSpec spec) {
    this.spec = spec;
    List<org.nianbao.form.RowLabel> items = new ArrayList<>();
    List<Pattern> counts = new ArrayList<>();
    for (Format f : Format.values()) {
      spec.labels(f).stream().filter(l -> l.row().startsWith("t2.")).forEach(items::add);
      spec.fields(f).stream().filter(x -> x.table().equals("t2")).forEach(x -> counts.add(spec.header(x.column())));
    }
    this.transposed = new TransposedGrids(items, counts);
    this.tables = new StatutoryTables(spec);
  }

  /**
   * The report with its balance and narrative checks computed again from its values: a report read
   * back from nianbao's workbook, whose values a person may have corrected.
   */
  public Report recheck(Report r) {
    if (r.format().isEmpty()) {
      return r;
    }
    Format format = r.format().get();
    List<CheckResult> results = r.tables().isEmpty() ? List.of() : CheckEngine.evaluate(spec.checks(format, CheckScope.REPORT), r.values(), r.tables());
    return new Report(r.file(), r.agency(), r.year(), r.published(), r.format(), r.tables(), r.values(), r.flags(), results, r.sections(),
        NarrativeChecker.check(spec.narrative(format), r.sections(), r.values()), r.originals());
  }

  /** Extracts everything nianbao reads from one document. */
  public Report extract(Document doc) {
    List<Block> page = transposed.apply(Sections.splitInline(doc.blocks()));
    Sections whole = Sections.find(page);
    int next = Sections.nextReport(page, whole);
    // Another report following on the page is left out, so nothing of it fills this one's gaps.
    List<Block> blocks = next < 0 ? page : page.subList(0, next > 1 && TitleParser.isTitle(page.get(next - 1)) ? next - 1 : next);
    Sections sections = next < 0 ? whole : Sections.find(blocks);
    List<Token> tokens = Tokenizer.tokens(blocks);
    TitleParser.Facts facts = TitleParser.parse(blocks, doc.headlines());
    List<Flag> flags = openingFlags(doc, next > 0, facts);

    Map<TableId, List<Token>> regions = regions(tokens, sections);
    List<Token> formTokens = new ArrayList<>(regions.get(TableId.T2));
    formTokens.addAll(regions.get(TableId.T3));
    Optional<Format> labelled = FormatDetector.detect(formTokens).or(() -> FormatDetector.detect(tokens));
    Format format = labelled.orElse(facts.year().filter(y -> y >= FIRST_REVISED_YEAR).isPresent() ? Format.REVISED_2021 : Format.TRIAL_2019);

    Map<TableId, ParsedTable> tables = tables(format, regions, sections, tokens);
    Set<TableId> found = EnumSet.noneOf(TableId.class);
    Map<String, Value> values = new LinkedHashMap<>();
    tables.forEach((id, t) -> {
      if (t.present()) {
        found.add(id);
        values.putAll(t.values());
        flags.addAll(t.flags());
      }
    });
    flagCutShort(tokens, values, flags);
    flags.addAll(pictured(blocks, sections, found));
    if (!found.isEmpty() && labelled.isEmpty()) {
      flags.add(new Flag("", Message.of("report.format_from_year", format.code()), SourcePos.line(0)));
    }
    List<CheckResult> results = checked(format, values, flags, found);
    Map<Integer, String> texts = sectionTexts(blocks, sections, tables);
    return new Report(
        doc.source(),
        facts.agency(),
        facts.year(),
        facts.published(),
        found.isEmpty() ? Optional.empty() : Optional.of(format),
        found,
        values,
        flags,
        results,
        texts,
        NarrativeChecker.check(spec.narrative(format), texts, values), Map.of());
  }

  /** The flags said of the report as a whole before its tables: the reader's notes, another report after it, a publisher read from the text. */
  private static List<Flag> openingFlags(Document doc, boolean anotherFollows, TitleParser.Facts facts) {
    List<Flag> flags = new ArrayList<>();
    doc.notes().forEach(n -> flags.add(new Flag("", n, SourcePos.line(0))));
    if (anotherFollows) {
      flags.add(new Flag("", Message.of("report.another_follows"), SourcePos.line(0)));
    }
    if (facts.inferred()) {
      flags.add(new Flag("", Message.of("report.agency_from_text", facts.agency().orElse(""), facts.year().map(String::valueOf).orElse("")), SourcePos.line(0)));
    }
    return flags;
  }

  /** The three tables, each parsed from its section; one not in its section is looked for in the whole text. */
  private Map<TableId, ParsedTable> tables(Format format, Map<TableId, List<Token>> regions, Sections sections, List<Token> tokens) {
    Token lastToken = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    Map<TableId, ParsedTable> tables = this.tables.parse(format, regions, lastToken);
    Map<TableId, List<Token>> elsewhere = new EnumMap<>(TableId.class);
    tables.forEach((id, t) -> {
      if (!t.present() && sections.has(id.section())) {
        elsewhere.put(id, tokens);
      }
    });
    if (!elsewhere.isEmpty()) {
      // A section that says 详见附表 has its table after the report's end, under 附件; any table not
      // in its section is looked for in the whole text by its own headers and row labels.
      Map<TableId, List<Token>> retry = new EnumMap<>(regions);
      retry.putAll(elsewhere);
      Map<TableId, ParsedTable> found = this.tables.parse(format, retry, lastToken);
      elsewhere.keySet().forEach(id -> tables.put(id, found.get(id)));
    }
    return tables;
  }

  /** Reports go on after their tables; text that ends on a table's number was cut, maybe inside it. */
  private static void flagCutShort(List<Token> tokens, Map<String, Value> values, List<Flag> flags) {
    Token lastCell = lastCell(tokens);
    if (lastCell != null && lastCell.isFilled()) {
      values.forEach((id, v) -> {
        if (v.source().pos().equals(lastCell.pos())) {
          flags.add(new Flag(id, Message.of("cell.cut_short"), lastCell.pos()));
        }
      });
    }
  }

  /** The balance checks of the tables found, with the flags they raise on pictured and implausible numbers. */
  private List<CheckResult> checked(Format format, Map<String, Value> values, List<Flag> flags, Set<TableId> found) {
    List<CheckSpec> checks = spec.checks(format, CheckScope.REPORT);
    PictureValues.unsure(values, flags, checks);
    List<CheckResult> results = found.isEmpty() ? List.of() : CheckEngine.evaluate(checks, values, found);
    PictureValues.inFailingChecks(values, flags, results);
    for (CheckSpec c : spec.checks(format, CheckScope.PLAUSIBLE)) {
      if (CheckEngine.implausible(c, values)) {
        c.fields().forEach(f -> flags.add(new Flag(f, Message.of("cell.implausible", c.description()), values.get(f).source().pos())));
      }
    }
    return results;
  }

  /**
   * A table not found in text, with pictures in its section (or, without section headings, anywhere
   * in the document), was most likely published as those pictures: say so, so the reader looks at
   * the original instead of taking the table for absent.
   */
  private static List<Flag> pictured(List<Block> blocks, Sections sections, Set<TableId> found) {
    List<Flag> out = new ArrayList<>();
    for (TableId id : TableId.values()) {
      if (found.contains(id)) {
        continue;
      }
      int n = id.section();
      int from = sections.has(n) ? sections.first(n) : 0;
      int to = sections.has(n) ? sections.end(n) : blocks.size();
      List<Picture> pictures = blocks.subList(from, to).stream().filter(Picture.class::isInstance).map(Picture.class::cast).toList();
      if (!pictures.isEmpty()) {
        List<Object> names = new ArrayList<>(pictures.stream().limit(MAX_NAMED_PICTURES).map(Picture::describe).toList());
        if (pictures.size() > MAX_NAMED_PICTURES) {
          names.add(Message.of("picture.more", pictures.size() - MAX_NAMED_PICTURES));
        }
        out.add(new Flag("", Message.of("report.table_as_image", id.label(), names), pictures.get(0).pos()));
      }
    }
    return out;
  }

  /** Whether anything in the document looks like an annual report at all. */
  public static boolean looksLikeReport(Report r) {
    return !r.tables().isEmpty() || !r.sections().isEmpty();
  }

  /** The last label or value of the text (the ends of grid rows left aside). */
  private static Token lastCell(List<Token> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (tokens.get(i).kind() != Token.Kind.ROW_END) {
        return tokens.get(i);
      }
    }
    return null;
  }

  /** Each table's region: the tokens of its section. */
  private static Map<TableId, List<Token>> regions(List<Token> tokens, Sections sections) {
    Map<TableId, List<Token>> regions = new EnumMap<>(TableId.class);
    regions.put(TableId.T2, region(tokens, sections, 2));
    regions.put(TableId.T3, region(tokens, sections, 3));
    regions.put(TableId.T4, region(tokens, sections, 4));
    return regions;
  }

  /** The tokens of section n; when the report has no such heading, the whole document. */
  private static List<Token> region(List<Token> tokens, Sections sections, int n) {
    if (!sections.has(n)) {
      return tokens;
    }
    int from = sections.first(n);
    int to = sections.end(n);
    return tokens.stream().filter(t -> t.block() >= from && t.block() < to).toList();
  }

  private static Map<Integer, String> sectionTexts(List<Block> blocks, Sections sections, Map<TableId, ParsedTable> tables) {
    Map<Integer, String> out = new LinkedHashMap<>();
    for (int n = 1; n <= Sections.COUNT; n++) {
      if (!sections.has(n)) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      for (int b = sections.first(n); b < sections.end(n); b++) {
        if (blocks.get(b) instanceof Paragraph p && PAGE_FURNITURE.matcher(p.text()).lookingAt()) {
          break;
        }
        if (blocks.get(b) instanceof Paragraph p && !inTable(tables, b)) {
          text.append(text.length() == 0 ? "" : "\n").append(Marks.shown(p.text()));
        }
      }
      out.put(n, text.toString());
    }
    return out;
  }

  private static boolean inTable(Map<TableId, ParsedTable> tables, int block) {
    return tables.values().stream().anyMatch(t -> t.covers(block));
  }
}
