package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.nianbao.Nianbao;
import org.nianbao.output.AtomicFiles;
import org.nianbao.output.RunFolder;
import org.nianbao.merge.ComparisonWorkbookWriter;
import org.nianbao.place.Roster;
import org.nianbao.message.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false)
final class MergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand NianbaoCommand parent;

  @Mixin VerbosityMixin verbosity;

  @Mixin InputsMixin inputs;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.xlsx", descriptionKey = "merge.output")
  String output;

  @Option(names = "--csv", paramLabel = "FILE.csv", descriptionKey = "csv")
  String csv;

  @Option(names = "--issues", paramLabel = "FILE.csv", descriptionKey = "issues")
  String issues;

  @Option(names = "--csv-header", paramLabel = "zh|id", descriptionKey = "csv-header")
  Nianbao.CsvHeader csvHeader = Nianbao.CsvHeader.ZH;

  @Option(names = "--roster", paramLabel = "FILE.csv", descriptionKey = "roster")
  String roster;

  @Option(names = "--region", paramLabel = "地区[=文件夹]", descriptionKey = "region")
  List<String> regions = new ArrayList<>();

  @Option(names = "--force", descriptionKey = "force")
  boolean force;

  @Override
  public Integer call() {
    Commands.requireExtension(spec.commandLine(), parent.messages, output, ".xlsx", "cli.output.not_xlsx");
    if (csv != null) {
      Commands.requireExtension(spec.commandLine(), parent.messages, csv, ".csv", "cli.output.not_csv");
    }
    if (issues != null) {
      Commands.requireExtension(spec.commandLine(), parent.messages, issues, ".csv", "cli.output.not_csv");
    }
    Inputs.Expanded in = inputs.expanded();
    RunLog log = new RunLog(spec.commandLine().getErr(), parent.messages, verbosity.verbose, in.files(), Terminal.stderrIsTerminal());
    if (Commands.nothingToRead(in, log)) {
      return ExitCodes.USAGE;
    }
    if (in.files().size() > ComparisonWorkbookWriter.MAX_REPORTS) {
      throw new ParameterException(spec.commandLine(), parent.messages.render(Message.of("cli.merge_too_many", in.files().size(), ComparisonWorkbookWriter.MAX_REPORTS)));
    }
    Optional<Roster> expected = Optional.empty();
    if (roster != null) {
      try {
        expected = Optional.of(Roster.read(Path.of(roster)));
      } catch (IOException | RuntimeException e) {
        throw new ParameterException(spec.commandLine(), parent.messages.render(Message.of("cli.roster_unread", roster)));
      }
    }
    for (String region : regions) {
      if (!Nianbao.knownRegion(region)) {
        throw new ParameterException(spec.commandLine(), parent.messages.render(Message.of("cli.region_unknown", Nianbao.regionName(region))));
      }
    }
    log.skipped(in.skipped());
    Path xlsx = Path.of(output);
    Optional<Path> table = Optional.ofNullable(csv).map(Path::of);
    Optional<Path> list = Optional.ofNullable(issues).map(Path::of);
    Optional<Path> taken = java.util.stream.Stream.of(Optional.of(xlsx), table, list).flatMap(Optional::stream).filter(Nianbao::takenBySomethingElse).findFirst();
    if (!force && taken.isPresent()) {
      log.line(Message.of("write.exists", taken.get()));
      return ExitCodes.SOME_FAILED;
    }
    Path written = xlsx.toAbsolutePath().getParent();
    Optional<Path> csvWritten = table.map(t -> t.toAbsolutePath().getParent());
    Optional<Path> listWritten = list.map(t -> t.toAbsolutePath().getParent());
    // Temporary files a run killed outright left where this one writes.
    AtomicFiles.sweep(written, false);
    csvWritten.ifPresent(f -> AtomicFiles.sweep(f, false));
    listWritten.ifPresent(f -> AtomicFiles.sweep(f, false));
    try (Interruption signal = Interruption.install(() -> {
      RunFolder.deleteOurs();
      AtomicFiles.sweep(written, true);
      csvWritten.ifPresent(f -> AtomicFiles.sweep(f, true));
      listWritten.ifPresent(f -> AtomicFiles.sweep(f, true));
    })) {
      try {
        Nianbao.MergeResult r = Nianbao.merge(in.files(), xlsx, table, list, csvHeader, force, inputs.jobs, log::read, inputs.pipeline(log), expected, regions);
        log.summary(false);
        log.line(Message.of("cli.merged", xlsx, r.reports()));
        table.ifPresent(t -> log.line(Message.of("cli.merged", t, r.reports())));
        list.ifPresent(t -> log.line(Message.of("cli.issues_written", t, r.issues())));
        return log.exitCode();
      } catch (CancellationException e) {
        return stopped(log);
      } catch (IOException e) {
        if (signal.interrupted() || Thread.currentThread().isInterrupted()) {
          // Ctrl+C while the workbook was being written: nothing is written, nothing left.
          return stopped(log);
        }
        log.summary(false);
        log.line(Commands.why(e));
        return ExitCodes.SOME_FAILED;
      }
    }
  }

  /** Ctrl+C: neither file is written (the merge's temporary files went with it); what was read is said. */
  private static int stopped(RunLog log) {
    log.stopped();
    log.summary(false);
    return Interruption.EXIT;
  }
}
