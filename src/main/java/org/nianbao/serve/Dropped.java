package org.nianbao.serve;

import java.nio.file.Path;
import java.util.concurrent.Future;
import org.nianbao.message.Message;
import org.nianbao.model.Outcome;

/** One file dropped on the page (or fetched for it) and what became of it. */
final class Dropped {
  /** Where a dropped file is: its code for the page's script, and its words for the page. */
  enum State {
    WAITING("waiting", "serve.status.waiting"),
    READING("reading", "serve.status.reading"),
    DONE("done", "serve.status.done"),
    FAILED("failed", "serve.status.failed");

    final String code;
    final Message words;

    State(String code, String message) {
      this.code = code;
      this.words = Message.of(message);
    }
  }

  final int id;
  final String name;
  final Path file;
  volatile State state = State.WAITING;
  volatile Outcome outcome;
  volatile Path workbook;
  Future<?> reading;

  Dropped(int id, String name, Path file) {
    this.id = id;
    this.name = name;
    this.file = file;
  }
}
