package org.sargas.server.output;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs alert JSON to one URL. Each body is signed with HMAC-SHA256 under the configured key, sent
 * as {@code X-Sargas-Signature: sha256=<lower-case hex>} over the exact body octets (the receiver
 * recomputes it and compares in constant time); {@code X-Sargas-Delivery} names the delivery (the
 * same on every retry). A delivery that fails (connection error, timeout, 5xx, 408 or 429) is
 * retried after {@code retryInitial}, doubling up to 60 s, at most {@code maxAttempts} times; any
 * other 4xx is not retried. Deliveries beyond {@value #MAX_PENDING} pending are dropped. All of it
 * is counted. One sender thread; {@link #deliver} never blocks.
 */
public final class AlertWebhook implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertWebhook.class);

  /** Deliveries waiting (first attempt or retry) at most. */
  public static final int MAX_PENDING = 1000;

  /** The signature header. */
  public static final String SIGNATURE_HEADER = "X-Sargas-Signature";

  private static final Duration MAX_DELAY = Duration.ofSeconds(60);

  private final String id;
  private final URI url;
  private final byte[] key;
  private final int maxAttempts;
  private final Duration retryInitial;
  private final HttpClient http;
  private final ScheduledExecutorService sender;
  private final AtomicInteger pending = new AtomicInteger();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failedAttempts = new AtomicLong();
  private final AtomicLong givenUp = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();

  /**
   * @param key the HMAC-SHA256 key (empty: the signature header is left out)
   */
  public AlertWebhook(String id, URI url, byte[] key, int maxAttempts, Duration retryInitial) {
    this.id = id;
    this.url = url;
    this.key = key.clone();
    this.maxAttempts = maxAttempts;
    this.retryInitial = retryInitial;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    this.sender =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("webhook-" + id).unstarted(r));
  }

  /** HMAC-SHA256 of the body under the key, as {@code sha256=<hex>}. */
  public static String signature(byte[] key, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Queues one delivery of a JSON body. */
  public void deliver(String deliveryId, String json) {
    if (pending.incrementAndGet() > MAX_PENDING) {
      pending.decrementAndGet();
      dropped.incrementAndGet();
      return;
    }
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    try {
      sender.execute(() -> attempt(deliveryId, body, 1));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      pending.decrementAndGet();
      dropped.incrementAndGet();
    }
  }

  private void attempt(String deliveryId, byte[] body, int attempt) {
    int status = -1;
    String error = null;
    try {
      HttpRequest.Builder r =
          HttpRequest.newBuilder(url)
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .header("X-Sargas-Delivery", deliveryId)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      if (key.length > 0) {
        r.header(SIGNATURE_HEADER, signature(key, body));
      }
      status = http.send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      error = e.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pending.decrementAndGet();
      return;
    }
    if (status >= 200 && status < 300) {
      delivered.incrementAndGet();
      pending.decrementAndGet();
      return;
    }
    failedAttempts.incrementAndGet();
    boolean retryable = status < 0 || status >= 500 || status == 408 || status == 429;
    if (!retryable || attempt >= maxAttempts) {
      givenUp.incrementAndGet();
      pending.decrementAndGet();
      LOG.warn(
          "webhook {}: delivery {} given up after {} attempt(s): {}",
          id,
          deliveryId,
          attempt,
          error != null ? error : "HTTP " + status);
      return;
    }
    Duration delay = retryInitial.multipliedBy(1L << Math.min(attempt - 1, 20));
    if (delay.compareTo(MAX_DELAY) > 0) {
      delay = MAX_DELAY;
    }
    try {
      sender.schedule(
          () -> attempt(deliveryId, body, attempt + 1), delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      pending.decrementAndGet();
    }
  }

  /** Deliveries accepted with a 2xx. */
  public long delivered() {
    return delivered.get();
  }

  /** Attempts that failed (each retry counts). */
  public long failedAttempts() {
    return failedAttempts.get();
  }

  /** Deliveries abandoned (attempts exhausted or not retryable). */
  public long givenUp() {
    return givenUp.get();
  }

  /** Deliveries dropped because too many were pending. */
  public long dropped() {
    return dropped.get();
  }

  @Override
  public void close() {
    sender.shutdownNow();
    http.close();
  }
}
