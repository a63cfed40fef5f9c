package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nianbao.cmd}, the Windows launcher, run by a real command interpreter: Wine's {@code cmd}
 * (Debian's wine64, installed by {@code .ci/run}). {@code java} and {@code mvn} are stand-ins that
 * write down how they were called, so what is checked is the launcher itself: it builds the jar
 * first when it is missing, passes every argument as given (spaces, {@code &} inside quotes), runs
 * the page when given none, adds {@code NIANBAO_JAVA_OPTS} after its own options (so they win), uses the bash launcher's JVM options
 * (the quick compiler, a class-data archive made once per jar), and ends with java's exit status. Wine's cmd is not Windows' own: what both agree on is checked;
 * Chinese arguments are not, as Wine's cmd reads batch files in its own code page.
 */
class NianbaoCmdIT {
  private static final Pattern BASH_OPTIONS = Pattern.compile("(?m)^opts=\"([^\"]*)\"");

  @Test
  void theWindowsLauncherBuildsTheJarThenPassesEveryArgumentToJava(@TempDir Path dir) throws Exception {
    Optional<Path> wine = wine();
    assumeTrue(wine.isPresent(), "Wine is not installed");
    Files.copy(Path.of("nianbao.cmd"), dir.resolve("nianbao.cmd"));
    // The stand-in java also makes the class-data archive when asked to dump one, as the real one does.
    bat(dir.resolve("java.bat"), "@echo off", "echo %*> \"%~dp0java-args.txt\"", "echo %*>> \"%~dp0java-calls.txt\"",
        "if \"%~1\"==\"-Xshare:dump\" echo archive> \"%~dp0target\\nianbao.jsa\"", "exit /b %FAKE_EXIT%");
    bat(dir.resolve("mvn.bat"), "@echo off", "echo %*> \"%~dp0mvn-args.txt\"", "if not exist \"%~dp0target\" mkdir \"%~dp0target\"",
        "echo jar> \"%~dp0target\\nianbao.jar\"", "exit /b 0");
    String here = windows(dir);

    bat(dir.resolve("first.bat"), "@echo off", "set PATH=" + here + ";%PATH%", "set FAKE_EXIT=2",
        "\"" + here + "\\nianbao.cmd\" merge -o \"out dir\\merged.xlsx\" \"a&b reports\" --force");
    assertEquals(2, run(wine.get(), dir, "first.bat"), "java's exit status is the launcher's");
    assertEquals("-q -B -DskipTests package", read(dir.resolve("mvn-args.txt")), "the jar is built first when it is missing");
    String args = read(dir.resolve("java-args.txt"));
    assertTrue(args.endsWith(" -jar \"" + here + "\\target\\nianbao.jar\" merge -o \"out dir\\merged.xlsx\" \"a&b reports\" --force"),
        "every argument as given: " + args);
    Matcher bash = BASH_OPTIONS.matcher(Files.readString(Path.of("nianbao"), StandardCharsets.UTF_8));
    assertTrue(bash.find(), "the bash launcher's options");
    assertTrue(args.startsWith(bash.group(1) + " "), "the bash launcher's JVM options (" + bash.group(1) + "): " + args);
    assertTrue(args.contains("-Dfile.encoding=UTF-8"), args);
    assertTrue(args.contains("-XX:TieredStopAtLevel=1"), "the quick compiler only, as the bash launcher: " + args);
    assertTrue(args.contains("-XX:SharedArchiveFile=\"" + here + "\\target\\nianbao.jsa\""), "the class-data archive made for the new jar: " + args);
    String calls = read(dir.resolve("java-calls.txt"));
    assertTrue(calls.contains(" convert ") && calls.contains(" merge ") && calls.contains("-Xshare:dump"), "trained on convert and merge: " + calls);

    Files.delete(dir.resolve("mvn-args.txt"));
    bat(dir.resolve("second.bat"), "@echo off", "set PATH=" + here + ";%PATH%", "set NIANBAO_JAVA_OPTS=-Xmx1g", "\"" + here + "\\nianbao.cmd\"");
    assertEquals(0, run(wine.get(), dir, "second.bat"));
    String second = read(dir.resolve("java-args.txt"));
    assertTrue(second.endsWith(" -Xmx1g -jar \"" + here + "\\target\\nianbao.jar\" serve"),
        "no command opens the page (a double-click), with NIANBAO_JAVA_OPTS after the defaults, so that it wins: " + second);
    assertTrue(second.startsWith(bash.group(1) + " "), "the defaults are kept: " + second);
    assertFalse(Files.exists(dir.resolve("mvn-args.txt")), "a jar already built is not built again");
    assertEquals(1, read(dir.resolve("java-calls.txt")).lines().filter(l -> l.contains("-Xshare:dump")).count(),
        "the archive is not made again for the same jar");

    bat(dir.resolve("third.bat"), "@echo off", "set PATH=" + here + ";%PATH%", "\"" + here + "\\nianbao.cmd\" bench reports");
    assertEquals(0, run(wine.get(), dir, "third.bat"));
    assertFalse(read(dir.resolve("java-args.txt")).contains("TieredStopAtLevel"), "bench gets the optimising compiler");
  }

  /** Debian installs wine64 outside PATH. */
  private static Optional<Path> wine() {
    for (String candidate : List.of("/usr/lib/wine/wine64", "/usr/bin/wine64", "/usr/bin/wine")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Optional.of(Path.of(candidate));
      }
    }
    return Optional.empty();
  }

  private static int run(Path wine, Path dir, String bat) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(wine.toString(), "cmd", "/c", windows(dir) + "\\" + bat).redirectErrorStream(true)
        .redirectOutput(dir.resolve(bat + ".log").toFile());
    // One prefix for every run, kept under target/ (the first run creates it); no Mono or Gecko asked for.
    pb.environment().put("WINEPREFIX", Path.of("target", "wine-prefix").toAbsolutePath().toString());
    pb.environment().put("WINEDEBUG", "-all");
    pb.environment().put("WINEDLLOVERRIDES", "mscoree=;mshtml=");
    Process p = pb.start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "wine did not finish: " + Files.readString(dir.resolve(bat + ".log")));
    return p.exitValue();
  }

  /** A batch file as Windows writes one: CRLF line ends. */
  private static void bat(Path file, String... lines) throws IOException {
    Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.US_ASCII);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).strip();
  }

  /** The path as Wine's programs see it: the Unix root is drive Z:. */
  private static String windows(Path dir) {
    return "Z:" + dir.toAbsolutePath().toString().replace('/', '\\');
  }
}
