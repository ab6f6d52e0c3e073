package org.sargas.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sargas.model.airspace.MeasurementBasis;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;

/**
 * Turns the violations that the airspace monitor measures on the smoothed track into {@link
 * ViolationEventKind#REVISED} events of the violations reported from the filtered track (decision
 * 0802). The filtered violation keeps its id, zone and the alert it raised; the revision carries
 * the smoothed entry (time, point, 95 % interval, origin), maximum depth with its interval,
 * probability and status, and the smoothed exit once the smoothed violation has closed (until then
 * the filtered exit, if any). Several smoothed violations of one filtered violation (smoothing
 * split it) merge: first entry, last exit, greatest depth.
 *
 * <p>A smoothed violation belongs to the filtered violation of the same track and zone whose time
 * inside, widened by {@link #MATCH_SLACK_S}, overlaps its own; of several, the one with the nearest
 * entry. Smoothed violations with none are not reported (counted: the filtered track governs
 * whether there is a violation). At most one revision per violation per scan, stamped with the scan
 * time; while the smoothed violation is open and only its depth or probability grows, at most one
 * per {@link #REVISE_EVERY_S}. Not thread-safe: owned by the pipeline.
 */
public final class ViolationReviser {
  /** How far apart (s) a smoothed and a filtered violation may lie and still be one. */
  public static final double MATCH_SLACK_S = 10.0;

  /**
   * While a smoothed violation is open, its filtered violation is revised at most this often, s of
   * event time (each revision is a durable write); the first revision, a close and a change of
   * status are never held back.
   */
  public static final double REVISE_EVERY_S = 60.0;

  /** Filtered violations are forgotten this long (s) after their last event. */
  private static final double RETAIN_S = 600.0;

  /** What is known of one filtered violation. */
  private static final class Entry {
    Violation filtered;
    Instant lastEventTime;
    final Map<String, Violation> smoothed = new LinkedHashMap<>();

    /** The last revision emitted (null: none yet) and when. */
    Violation revised;

    Instant revisedAt;
  }

  /** Filtered violations by "trackId/zoneId". */
  private final Map<String, List<Entry>> byTrackZone = new HashMap<>();

  /** Entries whose latest smoothed figures wait for {@link #REVISE_EVERY_S}, in arrival order. */
  private final Set<Entry> held = new LinkedHashSet<>();

  /** Smoothed violation id → its filtered violation's entry. */
  private final Map<String, Entry> matches = new HashMap<>();

  private long unmatched;
  private Instant lastPrune;

  /** Notes the filtered violations' events of one scan. */
  public void observeFiltered(List<ViolationEvent> events) {
    for (ViolationEvent e : events) {
      Violation v = e.violation();
      List<Entry> list =
          byTrackZone.computeIfAbsent(key(v.trackId(), v.zoneId()), k -> new ArrayList<>());
      Entry found = null;
      for (Entry x : list) {
        if (x.filtered.violationId().equals(v.violationId())) {
          found = x;
        }
      }
      if (found == null) {
        found = new Entry();
        list.add(found);
      }
      found.filtered = v;
      found.lastEventTime = e.time();
    }
  }

  /**
   * The revisions that the smoothed track's violation events of one scan make.
   *
   * @param scanTime the scan's event time (the revisions' time)
   * @param smoothedEvents the smoothed monitor's events
   */
  public List<ViolationEvent> revise(Instant scanTime, List<ViolationEvent> smoothedEvents) {
    Map<String, Entry> revised = new LinkedHashMap<>();
    Map<String, Boolean> urgent = new HashMap<>();
    for (ViolationEvent e : smoothedEvents) {
      Violation s = e.violation();
      Entry entry = matches.get(s.violationId());
      if (entry == null) {
        entry = match(s);
        if (entry == null) {
          unmatched++;
          continue;
        }
        matches.put(s.violationId(), entry);
      }
      entry.smoothed.put(s.violationId(), s);
      entry.lastEventTime = scanTime;
      revised.put(entry.filtered.violationId(), entry);
      if (e.kind() != ViolationEventKind.UPDATED) {
        urgent.put(entry.filtered.violationId(), true);
      }
    }
    for (Entry entry : held) {
      revised.putIfAbsent(entry.filtered.violationId(), entry);
    }
    List<ViolationEvent> out = new ArrayList<>(revised.size());
    for (Entry entry : revised.values()) {
      Violation m = merged(entry);
      boolean due =
          entry.revised == null
              || urgent.containsKey(entry.filtered.violationId())
              || m.status() != entry.revised.status()
              || Duration.between(entry.revisedAt, scanTime).toNanos() / 1e9 >= REVISE_EVERY_S;
      if (due) {
        out.add(new ViolationEvent(ViolationEventKind.REVISED, scanTime, m));
        entry.revised = m;
        entry.revisedAt = scanTime;
        held.remove(entry);
      } else {
        held.add(entry);
      }
    }
    prune(scanTime);
    return out;
  }

  /** Smoothed violations that no filtered violation matched. */
  public long unmatched() {
    return unmatched;
  }

  private Entry match(Violation s) {
    List<Entry> list = byTrackZone.get(key(s.trackId(), s.zoneId()));
    if (list == null) {
      return null;
    }
    Entry best = null;
    double bestGapS = Double.POSITIVE_INFINITY;
    double sFrom = seconds(s.entryTime());
    double sTo = s.exitTime() == null ? Double.POSITIVE_INFINITY : seconds(s.exitTime());
    for (Entry x : list) {
      Violation f = x.filtered;
      double fFrom = seconds(f.entryTime()) - MATCH_SLACK_S;
      double fTo =
          f.exitTime() == null ? Double.POSITIVE_INFINITY : seconds(f.exitTime()) + MATCH_SLACK_S;
      if (sFrom > fTo || sTo < fFrom) {
        continue;
      }
      double gapS = Math.abs(seconds(f.entryTime()) - sFrom);
      if (gapS < bestGapS) {
        bestGapS = gapS;
        best = x;
      }
    }
    return best;
  }

  private static Violation merged(Entry entry) {
    Violation f = entry.filtered;
    Violation first = null;
    Violation deepest = null;
    Violation last = null;
    boolean allClosed = true;
    for (Violation s : entry.smoothed.values()) {
      if (first == null || s.entryTime().isBefore(first.entryTime())) {
        first = s;
      }
      if (deepest == null || s.maxDepthM() > deepest.maxDepthM()) {
        deepest = s;
      }
      if (!s.closed()) {
        allClosed = false;
      } else if (last == null || s.exitTime().isAfter(last.exitTime())) {
        last = s;
      }
    }
    Violation exit = allClosed ? last : f;
    return new Violation(
        f.violationId(),
        f.trackId(),
        f.zoneId(),
        f.zoneKind(),
        first.entryTime(),
        first.entryPoint(),
        exit.exitTime(),
        exit.exitPoint(),
        deepest.maxDepthM(),
        deepest.maxDepthTime(),
        deepest.maxDepthPoint(),
        deepest.maxDepthLow95M(),
        deepest.maxDepthHigh95M(),
        first.originCountry() != null ? first.originCountry() : f.originCountry(),
        exit.exitCountry() != null ? exit.exitCountry() : f.exitCountry(),
        deepest.probability(),
        deepest.status(),
        first.entryTimeLow95(),
        first.entryTimeHigh95(),
        exit.exitTimeLow95(),
        exit.exitTimeHigh95(),
        MeasurementBasis.SMOOTHED);
  }

  /** Forgets filtered violations silent for {@link #RETAIN_S}, at most once a minute. */
  private void prune(Instant now) {
    if (lastPrune != null && Duration.between(lastPrune, now).getSeconds() < 60) {
      return;
    }
    lastPrune = now;
    Instant limit = now.minusSeconds((long) RETAIN_S);
    for (Iterator<List<Entry>> it = byTrackZone.values().iterator(); it.hasNext(); ) {
      List<Entry> list = it.next();
      list.removeIf(x -> x.lastEventTime.isBefore(limit));
      if (list.isEmpty()) {
        it.remove();
      }
    }
    matches.values().removeIf(x -> x.lastEventTime.isBefore(limit));
    held.removeIf(x -> x.lastEventTime.isBefore(limit));
  }

  private static String key(String trackId, String zoneId) {
    return trackId + "/" + zoneId;
  }

  private static double seconds(Instant t) {
    return t.getEpochSecond() + t.getNano() / 1e9;
  }
}
