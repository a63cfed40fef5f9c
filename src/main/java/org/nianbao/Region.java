package org.nianbao;

import java.nio.file.Path;
import java.util.Optional;
import org.nianbao.place.Gazetteer;
import org.nianbao.message.Message;

/**
 * A region within which agencies whose names do not say where they are placed are placed: for
 * every report, or for the reports under {@code folder}.
 */
record Region(String name, Optional<Path> folder) {
  /**
   * A {@code 地区[=文件夹]} argument (浙江省绍兴市, or 浙江省绍兴市=文件夹), validated.
   *
   * @throws OptionException when the place is not exactly one administrative division
   */
  static Region parse(String argument) {
    int eq = argument.indexOf('=');
    Region r = eq < 0 ? new Region(argument, Optional.empty()) : new Region(argument.substring(0, eq), Optional.of(Path.of(argument.substring(eq + 1))));
    if (Gazetteer.load().place(r.name).division().isEmpty()) {
      throw new OptionException(Message.of("cli.region_unknown", r.name), null);
    }
    return r;
  }
}
