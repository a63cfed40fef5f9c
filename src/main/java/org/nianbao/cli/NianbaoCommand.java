package org.nianbao.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(
    name = "nianbao",
    mixinStandardHelpOptions = true,
    versionProvider = NianbaoCommand.ManifestVersion.class,
    description = "Government information-disclosure annual reports (政府信息公开工作年度报告) to checked data.",
    subcommands = {ExtractCommand.class, ConvertCommand.class, MergeCommand.class, BenchCommand.class})
final class NianbaoCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required: extract, convert, merge or bench");
  }

  /** The version from the jar's manifest. */
  static final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = NianbaoCommand.class.getPackage().getImplementationVersion();
      return new String[] {"nianbao " + (v == null ? "(development build)" : v)};
    }
  }
}
