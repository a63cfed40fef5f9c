package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.nianbao.CsvHeader;
import org.nianbao.MergeOptions;
import org.nianbao.MergeResult;
import org.nianbao.Nianbao;
import org.nianbao.OptionException;
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
  CsvHeader csvHeader = CsvHeader.ZH;

  @Option(names = "--roster", paramLabel = "FILE.csv", descriptionKey = "roster")
  String roster;

  @Option(names = "--region", paramLabel = "地区[=文件夹]", descriptionKey = "region")
  List<String> regions = new ArrayList<>();

  @Option(names = "--force", descriptionKey = "force")
  boolean force;

  @Override
  public Integer call() {
    requireExtensions();
    Inputs.Expanded in = inputs.expanded();
    RunLog log = new RunLog(spec.commandLine().getErr(), parent.messages, verbosity.verbose, in.files(), Terminal.stderrIsTerminal());
    if (Commands.nothingToRead(in, log)) {
      return ExitCodes.USAGE;
    }
    if (in.files().size() > Nianbao.MAX_MERGED) {
      throw new ParameterException(spec.commandLine(), parent.messages.render(Message.of("cli.merge_too_many", in.files().size(), Nianbao.MAX_MERGED)));
    }
    MergeOptions options = options();
    log.skipped(in.skipped());
    Optional<Path> taken = options.taken();
    if (!force && taken.isPresent()) {
      log.line(Message.of("cli.write.exists", taken.get()));
      return ExitCodes.SOME_FAILED;
    }
    return merge(in, options, log);
  }

  /** Refuses outputs whose names do not end as their kind does (.xlsx, .csv). */
  private void requireExtensions() {
    Commands.requireExtension(spec.commandLine(), parent.messages, output, ".xlsx", "cli.output.not_xlsx");
    if (csv != null) {
      Commands.requireExtension(spec.commandLine(), parent.messages, csv, ".csv", "cli.output.not_csv");
    }
    if (issues != null) {
      Commands.requireExtension(spec.commandLine(), parent.messages, issues, ".csv", "cli.output.not_csv");
    }
  }

  /** The merge's options from the command line; a roster that cannot be read or an unknown region is a usage error. */
  private MergeOptions options() {
    MergeOptions o = MergeOptions.to(Path.of(output)).withCsvHeader(csvHeader).withReplace(force);
    try {
      o = csv == null ? o : o.withCsv(Path.of(csv));
      o = issues == null ? o : o.withIssues(Path.of(issues));
      o = roster == null ? o : o.withRoster(Path.of(roster));
      for (String region : regions) {
        o = o.withRegion(region);
      }
      return o;
    } catch (OptionException e) {
      throw new ParameterException(spec.commandLine(), parent.messages.render(e.reason()));
    }
  }

  private int merge(Inputs.Expanded in, MergeOptions options, RunLog log) {
    try (Interruption signal = Interruption.install(options::deleteTemporaryFiles)) {
      try {
        // Inputs read as another's part are neither rows nor counted.
        MergeResult r = Nianbao.merge(in.files(), inputs.reading(log).withReadAsPart((part, report) -> { }), options, log::read);
        log.summary(false);
        log.line(Message.of("cli.merged", Path.of(output), r.reports()));
        Optional.ofNullable(csv).ifPresent(t -> log.line(Message.of("cli.merged", Path.of(t), r.reports())));
        Optional.ofNullable(issues).ifPresent(t -> log.line(Message.of("cli.issues_written", Path.of(t), r.issues())));
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
