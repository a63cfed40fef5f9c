package org.nianbao.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The page's listening socket: each connection read on a thread of its own, one request per
 * connection ({@link Exchange}), with deadlines for the head, the body and the answer. Threads
 * are many more than a handful of idle connections can hold (each held at most
 * {@link Exchange#HEAD_MILLIS}); past them a connection is closed at once, so the server never
 * queues behind idle sockets.
 */
final class PageServer implements AutoCloseable {
  /** Connections served at once. */
  static final int MAX_CONNECTIONS = 64;

  /** What answers a request whose head has been read. */
  interface Handler {
    void handle(Exchange x, Exchange.Request r) throws IOException;
  }

  private final ServerSocket socket;
  private final Handler handler;
  private final ThreadPoolExecutor connections =
      new ThreadPoolExecutor(0, MAX_CONNECTIONS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> daemon(task, "nianbao-page"));
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "nianbao-page-deadlines"));

  private PageServer(ServerSocket socket, Handler handler) {
    this.socket = socket;
    this.handler = handler;
  }

  /** Listens on {@code port} (0: a free one) of {@code address}. */
  static PageServer start(InetAddress address, int port, Handler handler) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.bind(new InetSocketAddress(address, port), 128);
    PageServer s = new PageServer(socket, handler);
    daemon(s::accept, "nianbao-page-listener").start();
    return s;
  }

  InetSocketAddress address() {
    return (InetSocketAddress) socket.getLocalSocketAddress();
  }

  private static Thread daemon(Runnable task, String name) {
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    return t;
  }

  private void accept() {
    while (!socket.isClosed()) {
      Socket s;
      try {
        s = socket.accept();
      } catch (IOException e) {
        continue;
      }
      try {
        s.setSoTimeout((int) Exchange.HEAD_MILLIS);
        Deadline d = new Deadline(timer, s);
        d.restart(Exchange.HEAD_MILLIS);
        connections.execute(() -> serve(s, d));
      } catch (IOException | RejectedExecutionException e) {
        // Every thread busy: the connection is closed at once rather than left waiting.
        closeQuietly(s);
      }
    }
  }

  private void serve(Socket s, Deadline d) {
    try (s) {
      Exchange x = new Exchange(s, d);
      try {
        Exchange.Request r = x.request();
        d.pause();
        handler.handle(x, r);
      } catch (Exchange.Malformed m) {
        x.send(m.status, "text/plain; charset=utf-8", String.valueOf(m.status).getBytes(StandardCharsets.US_ASCII));
      } catch (RuntimeException e) {
        x.send(500, "text/plain; charset=utf-8", ("500：" + e.getClass().getSimpleName()).getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // The client went away, or its time ran out: nothing to answer.
    } finally {
      d.pause();
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // Closed already.
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // Closed already.
    }
    connections.shutdownNow();
    timer.shutdownNow();
  }
}
