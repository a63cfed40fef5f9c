package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.FetchOptions;
import org.nianbao.FetchResult;
import org.nianbao.Nianbao;
import org.nianbao.message.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Collects reports from the web into a folder ready to merge: the only command that opens a connection. */
@Command(name = "fetch", mixinStandardHelpOptions = true, sortOptions = false)
final class FetchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand NianbaoCommand parent;

  @Parameters(paramLabel = "ADDRESS", arity = "0..*", descriptionKey = "addresses")
  List<String> addresses = new ArrayList<>();

  @Option(names = {"-i", "--input"}, paramLabel = "LIST.txt", descriptionKey = "fetch.input")
  Path list;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR/", descriptionKey = "fetch.output")
  Path output;

  @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "year")
  Integer year;

  @Option(names = "--refresh", descriptionKey = "refresh")
  boolean refresh;

  @Option(names = "--delay", paramLabel = "SECONDS", descriptionKey = "delay")
  double delay = 1;

  @Option(names = "--timeout", paramLabel = "SECONDS", descriptionKey = "timeout")
  int timeout = 30;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<String> all = new ArrayList<>(addresses);
    if (list != null && !readList(all, err)) {
      return ExitCodes.USAGE;
    }
    if (all.isEmpty()) {
      err.println(parent.messages.render(Message.of("fetch.no_address")));
      return ExitCodes.USAGE;
    }
    String version = NianbaoCommand.class.getPackage().getImplementationVersion();
    FetchOptions options = FetchOptions.into(output).withYear(year).withRefresh(refresh).withDelay(Duration.ofMillis(Math.round(Math.max(0, delay) * 1000)))
        .withTimeout(Duration.ofSeconds(Math.max(1, timeout))).withVersion(version == null ? "dev" : version);
    try {
      FetchResult r = Nianbao.fetch(all, options, m -> {
        err.println(parent.messages.render(m));
        err.flush();
      });
      err.println(parent.messages.render(Message.of("fetch.summary", all.size(), r.saved(), r.kept(), r.failed(), r.manifest())));
      err.flush();
      return r.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    } catch (IOException e) {
      err.println("nianbao: " + parent.messages.render(Commands.why(e)));
      return ExitCodes.SOME_FAILED;
    }
  }

  /** Adds the addresses of {@code --input} (one a line; blank lines and {@code #} comments skipped); false, said, when it cannot be read. */
  private boolean readList(List<String> all, PrintWriter err) {
    try {
      for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
        String a = line.replace("\uFEFF", "").strip();
        if (!a.isEmpty() && !a.startsWith("#")) {
          all.add(a);
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      err.println(parent.messages.render(Message.of("fetch.list_unread", list, String.valueOf(e.getMessage()))));
      return false;
    }
  }
}
