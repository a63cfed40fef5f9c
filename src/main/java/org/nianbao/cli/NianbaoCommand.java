package org.nianbao.cli;

import org.nianbao.message.Message;
import org.nianbao.message.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
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

  /** The language the commands speak, chosen once from the system's locale. */
  final Messages messages;

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
