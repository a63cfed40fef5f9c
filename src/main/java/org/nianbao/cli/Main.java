package org.nianbao.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.nianbao.Nianbao;
import org.nianbao.message.Message;
import org.nianbao.message.Messages;
import picocli.CommandLine;

/** The command-line entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // The templates are read on the other core while picocli reads the command line.
    Thread spec = new Thread(Nianbao::prepare, "nianbao-spec");
    spec.setDaemon(true);
    spec.start();
    // The language the user's environment names, even where Java fell back to English for want of
    // the locale's data; --lang overrides it. Set as the default, so every message follows it.
    Locale language = Language.of(args, System.getenv(), Locale.getDefault(Locale.Category.DISPLAY));
    if (!language.getLanguage().equals(Locale.getDefault().getLanguage())) {
      Locale.setDefault(language);
    }
    CommandLine cl = commandLine(language);
    cl.setOut(Terminal.writer(System.out));
    cl.setErr(Terminal.writer(System.err));
    // A double-click on the jar starts no console and gives no command: it opens the page.
    String[] command = args.length == 0 && System.console() == null ? new String[] {"serve"} : args;
    System.exit(cl.execute(command));
  }

  /** The command line speaking the language of {@code locale}, also used by the in-process command tests. */
  static CommandLine commandLine(Locale locale) {
    Messages messages = Messages.of(locale);
    CommandLine cl = new CommandLine(new NianbaoCommand(messages));
    cl.setResourceBundle(help(messages == Messages.ZH));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpWidth(100);
    cl.setExitCodeExceptionMapper(e -> ExitCodes.SOFTWARE);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("nianbao: " + messages.render(Message.of("cli.internal", e.getClass().getSimpleName() + ": " + e.getMessage())));
      // --verbose: the whole chain of causes, for the bug report.
      if (parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))) {
        e.printStackTrace(line.getErr());
      }
      line.getErr().flush();
      return ExitCodes.SOFTWARE;
    });
    cl.setParameterExceptionHandler((e, args) -> {
      CommandLine line = e.getCommandLine();
      line.getErr().println("nianbao: " + usageError(e, messages));
      line.getErr().println(messages.render(Message.of("cli.try_help", line.getCommandSpec().qualifiedName())));
      return ExitCodes.USAGE;
    });
    return cl;
  }

  /**
   * The help texts, Chinese over English where the command line speaks Chinese: class constants
   * (build/Bundle.java), read from the class-data archive rather than the jar.
   */
  private static ResourceBundle help(boolean chinese) {
    ResourceBundle english = bundle("Help.properties", null);
    return chinese ? bundle("Help_zh.properties", english) : english;
  }

  private static ResourceBundle bundle(String name, ResourceBundle parent) {
    try {
      return new PropertyResourceBundle(new StringReader(Bundled.text(name))) {
        {
          setParent(parent);
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** picocli's own usage errors in the command line's language (the common ones; others as picocli words them). */
  private static String usageError(CommandLine.ParameterException e, Messages messages) {
    if (e instanceof CommandLine.MissingParameterException m) {
      return messages.render(Message.of("cli.usage.missing", String.join(", ", m.getMissing().stream().map(a -> a.paramLabel()).toList())));
    }
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      return messages.render(Message.of("cli.usage.unknown", String.join(" ", u.getUnmatched())));
    }
    return e.getMessage();
  }
}
