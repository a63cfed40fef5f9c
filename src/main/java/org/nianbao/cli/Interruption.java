package org.nianbao.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What Ctrl+C (SIGINT) or SIGTERM does while a command runs: the command's thread is interrupted,
 * stops reading, removes its temporary files and prints what it has done so far, and nianbao
 * exits with {@link #EXIT}. Should the command not be done within a few seconds (a library that
 * does not hear the interruption), {@code lastResort} removes the temporary files instead. The JVM
 * runs shutdown hooks and nothing else once a signal arrives, so the hook ends the process itself.
 */
final class Interruption implements AutoCloseable {
  /** The exit code of a run stopped by a signal (128 + SIGINT's 2, as shells report Ctrl+C). */
  static final int EXIT = 130;
  /** How long the command has to finish once interrupted. */
  private static final long WAIT_SECONDS = 5;

  private final Thread command;
  private final Runnable lastResort;
  private final CountDownLatch done = new CountDownLatch(1);
  private final Thread hook;
  private volatile boolean interrupted;

  private Interruption(Runnable lastResort) {
    this.command = Thread.currentThread();
    this.lastResort = lastResort;
    this.hook = new Thread(this::stop, "nianbao-stop");
  }

  /** Watches for a signal while the current thread runs a command; {@code lastResort} removes what the command could not. */
  static Interruption install(Runnable lastResort) {
    Interruption i = new Interruption(lastResort);
    Runtime.getRuntime().addShutdownHook(i.hook);
    return i;
  }

  /** Whether a signal stopped the command. */
  boolean interrupted() {
    return interrupted;
  }

  private void stop() {
    if (done.getCount() == 0) {
      return;
    }
    interrupted = true;
    command.interrupt();
    try {
      done.await(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      // Ending anyway.
    }
    lastResort.run();
    System.out.flush();
    System.err.flush();
    Runtime.getRuntime().halt(EXIT);
  }

  /** The command is done (its summary printed): the hook is no longer needed. */
  @Override
  public void close() {
    done.countDown();
    if (!interrupted) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // Shutting down already: the hook finds the command done.
      }
    }
  }
}
