package org.nianbao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.nianbao.Nianbao;
import org.nianbao.pipeline.Batch;
import org.nianbao.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false)
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand NianbaoCommand parent;

  @Mixin VerbosityMixin verbosity;

  @Mixin InputsMixin inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Inputs.Expanded in = inputs.expanded();
    RunLog log = new RunLog(spec.commandLine().getErr(), parent.messages, verbosity.verbose, in.files().size(), false);
    if (Commands.nothingToRead(in, log)) {
      return ExitCodes.USAGE;
    }
    log.skipped(in.skipped());
    new Batch(inputs.pipeline(log), inputs.jobs).run(in.files(), o -> {
      out.println(Nianbao.json(o));
      log.read(o);
    }, log::readAsPart);
    out.flush();
    log.summary(false);
    return log.exitCode();
  }
}
