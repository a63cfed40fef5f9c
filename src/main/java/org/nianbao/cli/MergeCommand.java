package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nianbao.Nianbao;
import org.nianbao.merge.ComparisonWorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Merge many reports into one comparison workbook: 汇总 (a row per report, a column per statutory field, live checks), 跨年核对, 统计, 图表 and 未能读取.",
      "Inputs are files, folders (walked for report files) or quoted globs. One bad input never stops the others; it is listed in 未能读取."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input was merged", "1:some input could not be read, or the output not written", "2:usage error"})
final class MergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerbosityMixin verbosity;

  @Mixin InputsMixin inputs;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.xlsx", description = "The comparison workbook to write.")
  Path output;

  @Option(names = "--csv", paramLabel = "FILE.csv", description = "Also write one CSV row per input (field ids as header, UTF-8 with BOM).")
  Path csv;

  @Option(names = "--force", description = "Replace output files that already exist.")
  boolean force;

  @Override
  public Integer call() {
    List<Path> files = inputs.expanded();
    if (files.size() > ComparisonWorkbookWriter.MAX_REPORTS) {
      throw new ParameterException(spec.commandLine(), files.size() + " inputs: one Excel sheet holds at most " + ComparisonWorkbookWriter.MAX_REPORTS + " reports");
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Path p : csv == null ? List.of(output) : List.of(output, csv)) {
      if (!force && Files.exists(p)) {
        err.println("nianbao: " + p + " exists (use --force to replace it)");
        return ExitCodes.SOME_FAILED;
      }
    }
    Progress progress = new Progress(err, files.size(), System.console() != null);
    try {
      Nianbao.MergeResult r = Nianbao.merge(files, output, Optional.ofNullable(csv), force, inputs.jobs, o -> {
        progress.done(o);
        if (verbosity.verbose && !o.ok()) {
          err.println(o.file() + ": " + o.error().orElse(""));
          o.cause().ifPresent(c -> c.printStackTrace(err));
        }
      });
      progress.finish();
      err.println("merged " + r.reports() + " reports into " + output + (csv == null ? "" : " and " + csv)
          + (r.failures() == 0 ? "" : "; " + r.failures() + " inputs not read (listed in 未能读取)"));
      return r.failures() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    } catch (IOException e) {
      progress.finish();
      err.println("nianbao: " + e.getMessage());
      return ExitCodes.SOME_FAILED;
    }
  }
}
