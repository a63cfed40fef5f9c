package org.nianbao;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.nianbao.csvjson.CsvExporter;
import org.nianbao.merge.IssuesCsv;
import org.nianbao.place.Roster;
import org.nianbao.message.Message;
import org.nianbao.output.AtomicFiles;
import org.nianbao.xlsx.XlsxWriter;

/**
 * What a merge writes: the comparison workbook, and maybe a CSV of the same rows and the 问题清单
 * as a CSV; whether files there that nianbao did not write are replaced; the units expected to
 * report (a 名单 sheet) and the regions agencies are placed within. Immutable; each setter returns
 * a copy, and a roster or region is checked when it is given.
 *
 * <pre>{@code
 * MergeOptions o = MergeOptions.to(Path.of("对比.xlsx")).withCsv(Path.of("对比.csv")).withRegion("浙江省绍兴市");
 * }</pre>
 */
public final class MergeOptions {
  private final Path xlsx;
  private final Optional<Path> csv;
  private final Optional<Path> issues;
  private final CsvHeader header;
  private final boolean replace;
  private final Optional<Roster> roster;
  private final List<Region> regions;

  private MergeOptions(Builder b) {
    this.xlsx = b.xlsx;
    this.csv = b.csv;
    this.issues = b.issues;
    this.header = b.header;
    this.replace = b.replace;
    this.roster = b.roster;
    this.regions = List.copyOf(b.regions);
  }

  /** The comparison workbook into {@code xlsx}; no CSV, Chinese CSV headers, nothing replaced, no roster, no region. */
  public static MergeOptions to(Path xlsx) {
    Builder b = new Builder();
    b.xlsx = Objects.requireNonNull(xlsx, "xlsx");
    return new MergeOptions(b);
  }

  /** Also a CSV of the same rows (UTF-8 with a byte-order mark). */
  public MergeOptions withCsv(Path file) {
    Builder b = copy();
    b.csv = Optional.of(file);
    return new MergeOptions(b);
  }

  /** Also the 问题清单 as a CSV (UTF-8 with a byte-order mark). */
  public MergeOptions withIssues(Path file) {
    Builder b = copy();
    b.issues = Optional.of(file);
    return new MergeOptions(b);
  }

  public MergeOptions withCsvHeader(CsvHeader h) {
    Builder b = copy();
    b.header = Objects.requireNonNull(h, "header");
    return new MergeOptions(b);
  }

  /** Whether files there that nianbao did not write (or that were saved since by another program) are replaced. */
  public MergeOptions withReplace(boolean replaceAll) {
    Builder b = copy();
    b.replace = replaceAll;
    return new MergeOptions(b);
  }

  /**
   * A 名单 sheet of the units expected to report, read now from {@code file} (one per line, with an
   * optional code, UTF-8 or GBK).
   *
   * @throws OptionException when the file cannot be read or names no unit
   */
  public MergeOptions withRoster(Path file) {
    Builder b = copy();
    try {
      b.roster = Optional.of(Roster.read(file));
    } catch (IOException | RuntimeException e) {
      throw new OptionException(Message.of("cli.roster_unread", file), e);
    }
    return new MergeOptions(b);
  }

  /**
   * Agencies whose names do not say where they are placed, placed within a region: {@code 地区} for
   * every report, or {@code 地区=文件夹} for the reports under a folder.
   *
   * @throws OptionException when the place is not exactly one administrative division
   */
  public MergeOptions withRegion(String region) {
    Builder b = copy();
    b.regions.add(Region.parse(region));
    return new MergeOptions(b);
  }

  /** How many units the roster names; 0 without one. */
  public int rosterUnits() {
    return roster.map(r -> r.units().size()).orElse(0);
  }

  /** The first output that holds a file nianbao did not write (or one saved since by another program): replaced only when told. */
  public Optional<Path> taken() {
    return outputs().filter(MergeOptions::takenBySomethingElse).findFirst();
  }

  /**
   * Deletes the temporary files this process left where these options write, and its temporary
   * folders: what a merge stopped at once (a process ending on Ctrl+C) could not delete itself.
   */
  public void deleteTemporaryFiles() {
    WorkFolder.deleteOurs();
    folders().forEach(f -> AtomicFiles.sweep(f, true));
  }

  Path xlsx() {
    return xlsx;
  }

  Optional<Path> csv() {
    return csv;
  }

  Optional<Path> issues() {
    return issues;
  }

  CsvHeader header() {
    return header;
  }

  boolean replace() {
    return replace;
  }

  Optional<Roster> roster() {
    return roster;
  }

  List<Region> regions() {
    return regions;
  }

  /** The folders written in: the workbook's, the CSV's, the 问题清单's. */
  Stream<Path> folders() {
    return outputs().map(p -> p.toAbsolutePath().getParent());
  }

  private Stream<Path> outputs() {
    return Stream.of(Optional.of(xlsx), csv, issues).flatMap(Optional::stream);
  }

  private static boolean takenBySomethingElse(Path output) {
    return Files.exists(output) && !XlsxWriter.wroteBy(output, XlsxWriter.APPLICATION) && !CsvExporter.wroteBy(output, Nianbao.SPEC) && !IssuesCsv.wroteBy(output);
  }

  private Builder copy() {
    Builder b = new Builder();
    b.xlsx = xlsx;
    b.csv = csv;
    b.issues = issues;
    b.header = header;
    b.replace = replace;
    b.roster = roster;
    b.regions = new ArrayList<>(regions);
    return b;
  }

  /** The fields while a copy is made. */
  private static final class Builder {
    Path xlsx;
    Optional<Path> csv = Optional.empty();
    Optional<Path> issues = Optional.empty();
    CsvHeader header = CsvHeader.ZH;
    boolean replace;
    Optional<Roster> roster = Optional.empty();
    List<Region> regions = new ArrayList<>();
  }
}
