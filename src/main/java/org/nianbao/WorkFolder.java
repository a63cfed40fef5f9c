package org.nianbao;

import java.io.IOException;
import java.nio.file.Path;
import org.nianbao.output.RunFolder;

/**
 * A folder of a run's own in the system's temporary folder ({@code nianbao-KIND-PID-N}), deleted
 * with all it holds when closed; folders that runs killed outright left are swept when one is made.
 */
public final class WorkFolder implements AutoCloseable {
  private final RunFolder folder;

  private WorkFolder(RunFolder folder) {
    this.folder = folder;
  }

  /** Makes the folder of a run of the local page. */
  public static WorkFolder forPage() throws IOException {
    return new WorkFolder(RunFolder.create("serve"));
  }

  public Path path() {
    return folder.path();
  }

  /** Deletes the folder and all it holds. */
  @Override
  public void close() {
    folder.close();
  }

  /** Deletes the folders of this process's runs: what a run stopped at once (Ctrl+C) could not delete itself. */
  public static void deleteOurs() {
    RunFolder.deleteOurs();
  }
}
