package org.nianbao;

import java.util.Objects;
import java.util.function.BiConsumer;
import org.nianbao.message.Message;
import org.nianbao.model.Outcome;

/**
 * How reports are read: whether pictures (scans, photographed tables) are read by OCR, how many
 * files at once, and who is told as they are read. Immutable; each {@code with…} returns a copy.
 *
 * <pre>{@code
 * ReadOptions o = ReadOptions.defaults().withPictures(false).withThreads(2);
 * }</pre>
 *
 * @param pictures whether pictures are read (slow: seconds a page)
 * @param threads files read at once, at least one (fewer are taken as one)
 * @param pictureProgress told of each picture as its reading starts: the file, and what is read
 * @param readAsPart told of an input that another input of the batch read as its part (the input's own outcome, the report's), instead of the batch's sink
 */
public record ReadOptions(boolean pictures, int threads, BiConsumer<String, Message> pictureProgress, BiConsumer<Outcome, Outcome> readAsPart) {
  public ReadOptions {
    threads = Math.max(1, threads);
    Objects.requireNonNull(pictureProgress, "pictureProgress");
    Objects.requireNonNull(readAsPart, "readAsPart");
  }

  /** Pictures read, as many files at once as there are cores, no one told. */
  public static ReadOptions defaults() {
    return new ReadOptions(true, Runtime.getRuntime().availableProcessors(), (file, what) -> { }, (part, report) -> { });
  }

  public ReadOptions withPictures(boolean read) {
    return new ReadOptions(read, threads, pictureProgress, readAsPart);
  }

  public ReadOptions withThreads(int n) {
    return new ReadOptions(pictures, n, pictureProgress, readAsPart);
  }

  public ReadOptions withPictureProgress(BiConsumer<String, Message> told) {
    return new ReadOptions(pictures, threads, told, readAsPart);
  }

  public ReadOptions withReadAsPart(BiConsumer<Outcome, Outcome> told) {
    return new ReadOptions(pictures, threads, pictureProgress, told);
  }
}
