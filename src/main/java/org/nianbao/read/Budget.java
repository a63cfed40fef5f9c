package org.nianbao.read;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import org.nianbao.message.Message;

/**
 * The work one input may cost: time, and counts of what a hostile file multiplies (drawing
 * instructions, characters, elements, paragraphs, pictures to recognise). An input is read on a
 * thread that carries its budget; the readers' hot loops spend from it ({@link #spend}), and past a
 * limit, or once the time is up or the budget is cancelled, the next spend throws {@link OverBudget}
 * on that thread, so the work really stops. Sizes are refused before the memory is taken
 * ({@link #refuse}). Code run on a thread without a budget (a reader used on its own) spends
 * nothing. docs/limits.md gives the limits and what the largest real reports use of them.
 */
public final class Budget {
  /** What is counted. */
  public enum Work {
    /** PDF drawing instructions run, those of forms drawn by others included. */
    OPERATIONS("budget.operations"),
    /** PDF characters drawn. */
    CHARACTERS("budget.characters"),
    /** Elements of a Word file's XML or of a web page. */
    NODES("budget.nodes"),
    /** Lines of a text file, paragraphs and table cells of a Word file. */
    PARAGRAPHS("budget.paragraphs"),
    /** Pictures read by optical recognition. */
    PICTURES("budget.pictures");

    private final String code;

    Work(String code) {
      this.code = code;
    }
  }

  /** The limits of one input: its time, more time for each picture it reads (seconds a page), and the most of each {@link Work}. */
  public record Limits(long millis, long millisPerPicture, long operations, long characters, long nodes, long paragraphs, long pictures) {
    /** The limits of every run; no real report comes near them (docs/limits.md). */
    public static final Limits STANDARD = new Limits(20_000, 15_000, 3_000_000, 500_000, 2_000_000, 50_000, 200);

    /** The most of {@code w} one input may cost. */
    public long of(Work w) {
      return switch (w) {
        case OPERATIONS -> operations;
        case CHARACTERS -> characters;
        case NODES -> nodes;
        case PARAGRAPHS -> paragraphs;
        case PICTURES -> pictures;
      };
    }
  }

  /** How many times {@link #spend} goes by between two looks at the clock. */
  private static final int CLOCK_EVERY = 256;

  private final Limits limits;
  private final AtomicLongArray spent = new AtomicLongArray(Work.values().length);
  private final long start = System.nanoTime();
  private volatile long deadline;
  /** Why the work must stop, once it must. */
  private volatile Message stop;
  private int calls;

  public Budget(Limits limits) {
    this.limits = limits;
    this.deadline = start + limits.millis() * 1_000_000;
  }

  /**
   * A thread that can carry a budget: what runs on it while it carries one spends from it. Threads
   * are kept and reused from input to input (a fresh thread for each lost every library's
   * per-thread caches, a third of a text report's reading time).
   */
  private static final class Worker extends Thread {
    volatile Budget budget;

    Worker(Budget budget, Runnable task, String name) {
      super(task, name);
      this.budget = budget;
      setDaemon(true);
    }
  }

  /** Makes the daemon threads inputs are worked on: {@link #apply} runs an input's work on one under its budget. */
  public static ThreadFactory workers(String name) {
    return task -> new Worker(null, task, name);
  }

  /** Runs {@code task} on the current thread, one {@link #workers} made, spending from this budget. */
  public void apply(Runnable task) {
    Worker w = (Worker) Thread.currentThread();
    w.budget = this;
    try {
      task.run();
    } finally {
      w.budget = null;
    }
  }

  /**
   * Makes threads for work the current input shares out (its pictures, read side by side): they
   * spend from its budget. Off a budgeted thread they are plain daemon threads.
   */
  public static ThreadFactory sharing(String name) {
    Budget b = current();
    return task -> {
      Thread t = b == null ? new Thread(task, name) : new Worker(b, task, name);
      t.setDaemon(true);
      return t;
    };
  }

  private static Budget current() {
    return Thread.currentThread() instanceof Worker w ? w.budget : null;
  }

  /** Spends {@code n} of {@code work} from the current input's budget; throws once it is spent. */
  public static void spend(Work work, long n) {
    Budget b = current();
    if (b != null) {
      b.take(work, n);
    }
  }

  /** Throws if the current input's time is up or its work must stop, spending nothing. */
  public static void check() {
    Budget b = current();
    if (b != null) {
      b.take(null, 0);
    }
  }

  /**
   * Refuses, before the work or memory is spent, what would take more than {@code limit}: {@code
   * estimate} is what the input asks for (a stream's inflated size, a page's elements), {@code why}
   * says so with the limit; it is worded only when the input is refused (checks run on every page
   * and stream).
   */
  public static void refuse(long estimate, long limit, Supplier<Message> why) {
    Budget b = current();
    if (b != null && estimate > limit) {
      Message said = why.get();
      b.stop = said;
      throw new OverBudget(said);
    }
  }

  /** A picture is about to be read: it takes its own seconds, so the time grows by its share. */
  public static void picture() {
    Budget b = current();
    if (b != null) {
      b.take(Work.PICTURES, 1);
      synchronized (b) {
        b.deadline += b.limits.millisPerPicture() * 1_000_000;
      }
    }
  }

  private void take(Work work, long n) {
    Message why = stop;
    if (why == null && work != null && spent.addAndGet(work.ordinal(), n) > limits.of(work)) {
      why = Message.of(work.code, grouped(limits.of(work)));
    }
    if (why == null && (work == null || ++calls % CLOCK_EVERY == 0) && System.nanoTime() - deadline > 0) {
      why = overTime();
    }
    if (why != null) {
      stop = why;
      throw new OverBudget(why);
    }
  }

  /** A count as people read large numbers: 20,000,000. */
  public static String grouped(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  /** Nanoseconds left before the time is up (negative once it is). */
  public long remainingNanos() {
    return deadline - System.nanoTime();
  }

  /** The reason an input ran out of time: the seconds it was given. */
  public Message overTime() {
    return Message.of("budget.time", (deadline - start) / 1_000_000_000);
  }

  /** Makes every later spend on this budget throw, with {@code why}: the input is given up. */
  public void cancel(Message why) {
    if (stop == null) {
      stop = why;
    }
  }

  /** Why the work had to stop, or null while it may go on. */
  public Message stopped() {
    return stop;
  }

  /** How much of {@code work} was spent (for measuring real reports against the limits). */
  public long spent(Work work) {
    return spent.get(work.ordinal());
  }
}
