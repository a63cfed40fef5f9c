package org.nianbao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.nianbao.Nianbao;
import org.nianbao.pipeline.Batch;
import org.nianbao.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Print one JSON object per report, one per line: agency, year, format, every statutory cell, flags, balance checks and section text.",
      "A file that cannot be read gets a line with \"error\" set (and one line on stderr); the others go on."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input was read", "1:some input could not be read", "2:usage error"})
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerbosityMixin verbosity;

  @Mixin InputsMixin inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AtomicInteger failed = new AtomicInteger();
    new Batch(Pipeline.standard(), inputs.jobs).run(inputs.expanded(), o -> {
      out.println(Nianbao.json(o));
      if (!o.ok()) {
        failed.incrementAndGet();
        err.println(o.file() + ": " + o.error().orElse(""));
        o.cause().filter(c -> verbosity.verbose).ifPresent(c -> c.printStackTrace(err));
      }
    });
    out.flush();
    err.flush();
    return failed.get() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
