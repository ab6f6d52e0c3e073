package org.sargas.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.websocket.WsContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
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
 */
public final class Broadcaster implements PicturePublisher, AutoCloseable {
  private final ObjectMapper json = new ObjectMapper();
  private final Set<WsContext> clients = ConcurrentHashMap.newKeySet();
  private final ThreadPoolExecutor executor;
  private final AtomicLong dropped;
  private final AtomicLong sent;
  private final ServeMetrics.Histogram alertLatency;
  private volatile Supplier<Map<String, Object>> snapshot = Map::of;

  public Broadcaster(ServeMetrics metrics) {
    dropped =
        metrics.counter(
            "sargas_ws_dropped_total", "", "WebSocket messages dropped (publisher queue full)");
    sent = metrics.counter("sargas_ws_messages_total", "", "WebSocket messages sent (per client)");
    alertLatency =
        metrics.histogram(
            "sargas_alert_latency_seconds",
            "From receipt of the frame that completed the scan to the alert handed to every WebSocket client");
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
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("type", "snapshot");
          m.putAll(snapshot.get());
          send(ctx, write(m));
          clients.add(ctx);
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
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("type", "tracks");
          m.put("sentAtMs", System.currentTimeMillis());
          m.put("time", time.toString());
          m.put("tracks", changed.stream().map(ApiJson::track).toList());
          m.put("dropped", droppedIds);
          broadcast(write(m));
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

  private void broadcast(String text) {
    for (WsContext c : clients) {
      send(c, text);
    }
  }

  private void send(WsContext c, String text) {
    try {
      c.send(text);
      sent.incrementAndGet();
    } catch (RuntimeException e) {
      clients.remove(c);
    }
  }

  private String write(Object o) {
    try {
      return json.writeValueAsString(o);
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
