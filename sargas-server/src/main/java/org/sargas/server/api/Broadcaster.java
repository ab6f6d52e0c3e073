package org.sargas.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.websocket.WsContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.Violation;
import org.sargas.model.track.Track;
import org.sargas.server.json.ViolationJson;
import org.sargas.server.live.PicturePublisher;
import org.sargas.server.live.SensorView;
import org.sargas.server.live.ServeMetrics;
import org.sargas.store.incident.Acknowledgement;

/**
 * Publishes the live picture to WebSocket clients ({@code /ws/picture}, docs/api.md). The pipeline
 * hands messages over without blocking: they are serialised and sent on one publisher thread
 * through a bounded queue (messages beyond it are dropped and counted). Clients get a snapshot on
 * connect.
 *
 * <p>Fan-out: each message is serialised once, to UTF-8, and every client is sent the same bytes (a
 * read-only view of them) as one text frame, asynchronously. A client that has not yet taken
 * {@value #MAX_IN_FLIGHT} earlier messages (a slow reader, a slow link) is not sent {@code tracks}
 * deltas, which would only pile up in its send queue; it is marked for a resync and, once it has
 * caught up, gets a fresh snapshot (which the map treats as a reset) instead of the next delta.
 * Violation, alert and sensor messages are always sent.
 */
public final class Broadcaster implements PicturePublisher, AutoCloseable {
  /** Messages sent to one client and not yet written, beyond which deltas are skipped. */
  static final int MAX_IN_FLIGHT = 2;

  private final ObjectMapper json = new ObjectMapper();
  private final Map<WsContext, Client> clients = new ConcurrentHashMap<>();
  private final ThreadPoolExecutor executor;
  private final AtomicLong dropped;
  private final AtomicLong sent;
  private final AtomicLong skipped;
  private final AtomicLong resyncs;
  private final ServeMetrics.Histogram alertLatency;
  private final ServeMetrics.Histogram fanOut;
  private volatile Supplier<Map<String, Object>> snapshot = Map::of;
  // the last snapshot serialised, until the next message changes the picture (publisher thread)
  private ByteBuffer cachedSnapshot;

  /** One connected client: its messages in flight, and whether it missed a delta. */
  private static final class Client {
    final WsContext ctx;
    final AtomicInteger inFlight = new AtomicInteger();
    volatile boolean resync;

    Client(WsContext ctx) {
      this.ctx = ctx;
    }
  }

  public Broadcaster(ServeMetrics metrics) {
    dropped =
        metrics.counter(
            "sargas_ws_dropped_total", "", "WebSocket messages dropped (publisher queue full)");
    sent = metrics.counter("sargas_ws_messages_total", "", "WebSocket messages sent (per client)");
    skipped =
        metrics.counter(
            "sargas_ws_skipped_total",
            "",
            "Track deltas not sent to a client still writing earlier messages (it resyncs)");
    resyncs =
        metrics.counter(
            "sargas_ws_resyncs_total", "", "Snapshots sent to clients that had skipped deltas");
    alertLatency =
        metrics.histogram(
            "sargas_alert_latency_seconds",
            "From receipt of the frame that completed the scan to the alert handed to every WebSocket client");
    fanOut =
        metrics.histogram(
            "sargas_ws_fanout_seconds",
            "From serialising a tracks message to handing it to the last WebSocket client");
    executor =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(20_000),
            r -> {
              Thread t = new Thread(r, "sargas-publisher");
              t.setDaemon(true);
              return t;
            },
            (r, e) -> dropped.incrementAndGet());
    metrics.gauge("sargas_ws_clients", "", "Connected WebSocket clients", clients::size);
    metrics.gauge(
        "sargas_queue_depth",
        "queue=\"publisher\"",
        "Queue depths",
        () -> executor.getQueue().size());
  }

  /** Sets the supplier of the snapshot sent on connect. */
  public void snapshot(Supplier<Map<String, Object>> supplier) {
    this.snapshot = supplier;
  }

  /** A client connected: send it the snapshot, then the stream. */
  public void connect(WsContext ctx) {
    executor.execute(
        () -> {
          Client c = new Client(ctx);
          send(c, snapshotMessage());
          clients.put(ctx, c);
        });
  }

  /** A client went away. */
  public void disconnect(WsContext ctx) {
    clients.remove(ctx);
  }

  @Override
  public void tracks(Instant time, List<Track> changed, List<String> droppedIds) {
    if (clients.isEmpty() || (changed.isEmpty() && droppedIds.isEmpty())) {
      return;
    }
    executor.execute(
        () -> {
          long t0 = System.nanoTime();
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("type", "tracks");
          m.put("sentAtMs", System.currentTimeMillis());
          m.put("time", time.toString());
          m.put("tracks", changed.stream().map(ApiJson::track).toList());
          m.put("dropped", droppedIds);
          ByteBuffer delta = write(m);
          cachedSnapshot = null;
          ByteBuffer fresh = null;
          for (Client c : clients.values()) {
            if (c.inFlight.get() >= MAX_IN_FLIGHT) {
              c.resync = true;
              skipped.incrementAndGet();
            } else if (c.resync) {
              if (fresh == null) {
                fresh = snapshotMessage();
              }
              c.resync = false;
              resyncs.incrementAndGet();
              send(c, fresh);
            } else {
              send(c, delta);
            }
          }
          fanOut.observeNanos(System.nanoTime() - t0);
        });
  }

  @Override
  public void violation(Violation v) {
    executor.execute(
        () -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("type", "violation");
          m.put("violation", ViolationJson.toMap(v));
          broadcast(write(m));
        });
  }

  @Override
  public void alert(
      Alert a, String state, Acknowledgement ack, String violationId, long receiveNanos) {
    executor.execute(
        () -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("type", "alert");
          m.put("alert", ApiJson.alert(a, state, ack, violationId));
          broadcast(write(m));
          if (receiveNanos != 0) {
            alertLatency.observeNanos(System.nanoTime() - receiveNanos);
          }
        });
  }

  @Override
  public void sensors(List<SensorView> sensors) {
    executor.execute(
        () -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("type", "sensors");
          m.put("sensors", sensors);
          broadcast(write(m));
        });
  }

  /**
   * The snapshot message: serialised once for every client that connects (or resyncs) before the
   * picture next changes.
   */
  private ByteBuffer snapshotMessage() {
    if (cachedSnapshot == null) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "snapshot");
      m.putAll(snapshot.get());
      cachedSnapshot = write(m);
    }
    return cachedSnapshot;
  }

  private void broadcast(ByteBuffer utf8) {
    cachedSnapshot = null;
    for (Client c : clients.values()) {
      send(c, utf8);
    }
  }

  /**
   * Sends one text frame of {@code utf8} (shared by every client; each gets a read-only view)
   * without waiting for it to be written.
   */
  private void send(Client c, ByteBuffer utf8) {
    try {
      Session session = c.ctx.session;
      c.inFlight.incrementAndGet();
      if (session instanceof WebSocketSession ws) {
        ws.getCoreSession()
            .sendFrame(
                new Frame(OpCode.TEXT, utf8.asReadOnlyBuffer()),
                org.eclipse.jetty.util.Callback.from(c.inFlight::decrementAndGet, e -> failed(c)),
                false);
      } else {
        session.sendText(
            StandardCharsets.UTF_8.decode(utf8.duplicate()).toString(),
            org.eclipse.jetty.websocket.api.Callback.from(
                c.inFlight::decrementAndGet, e -> failed(c)));
      }
      sent.incrementAndGet();
    } catch (RuntimeException e) {
      failed(c);
    }
  }

  private void failed(Client c) {
    c.inFlight.decrementAndGet();
    clients.remove(c.ctx);
  }

  /**
   * The message as UTF-8 in a direct buffer: the socket writes of every client then read it in
   * place (a heap buffer would be copied to a direct one once per client).
   */
  private ByteBuffer write(Object o) {
    try {
      byte[] utf8 = json.writeValueAsBytes(o);
      return ByteBuffer.allocateDirect(utf8.length).put(utf8).flip();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
