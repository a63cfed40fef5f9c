package org.nianbao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.nianbao.Nianbao;
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
    RunLog log = new RunLog(spec.commandLine().getErr(), parent.messages, verbosity.verbose, in.files(), Terminal.stderrIsTerminal());
    if (Commands.nothingToRead(in, log)) {
      return ExitCodes.USAGE;
    }
    log.skipped(in.skipped());
    try (Interruption signal = Interruption.install(() -> { })) {
      try {
        Nianbao.extract(in.files(), inputs.reading(log), o -> {
          out.println(Nianbao.json(o));
          log.read(o);
        });
      } catch (CancellationException e) {
        // Ctrl+C: the lines printed stand, the summary says how many inputs were not reached.
        out.flush();
        log.stopped();
        log.summary(false);
        return Interruption.EXIT;
      }
      out.flush();
      log.summary(false);
      return log.exitCode();
    }
  }
}
