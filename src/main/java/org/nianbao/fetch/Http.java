package org.nianbao.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.nianbao.message.Message;

/**
 * The only way nianbao reaches another machine: HTTP(S) GETs made on the user's command, politely.
 * One request at a time to a host, a pause between two to the same host, a time limit on each
 * response (headers and body together), a size limit enforced as the body arrives, redirects
 * followed by hand and bounded, a failed request tried again after a growing pause when the fault
 * may pass (a timeout, a refused connection, 429 or 5xx), and a User-Agent that says what is asking.
 */
final class Http {
  /** How the requests are made; see {@link Fetcher.Options}. */
  record Policy(Duration delay, Duration timeout, long maxBytes, int maxRedirects, int retries, String userAgent) {}

  /**
   * A response that came back whole: where it ended after redirects, what it says, its type, the
   * file name it may give ({@code Content-Disposition}) and, for a redirect, where it points.
   */
  record Response(URI uri, int status, String contentType, String disposition, String location, byte[] body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final Policy policy;
  private final HttpClient client;
  /** When each host was last asked, to keep the pause between two requests; also what requests to it wait on. */
  private final Map<String, long[]> hosts = new ConcurrentHashMap<>();

  Http(Policy policy) {
    this.policy = policy;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(policy.timeout())
        .build();
  }

  /** The response to a GET of {@code uri}, redirects followed; a status other than 2xx is a failure. */
  Response get(URI uri) throws FetchFailure {
    URI at = uri;
    for (int hop = 0; ; hop++) {
      Response r = tried(at);
      if (r.status() >= 300 && r.status() < 400 && !r.location().isEmpty()) {
        if (hop >= policy.maxRedirects()) {
          throw new FetchFailure(Message.of("fetch.too_many_redirects", policy.maxRedirects()));
        }
        at = Addresses.resolve(at, r.location()).orElseThrow(() -> new FetchFailure(Message.of("fetch.bad_redirect")));
        continue;
      }
      if (!r.ok()) {
        throw new FetchFailure(Message.of("fetch.status", r.status()));
      }
      return r;
    }
  }

  /** One address asked, tried again when the fault may pass. */
  private Response tried(URI uri) throws FetchFailure {
    FetchFailure last = null;
    for (int attempt = 0; attempt <= policy.retries(); attempt++) {
      if (attempt > 0) {
        pause(policy.delay().multipliedBy(1L << attempt).plusMillis(250L * attempt));
      }
      try {
        Response r = once(uri);
        if (r.status() == 429 || r.status() >= 500) {
          last = new FetchFailure(Message.of("fetch.status", r.status()));
          continue;
        }
        return r;
      } catch (FetchFailure f) {
        if (!f.passing()) {
          throw f;
        }
        last = f;
      }
    }
    throw last;
  }

  private Response once(URI uri) throws FetchFailure {
    long[] host = hosts.computeIfAbsent(uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT), h -> new long[] {0});
    synchronized (host) {
      long wait = host[0] + policy.delay().toMillis() - System.currentTimeMillis();
      if (host[0] > 0 && wait > 0) {
        pause(Duration.ofMillis(wait));
      }
      try {
        return send(uri);
      } finally {
        host[0] = System.currentTimeMillis();
      }
    }
  }

  private Response send(URI uri) throws FetchFailure {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .GET()
        .timeout(policy.timeout())
        .header("User-Agent", policy.userAgent())
        .header("Accept", "text/html,application/xhtml+xml,application/pdf,application/ofd,*/*;q=0.8")
        .header("Accept-Language", "zh-CN,zh;q=0.9")
        .build();
    CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, info -> new Limited(policy.maxBytes(), info));
    try {
      HttpResponse<byte[]> r = pending.get(policy.timeout().toMillis() * 2, TimeUnit.MILLISECONDS);
      return new Response(r.uri(), r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
          r.headers().firstValue("Content-Disposition").orElse(""), r.headers().firstValue("Location").orElse(""), r.body());
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new FetchFailure(Message.of("fetch.timeout", policy.timeout().toSeconds()), true);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchFailure(Message.of("fetch.interrupted"));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof TooLarge) {
        throw new FetchFailure(Message.of("fetch.too_large", policy.maxBytes() / 1048576));
      }
      if (cause instanceof HttpTimeoutException) {
        throw new FetchFailure(Message.of("fetch.timeout", policy.timeout().toSeconds()), true);
      }
      if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException) {
        // Said in words, not the JDK's English (often no message at all): no answer from that address.
        throw new FetchFailure(Message.of("fetch.unreachable", uri.getHost()), true);
      }
      if (cause instanceof javax.net.ssl.SSLException) {
        throw new FetchFailure(Message.of("fetch.tls"));
      }
      if (cause instanceof IOException io) {
        throw new FetchFailure(Message.of("fetch.io", io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage()), true);
      }
      throw new FetchFailure(Message.of("fetch.io", String.valueOf(cause)));
    } catch (IllegalArgumentException e) {
      throw new FetchFailure(Message.of("fetch.bad_address"));
    }
  }

  private static void pause(Duration d) throws FetchFailure {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchFailure(Message.of("fetch.interrupted"));
    }
  }

  /** A body larger than the limit. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Takes a body no larger than {@code max} bytes: a Content-Length above it is refused before a
   * byte is read, and a body that grows past it is cut off where it does.
   */
  private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final List<ByteBuffer> parts = new ArrayList<>();
    private long size;
    private Flow.Subscription subscription;

    Limited(long max, HttpResponse.ResponseInfo info) {
      this.max = max;
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > max) {
        result.completeExceptionally(new TooLarge());
      }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (result.isDone()) {
        s.cancel();
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer b : items) {
        size += b.remaining();
        if (size > max) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge());
          return;
        }
        parts.add(b);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      byte[] out = new byte[(int) size];
      int at = 0;
      for (ByteBuffer b : parts) {
        int n = b.remaining();
        b.get(out, at, n);
        at += n;
      }
      result.complete(out);
    }
  }
}
