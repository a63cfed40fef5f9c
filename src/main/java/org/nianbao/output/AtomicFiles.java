package org.nianbao.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.message.Message;

/**
 * Writes a file so that readers see either the old file or the whole new one: the bytes go to a
 * temporary file in the same folder, which is then renamed over the target. A failed write leaves
 * nothing behind.
 */
public final class AtomicFiles {
  /** Bytes a temporary name adds to the target's: a dot before; a dot, the process number, a dash, 16 random digits and {@code .part} after. */
  static final int TEMPORARY_BYTES = 1 + 1 + 10 + 1 + 16 + 5;
  /** A temporary name: the process that writes it, and its random part (a UUID in earlier versions). */
  private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(?:(\\d+)-[0-9a-f]{16}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.part");
  /** A temporary file this old, even of a process still running, is no longer being written. */
  private static final Duration STALE = Duration.ofMinutes(10);

  private AtomicFiles() {}

  /** What writes the content. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code target} atomically; refuses to replace an existing file unless {@code replace}. */
  public static void write(Path target, boolean replace, Content content) throws IOException {
    if (!replace && Files.exists(target)) {
      throw new WriteException(Message.of("write.exists", target), null);
    }
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = dir.resolve(temporaryName(target.getFileName().toString()));
    FirstFailure out = null;
    boolean made = false;
    try {
      Files.createDirectories(dir);
      try (FirstFailure o = new FirstFailure(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
        made = true;
        out = o;
        // Buffered: a zip writes its headers a byte at a time (1,586 of 1,703 writes of a workbook).
        BufferedOutputStream buffered = new BufferedOutputStream(o, 1 << 16);
        content.writeTo(buffered);
        buffered.flush();
      }
      move(tmp, target, replace);
      made = false;
    } catch (IOException e) {
      throw cannotWrite(target, out == null || out.first == null ? e : out.first);
    } finally {
      if (made) {
        remove(tmp);
      }
    }
  }

  /**
   * Deletes a temporary file that was not renamed. A folder made read-only while the file was
   * written keeps it, unless the folder is this user's: then it is made writable for the moment
   * of the deletion and given back its permissions. What still cannot be deleted is swept later.
   */
  private static void remove(Path tmp) {
    try {
      Files.deleteIfExists(tmp);
    } catch (AccessDeniedException e) {
      Path dir = tmp.getParent();
      try {
        Set<PosixFilePermission> was = Files.getPosixFilePermissions(dir);
        if (!was.contains(PosixFilePermission.OWNER_WRITE) && Files.getOwner(dir).equals(Files.getOwner(tmp))) {
          Set<PosixFilePermission> writable = EnumSet.copyOf(was);
          writable.add(PosixFilePermission.OWNER_WRITE);
          Files.setPosixFilePermissions(dir, writable);
          try {
            Files.deleteIfExists(tmp);
          } finally {
            Files.setPosixFilePermissions(dir, was);
          }
        }
      } catch (IOException | UnsupportedOperationException again) {
        // Not a folder of ours to open up: a later run sweeps the file.
      }
    } catch (IOException e) {
      // Swept by a later run.
    }
  }

  /**
   * The name a file is written under before it is renamed: hidden, the target's name (cut so the
   * whole stays within 255 bytes), this process's number, a random part and {@code .part}.
   */
  static String temporaryName(String target) {
    return "." + SafeNames.cut(target, SafeNames.MAX_NAME_BYTES - TEMPORARY_BYTES) + "." + ProcessHandle.current().pid() + "-"
        + String.format("%016x", ThreadLocalRandom.current().nextLong()) + ".part";
  }

  /**
   * Deletes, in {@code folder} (not below it), the temporary files nianbao left there: those of
   * this process when {@code ours} (a run stopped by Ctrl+C), else those of processes that have
   * ended and those no longer written for ten minutes. Nothing else is ever touched.
   */
  public static void sweep(Path folder, boolean ours) {
    long self = ProcessHandle.current().pid();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.part")) {
      for (Path p : entries) {
        Matcher m = TEMPORARY.matcher(p.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        long pid = m.group(1) == null ? -1 : Long.parseLong(m.group(1));
        boolean stale = ours ? pid == self : pid != self && (pid < 0 || RunFolder.ended(pid, Files.getLastModifiedTime(p))) || RunFolder.olderThan(p, STALE);
        if (stale) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Sweeping is a courtesy: a run never fails for it.
    }
  }

  private static boolean isTemporary(Path p) {
    return p.getFileName() != null && TEMPORARY.matcher(p.getFileName().toString()).matches();
  }

  /** An I/O failure as one line that names the file and says what went wrong. */
  public static WriteException cannotWrite(Path target, IOException cause) {
    if (cause instanceof WriteException w) {
      return w;
    }
    Object why = String.valueOf(cause.getMessage());
    if (cause instanceof FileSystemException f && f.getReason() != null) {
      // The system's own words (Read-only file system, No space left on device), without the temporary file's name.
      why = f.getReason();
    } else if (cause instanceof FileSystemException f) {
      // A temporary file is named by its folder: the user knows the target, not the file it was written under.
      Object file = f.getFile() != null && isTemporary(Path.of(f.getFile())) ? Path.of(f.getFile()).getParent() : f.getFile();
      why = cause instanceof FileAlreadyExistsException ? Message.of("write.not_a_folder", file)
          : cause instanceof NoSuchFileException ? Message.of("write.no_folder", file)
          : cause instanceof AccessDeniedException ? Message.of("write.denied", file)
          : cause.getClass().getSimpleName() + ": " + file;
    }
    return new WriteException(Message.of("write.failed", target, why), cause);
  }

  private static void move(Path tmp, Path target, boolean replace) throws IOException {
    try {
      if (replace) {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (AtomicMoveNotSupportedException e) {
      if (replace) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(tmp, target);
      }
    }
  }

  /**
   * Remembers the first write that failed: a library writing a zip reports a full disk as a later,
   * vaguer failure ("unclosed entries"), and the user needs the first one.
   */
  private static final class FirstFailure extends FilterOutputStream {
    private IOException first;

    FirstFailure(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    private IOException remember(IOException e) {
      if (first == null) {
        first = e;
      }
      return e;
    }
  }
}
