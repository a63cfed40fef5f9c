package org.nianbao;

import java.nio.file.Path;
import java.util.Objects;
import org.nianbao.output.AtomicFiles;

/**
 * Where a conversion writes: a folder, each workbook named from its report's agency and year (two
 * of one agency and year get distinct names, in input order), or one file for one report; and
 * whether a file there that nianbao did not write (or a workbook whose corrections cannot be told)
 * is replaced. Immutable.
 *
 * @param output the folder, or the {@code .xlsx} file
 * @param folder whether {@code output} is a folder
 * @param replace whether files there are replaced whatever they hold (a person's corrections are then not carried over)
 */
public record ConvertOptions(Path output, boolean folder, boolean replace) {
  public ConvertOptions {
    Objects.requireNonNull(output, "output");
  }

  /** Workbooks into {@code folder}, named from their reports. */
  public static ConvertOptions toFolder(Path folder) {
    return new ConvertOptions(folder, true, false);
  }

  /** The one report's workbook into {@code file}. */
  public static ConvertOptions toFile(Path file) {
    return new ConvertOptions(file, false, false);
  }

  public ConvertOptions withReplace(boolean replaceAll) {
    return new ConvertOptions(output, folder, replaceAll);
  }

  /** The folder the workbooks are written in. */
  Path folderWritten() {
    return folder ? output : output.toAbsolutePath().getParent();
  }

  /**
   * Deletes the temporary files this process left where these options write: what a conversion
   * stopped at once (a process ending on Ctrl+C) could not delete itself.
   */
  public void deleteTemporaryFiles() {
    AtomicFiles.sweep(folderWritten(), true);
  }
}
