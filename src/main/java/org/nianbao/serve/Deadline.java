package org.nianbao.serve;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * When a connection's current phase (its head, its body, the answer) must be over: then the socket
 * is closed, which ends whatever read or write waits on it. Paused while the server itself works.
 */
final class Deadline {
  private final ScheduledExecutorService timer;
  private final Socket socket;
  private ScheduledFuture<?> closing;

  Deadline(ScheduledExecutorService timer, Socket socket) {
    this.timer = timer;
    this.socket = socket;
  }

  /** The socket is closed {@code millis} from now unless the deadline is moved or paused first. */
  synchronized void restart(long millis) {
    pause();
    closing = timer.schedule(this::close, millis, TimeUnit.MILLISECONDS);
  }

  /** No deadline for now. */
  synchronized void pause() {
    if (closing != null) {
      closing.cancel(false);
      closing = null;
    }
  }

  private void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // Closed already.
    }
  }
}
