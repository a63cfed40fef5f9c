package org.nianbao.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.nianbao.message.Message;

/**
 * Writes a file so that readers see either the old file or the whole new one: the bytes go to a
 * temporary file in the same folder, which is then renamed over the target. A failed write leaves
 * nothing behind.
 */
public final class AtomicFiles {
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
    Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
    FirstFailure out = null;
    try {
      Files.createDirectories(dir);
      try (FirstFailure o = new FirstFailure(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
        out = o;
        content.writeTo(o);
      }
      move(tmp, target, replace);
    } catch (IOException e) {
      throw cannotWrite(target, out == null || out.first == null ? e : out.first);
    } finally {
      if (out != null) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** An I/O failure as one line that names the file and says what went wrong. */
  public static WriteException cannotWrite(Path target, IOException cause) {
    if (cause instanceof WriteException w) {
      return w;
    }
    Object why = String.valueOf(cause.getMessage());
    if (cause instanceof FileSystemException f && f.getReason() == null) {
      why = cause instanceof FileAlreadyExistsException ? Message.of("write.not_a_folder", f.getFile())
          : cause instanceof NoSuchFileException ? Message.of("write.no_folder", f.getFile())
          : cause instanceof AccessDeniedException ? Message.of("write.denied", f.getFile())
          : cause.getClass().getSimpleName() + ": " + f.getFile();
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
