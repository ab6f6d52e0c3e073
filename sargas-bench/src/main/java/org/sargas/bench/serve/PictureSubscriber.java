package org.sargas.bench.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WebSocket client of {@code /ws/picture} (docs/api.md) that measures what it receives: messages
 * and characters; per {@code tracks} message the delay from the server's {@code sentAtMs} stamp to
 * the receipt of its last fragment (wall clock, same machine); and each violation's first message
 * (receipt time, entry latitude). It keeps at most the first 64 KiB of a message: a {@code tracks}
 * message of 10,000 tracks is not assembled, only timed.
 */
final class PictureSubscriber implements WebSocket.Listener {
  private static final Pattern SENT = Pattern.compile("\"sentAtMs\":(\\d+)");
  private static final int KEEP_CHARS = 64 * 1024;

  /** A violation's first message: when it arrived, its id and entry latitude. */
  record ViolationSeen(long receiveNanos, String violationId, double entryLatDeg) {}

  private final ObjectMapper json = new ObjectMapper();
  private final StringBuilder head = new StringBuilder();
  private final List<ViolationSeen> violations = new ArrayList<>();
  private final java.util.Set<String> violationIds = new java.util.HashSet<>();
  private final List<Long> delaysMs = new ArrayList<>();
  private final AtomicLong messages = new AtomicLong();
  private final AtomicLong chars = new AtomicLong();
  private volatile boolean measuring = true;
  private WebSocket socket;

  /** Connects with a bearer token; completes when the socket is open. */
  static CompletableFuture<PictureSubscriber> connect(HttpClient http, URI uri, String token) {
    PictureSubscriber s = new PictureSubscriber();
    return http.newWebSocketBuilder()
        .header("Authorization", "Bearer " + token)
        .buildAsync(uri, s)
        .thenApply(
            w -> {
              s.socket = w;
              return s;
            });
  }

  @Override
  public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
    chars.addAndGet(data.length());
    if (head.length() < KEEP_CHARS) {
      head.append(data, 0, Math.min(data.length(), KEEP_CHARS - head.length()));
    }
    if (last) {
      long nowNanos = System.nanoTime();
      long nowMs = System.currentTimeMillis();
      messages.incrementAndGet();
      if (head.length() > 40 && head.indexOf("\"type\":\"tracks\"") >= 0 && measuring) {
        Matcher m = SENT.matcher(head.subSequence(0, Math.min(200, head.length())));
        if (m.find()) {
          synchronized (delaysMs) {
            delaysMs.add(nowMs - Long.parseLong(m.group(1)));
          }
        }
      } else if (head.indexOf("{\"type\":\"violation\"") == 0) {
        violation(nowNanos);
      }
      head.setLength(0);
    }
    w.request(1);
    return null;
  }

  private void violation(long nowNanos) {
    try {
      JsonNode v = json.readTree(head.toString()).path("violation");
      String id = v.path("violationId").asText();
      synchronized (violations) {
        if (violationIds.add(id)) {
          violations.add(new ViolationSeen(nowNanos, id, v.path("entryLat").asDouble(Double.NaN)));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Violations seen, first message each, in order of arrival. */
  List<ViolationSeen> violations() {
    synchronized (violations) {
      return List.copyOf(violations);
    }
  }

  /** Delays of the {@code tracks} messages measured so far, ms; clears them. */
  List<Long> takeDelaysMs() {
    synchronized (delaysMs) {
      List<Long> d = List.copyOf(delaysMs);
      delaysMs.clear();
      return d;
    }
  }

  /** Stops recording delays. */
  void stopMeasuring() {
    measuring = false;
  }

  long messages() {
    return messages.get();
  }

  long chars() {
    return chars.get();
  }

  void abort() {
    if (socket != null) {
      socket.abort();
    }
  }
}
