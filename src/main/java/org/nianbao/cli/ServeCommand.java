package org.nianbao.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.nianbao.WorkFolder;
import org.nianbao.message.Message;
import org.nianbao.serve.LocalServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** nianbao as a local page: what a double-click on the jar starts. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false)
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand NianbaoCommand parent;

  @Option(names = "--port", paramLabel = "N", descriptionKey = "port")
  int port;

  @Option(names = "--no-browser", descriptionKey = "no-browser")
  boolean noBrowser;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    // A port the system cannot give is the user's to change: one sentence, a usage error.
    if (port < 0 || port > 65_535) {
      err.println("nianbao: " + parent.messages.render(Message.of("serve.port_range", port)));
      return ExitCodes.USAGE;
    }
    LocalServer started;
    try {
      started = LocalServer.start(port);
    } catch (java.net.BindException e) {
      err.println("nianbao: " + parent.messages.render(Message.of("serve.port_in_use", port)));
      return ExitCodes.USAGE;
    }
    try (LocalServer server = started; Interruption signal = Interruption.install(() -> {
      server.close();
      WorkFolder.deleteOurs();
    })) {
      err.println(parent.messages.render(Message.of("serve.address", server.address())));
      err.flush();
      if (!noBrowser) {
        open(server, err);
      }
      try {
        server.awaitStop();
      } catch (InterruptedException e) {
        // Ctrl+C: the uploads are deleted with the server, whatever is being read or merged.
        server.close();
        err.println(parent.messages.render(Message.of("serve.stopped")));
        err.flush();
        return Interruption.EXIT;
      }
      err.println(parent.messages.render(Message.of("serve.stopped")));
      return ExitCodes.OK;
    }
  }

  /** Opens the page in the default browser, when there is a desktop to open it on. */
  private void open(LocalServer server, PrintWriter err) {
    try {
      if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        Desktop.getDesktop().browse(server.address());
        return;
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // No browser to open: the address printed above is opened by hand.
    }
    err.println(parent.messages.render(Message.of("serve.open_by_hand")));
    err.flush();
  }
}
