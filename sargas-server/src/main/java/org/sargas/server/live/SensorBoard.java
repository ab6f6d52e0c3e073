package org.sargas.server.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sargas.server.config.SensorConfig;

/**
 * Feed status of every configured sensor: UNKNOWN until its first frame, UP while frames arrive,
 * DOWN when silent for more than two update periods. Written by the pipeline thread only; read by
 * API threads through {@link #snapshot()} (synchronized).
 */
public final class SensorBoard {
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  private static final class Entry {
    final SensorConfig config;
    String status = "UNKNOWN";
    Instant lastFrame;
    long frames;
    long errors;

    Entry(SensorConfig config) {
      this.config = config;
    }
  }

  public SensorBoard(List<SensorConfig> sensors) {
    for (SensorConfig s : sensors) {
      entries.put(s.id(), new Entry(s));
    }
  }

  /** A frame of the sensor arrived; returns true if its status changed to UP. */
  public synchronized boolean alive(String sensorId, Instant time) {
    Entry e = entries.get(sensorId);
    if (e == null) {
      return false;
    }
    e.frames++;
    if (e.lastFrame == null || time.isAfter(e.lastFrame)) {
      e.lastFrame = time;
    }
    if (!"UP".equals(e.status)) {
      e.status = "UP";
      return true;
    }
    return false;
  }

  /** A decode error attributed to the sensor. */
  public synchronized void error(String sensorId) {
    Entry e = entries.get(sensorId);
    if (e != null) {
      e.errors++;
    }
  }

  /** Marks sensors silent for two update periods DOWN; returns the ids that went down. */
  public synchronized List<String> checkSilence(Instant now) {
    List<String> down = new ArrayList<>();
    for (Entry e : entries.values()) {
      if ("UP".equals(e.status) && e.lastFrame != null) {
        Duration silence = Duration.between(e.lastFrame, now);
        if (silence.toNanos() > 2 * e.config.updatePeriodS() * 1e9) {
          e.status = "DOWN";
          down.add(e.config.id());
        }
      }
    }
    return down;
  }

  /** Number of sensors in a status. */
  public synchronized int count(String status) {
    int n = 0;
    for (Entry e : entries.values()) {
      n += status.equals(e.status) ? 1 : 0;
    }
    return n;
  }

  /** The {@code Sensor} objects of the API. */
  public synchronized List<SensorView> snapshot() {
    List<SensorView> out = new ArrayList<>();
    for (Entry e : entries.values()) {
      SensorConfig c = e.config;
      out.add(
          new SensorView(
              c.id(),
              c.name() == null ? c.id() : c.name(),
              c.kind().name(),
              c.latDeg(),
              c.lonDeg(),
              c.maxRangeM(),
              c.updatePeriodS(),
              e.status,
              e.lastFrame == null ? null : e.lastFrame.toString(),
              e.frames,
              e.errors));
    }
    return out;
  }
}
