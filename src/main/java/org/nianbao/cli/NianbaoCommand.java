package org.nianbao.cli;

import org.nianbao.message.Message;
import org.nianbao.message.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "nianbao",
    mixinStandardHelpOptions = true,
    versionProvider = NianbaoCommand.ManifestVersion.class,
    subcommands = {ConvertCommand.class, MergeCommand.class, ExtractCommand.class, FetchCommand.class, ServeCommand.class, BenchCommand.class})
final class NianbaoCommand implements Runnable {
  @Spec CommandSpec spec;

  /** The language the commands speak, chosen once at start (see {@link Language}). */
  final Messages messages;

  /** Read before the command line is parsed (see {@link Language}); declared so that every command takes it and its help lists it. */
  @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "lang", scope = ScopeType.INHERIT)
  Language.Choice lang;

  NianbaoCommand(Messages messages) {
    this.messages = messages;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), messages.render(Message.of("cli.command_required")));
  }

  /** The version from the jar's manifest. */
  static final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = NianbaoCommand.class.getPackage().getImplementationVersion();
      return new String[] {"nianbao " + (v == null ? Messages.local().render(Message.of("cli.version.development")) : v)};
    }
  }
}
