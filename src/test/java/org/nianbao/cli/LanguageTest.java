package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The language the command line speaks: --lang first, then the environment as the user wrote it
 * (even where Java, lacking the locale's data, fell back to English), then the system's display
 * language; and what serve says of a port it cannot have.
 */
class LanguageTest {
  private static final String[] NONE = {};

  @Test
  void theEnvironmentNamesTheLanguageEvenWhereJavaFellBack() {
    assertEquals(Locale.SIMPLIFIED_CHINESE, Language.of(NONE, Map.of("LANG", "zh_CN.UTF-8"), Locale.ENGLISH));
    assertEquals(Locale.SIMPLIFIED_CHINESE, Language.of(NONE, Map.of("LC_MESSAGES", "zh_TW.Big5", "LANG", "en_US.UTF-8"), Locale.ENGLISH));
    assertEquals(Locale.ENGLISH, Language.of(NONE, Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8"), Locale.CHINESE), "LC_ALL wins, as POSIX says");
    assertEquals(Locale.ENGLISH, Language.of(NONE, Map.of("LANG", "en_GB.UTF-8"), Locale.CHINESE));
    assertEquals(Locale.SIMPLIFIED_CHINESE, Language.of(NONE, Map.of("NIANBAO_LANG", "zh_CN.UTF-8", "LC_ALL", "C.UTF-8"), Locale.ENGLISH),
        "the launcher keeps the user's language when it sets LC_ALL for file names");
    assertEquals(Locale.SIMPLIFIED_CHINESE, Language.of(NONE, Map.of(), Locale.CHINA), "no POSIX variables (Windows): the display language");
    assertEquals(Locale.ENGLISH, Language.of(NONE, Map.of(), Locale.US));
  }

  @Test
  void langOverridesTheEnvironment() {
    assertEquals(Locale.ENGLISH, Language.of(new String[] {"convert", "--lang", "en", "x.txt"}, Map.of("LANG", "zh_CN.UTF-8"), Locale.CHINA));
    assertEquals(Locale.SIMPLIFIED_CHINESE, Language.of(new String[] {"--lang=zh", "extract", "x.txt"}, Map.of("LANG", "C"), Locale.US));
    assertEquals(Locale.ENGLISH, Language.of(new String[] {"extract", "--", "--lang=zh"}, Map.of("LANG", "C"), Locale.US), "after -- it is a file's name");
  }

  @Test
  void everyCommandTakesLang() {
    CommandRun cli = new CommandRun();
    for (String command : new String[] {"convert", "merge", "extract", "serve", "bench"}) {
      assertEquals(0, cli.run(command, "--lang", "en", "--help"), command);
      assertTrue(cli.out().contains("--lang=zh|en"), command + ": " + cli.out());
    }
    assertEquals(ExitCodes.USAGE, cli.run("extract", "--lang", "fr", "x.txt"));
  }

  @Test
  void servesOnlyOnAPortItCanHaveAndSaysSoInOneSentence() throws Exception {
    CommandRun zh = new CommandRun(Locale.SIMPLIFIED_CHINESE);
    assertEquals(ExitCodes.USAGE, zh.run("serve", "--no-browser", "--port", "70000"));
    assertEquals("nianbao: 端口须在 0 到 65535 之间，不能是 70000\n", zh.err());
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertEquals(ExitCodes.USAGE, zh.run("serve", "--no-browser", "--port", String.valueOf(taken.getLocalPort())));
      assertEquals("nianbao: 端口 " + taken.getLocalPort() + " 已被占用：请用 --port 换一个端口，或不写 --port，让 nianbao 自选一个空闲端口\n", zh.err());
    }
  }
}
