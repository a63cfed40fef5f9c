package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.nianbao.ConvertListener;
import org.nianbao.ConvertOptions;
import org.nianbao.Converted;
import org.nianbao.Nianbao;
import org.nianbao.message.Message;
import org.nianbao.model.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false)
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand NianbaoCommand parent;

  @Mixin VerbosityMixin verbosity;

  @Mixin InputsMixin inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR/|FILE.xlsx", descriptionKey = "convert.output")
  String output;

  @Option(names = "--force", descriptionKey = "force")
  boolean force;

  @Override
  public Integer call() {
    ConvertOptions options = options();
    Inputs.Expanded in = inputs.expanded();
    RunLog log = new RunLog(spec.commandLine().getErr(), parent.messages, verbosity.verbose, in.files(), Terminal.stderrIsTerminal());
    if (Commands.nothingToRead(in, log)) {
      return ExitCodes.USAGE;
    }
    if (!options.folder() && in.files().size() != 1) {
      throw new ParameterException(spec.commandLine(), parent.messages.render(Message.of("cli.output.one_for_many", output, in.files().size())));
    }
    log.skipped(in.skipped());
    PrintWriter out = spec.commandLine().getOut();
    try (Interruption signal = Interruption.install(options::deleteTemporaryFiles)) {
      try {
        Nianbao.convert(in.files(), inputs.reading(log), options, told(out, log));
      } catch (CancellationException e) {
        // Ctrl+C: the workbooks being written were given up, those written are named.
        out.flush();
        log.stopped();
        log.summary(true);
        return Interruption.EXIT;
      }
    }
    out.flush();
    log.summary(true);
    return log.exitCode();
  }

  /** Where the workbooks go: a folder (the current one without {@code -o}), or the one {@code .xlsx} file named. */
  private ConvertOptions options() {
    if (output == null || Commands.isFolder(output)) {
      return ConvertOptions.toFolder(Path.of(output == null ? "." : output)).withReplace(force);
    }
    Commands.requireExtension(spec.commandLine(), parent.messages, output, ".xlsx", "cli.output.not_xlsx");
    return ConvertOptions.toFile(Path.of(output)).withReplace(force);
  }

  /** What the conversion tells the user: each input read, each workbook written (on stdout) or why not. */
  private ConvertListener told(PrintWriter out, RunLog log) {
    return new ConvertListener() {
      @Override
      public void read(Outcome o) {
        log.read(o);
      }

      @Override
      public void said(Message m) {
        log.line(Commands.withFlag(m));
      }

      @Override
      public void written(Converted w) {
        if (w.written()) {
          log.wrote();
          log.above(() -> {
            out.println(parent.messages.render(Message.of("cli.converted", w.outcome().file(), w.target())));
            out.flush();
          });
        } else {
          log.notWritten(w.outcome(), Commands.withFlag(w.problem().orElseThrow()), w.cause().orElse(null));
        }
      }
    };
  }
}
