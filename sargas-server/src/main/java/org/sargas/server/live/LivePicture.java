package org.sargas.server.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.server.config.HistorySettings;

/**
 * The current air picture and a bounded per-track history (one point per {@code minSpacingS} of
 * event time, at most {@code points} per track). Written by the pipeline thread; read by API
 * threads (all methods synchronized).
 */
public final class LivePicture {
  private final Map<String, Track> tracks = new HashMap<>();
  private final Map<String, History> history = new HashMap<>();
  private final int points;
  private final long minSpacingNanos;
  private Instant time;

  /** Points of one track in a ring. */
  static final class History {
    final long[] timeNs;
    final float[] lat;
    final float[] lon;
    final float[] alt;
    int start;
    int size;
    Track last;

    History(int n) {
      timeNs = new long[n];
      lat = new float[n];
      lon = new float[n];
      alt = new float[n];
    }
  }

  /** A history point. */
  public record Point(Instant time, double lat, double lon, double altM) {}

  public LivePicture(HistorySettings settings) {
    this.points = Math.max(2, settings.points());
    this.minSpacingNanos = (long) (settings.minSpacingS() * 1e9);
  }

  /** Applies one scan's changed tracks; returns the ids dropped by it. */
  public synchronized List<String> apply(Instant scanTime, List<Track> changed) {
    time = scanTime;
    List<String> dropped = new ArrayList<>();
    for (Track t : changed) {
      if (t.state() == TrackState.DROPPED) {
        if (tracks.remove(t.trackId()) != null) {
          dropped.add(t.trackId());
        }
        History h = history.get(t.trackId());
        if (h != null && h.size == 0) {
          history.remove(t.trackId());
        }
        continue;
      }
      if (t.state() == TrackState.TENTATIVE) {
        continue;
      }
      tracks.put(t.trackId(), t);
      History h = history.computeIfAbsent(t.trackId(), k -> new History(points));
      long ns = t.time().getEpochSecond() * 1_000_000_000L + t.time().getNano();
      int lastIdx = (h.start + h.size - 1) % points;
      if (h.size == 0 || ns - h.timeNs[lastIdx] >= minSpacingNanos) {
        int idx = (h.start + h.size) % points;
        if (h.size == points) {
          h.start = (h.start + 1) % points;
          idx = (h.start + h.size - 1) % points;
        } else {
          h.size++;
        }
        h.timeNs[idx] = ns;
        h.lat[idx] = (float) t.position().latDeg();
        h.lon[idx] = (float) t.position().lonDeg();
        h.alt[idx] = (float) t.position().altitudeM();
      }
      h.last = t;
    }
    if (history.size() > 4 * Math.max(1000, tracks.size())) {
      history.keySet().removeIf(id -> !tracks.containsKey(id));
    }
    return dropped;
  }

  /** Confirmed and coasting tracks. */
  public synchronized List<Track> tracks() {
    List<Track> out = new ArrayList<>(tracks.values());
    out.sort(java.util.Comparator.comparing(Track::trackId));
    return out;
  }

  /** The live track, or the last state of a recently dropped one, or null. */
  public synchronized Track track(String id) {
    Track t = tracks.get(id);
    if (t == null) {
      History h = history.get(id);
      return h == null ? null : h.last;
    }
    return t;
  }

  /** History points of a track in time order. */
  public synchronized List<Point> history(String id) {
    History h = history.get(id);
    List<Point> out = new ArrayList<>();
    if (h != null) {
      for (int k = 0; k < h.size; k++) {
        int i = (h.start + k) % points;
        out.add(new Point(Instant.ofEpochSecond(0, h.timeNs[i]), h.lat[i], h.lon[i], h.alt[i]));
      }
    }
    return out;
  }

  /** Ids of all tracks with history. */
  public synchronized List<String> historyIds() {
    return new ArrayList<>(history.keySet());
  }

  /** Time of the last scan, or null. */
  public synchronized Instant time() {
    return time;
  }

  /** Number of live tracks. */
  public synchronized int size() {
    return tracks.size();
  }
}
