package org.nianbao.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A run's own temporary folder, {@code nianbao-KIND-PID-N} in the system's temporary folder: every
 * temporary file of a merge, and the files dropped on the page, are made in it, and it is deleted
 * with the run, Ctrl+C included. A run killed outright leaves it; the next run sweeps it, told by
 * its name and by its process being gone (or its number taken by a process started since). Older
 * nianbao's temporary files, made straight in the temporary folder, are swept once a day old.
 * Nothing else is ever touched.
 */
public final class RunFolder implements AutoCloseable {
  private static final Pattern OURS = Pattern.compile("nianbao-(?:run|serve)-(\\d+)-\\d+");
  /** What nianbao made in the temporary folder before runs had folders of their own. */
  private static final Pattern OLDER = Pattern.compile("nianbao-(?:serve-\\d+|sheet-\\d+\\.xml|sections\\d+\\.bin|\\d+\\.csv\\.part)");
  private static final Duration OLD = Duration.ofDays(1);

  private final Path path;

  private RunFolder(Path path) {
    this.path = path;
  }

  /** Makes the folder of a run of {@code kind} (run, serve), after sweeping the folders runs left behind. */
  public static RunFolder create(String kind) throws IOException {
    Path system = Path.of(System.getProperty("java.io.tmpdir"));
    sweep(system);
    return new RunFolder(Files.createTempDirectory(system, "nianbao-" + kind + "-" + ProcessHandle.current().pid() + "-"));
  }

  public Path path() {
    return path;
  }

  /** Deletes the folder and all it holds. */
  @Override
  public void close() {
    delete(path);
  }

  /** Deletes a folder and all it holds, as far as it can. */
  public static void delete(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Gone already, or not ours to delete: a later run sweeps what is left.
    }
  }

  /** Deletes the folders of this process's runs (what a stopped run could not delete itself). */
  public static void deleteOurs() {
    Path system = Path.of(System.getProperty("java.io.tmpdir"));
    String self = String.valueOf(ProcessHandle.current().pid());
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(system, "nianbao-*")) {
      for (Path p : entries) {
        Matcher m = OURS.matcher(p.getFileName().toString());
        if (m.matches() && m.group(1).equals(self)) {
          delete(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Swept by a later run.
    }
  }

  /** Deletes, in {@code system}, the folders of runs that ended without deleting them, and older nianbao's temporary files a day old. */
  static void sweep(Path system) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(system, "nianbao-*")) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        Matcher m = OURS.matcher(name);
        if (m.matches() && Files.isDirectory(p) && ended(Long.parseLong(m.group(1)), Files.getLastModifiedTime(p))
            || OLDER.matcher(name).matches() && olderThan(p, OLD)) {
          delete(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Sweeping is a courtesy: a run never fails for it.
    }
  }

  /**
   * Whether the process {@code pid}, which last changed a file at {@code changed}, has ended: none
   * runs under that number, or the one that does started after that change.
   */
  static boolean ended(long pid, FileTime changed) {
    Optional<ProcessHandle> p = ProcessHandle.of(pid);
    if (p.isEmpty() || !p.get().isAlive()) {
      return true;
    }
    Optional<Instant> started = p.get().info().startInstant();
    return started.isPresent() && started.get().isAfter(changed.toInstant().plusSeconds(1));
  }

  /** Whether the file was last changed longer ago than {@code age}. */
  static boolean olderThan(Path p, Duration age) throws IOException {
    return Files.getLastModifiedTime(p).toInstant().isBefore(Instant.now().minus(age));
  }
}
