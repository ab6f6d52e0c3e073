package org.sargas.store.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.Severity;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.airspace.ViolationStatus;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/** Seeded incidents (violation life cycles, alerts, tracks) for tests. */
public final class Incidents {
  private Incidents() {}

  /** A violation of {@code trackId} in LTU entering at {@code entry}, open or closed. */
  public static Violation violation(String trackId, Instant entry, double depthM, Instant exit) {
    GeoPoint in = new GeoPoint(54.6, 25.9, 3000);
    return new Violation(
        trackId + "/LTU/" + entry.toEpochMilli(),
        trackId,
        "LTU",
        ZoneKind.NATIONAL_AIRSPACE,
        entry,
        in,
        exit,
        exit == null ? null : new GeoPoint(54.61, 25.95, 3100),
        depthM,
        entry.plusSeconds(20),
        new GeoPoint(54.62, 25.93, Double.NaN),
        depthM * 0.9,
        depthM * 1.1,
        "BLR",
        exit == null ? null : "BLR",
        0.97,
        ViolationStatus.CONFIRMED);
  }

  /** OPENED, a few UPDATEDs with growing depth, CLOSED: the life cycle of one violation. */
  public static List<ViolationEvent> lifeCycle(String trackId, Instant entry, int updates) {
    List<ViolationEvent> out = new ArrayList<>();
    out.add(
        new ViolationEvent(ViolationEventKind.OPENED, entry, violation(trackId, entry, 10, null)));
    for (int i = 1; i <= updates; i++) {
      Instant t = entry.plusSeconds(5L * i);
      out.add(
          new ViolationEvent(
              ViolationEventKind.UPDATED, t, violation(trackId, entry, 10 + 100.0 * i, null)));
    }
    Instant exit = entry.plusSeconds(5L * (updates + 1));
    out.add(
        new ViolationEvent(
            ViolationEventKind.CLOSED,
            exit,
            violation(trackId, entry, 10 + 100.0 * updates, exit)));
    return out;
  }

  /** The alert raised for a violation. */
  public static Alert alertFor(Violation v) {
    return new Alert(
        "alert/" + v.violationId(),
        AlertKind.VIOLATION,
        Severity.CRITICAL,
        v.entryTime(),
        v.trackId(),
        v.zoneId(),
        "Track " + v.trackId() + " entered " + v.zoneId());
  }

  /** {@code n} track estimates 1 s apart, seeded. */
  public static List<Track> track(String trackId, Instant start, int n, long seed) {
    Random rnd = new Random(seed);
    List<Track> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          new Track(
              trackId,
              start.plusSeconds(i),
              new GeoPoint(54.5 + i * 0.001, 25.8 + rnd.nextDouble() * 0.01, 3000 + i),
              200 + rnd.nextGaussian(),
              10,
              0,
              150,
              160,
              5,
              i < 3 ? TrackState.TENTATIVE : TrackState.CONFIRMED,
              new Identity(null, null, i % 2 == 0 ? "7700" : null, null, null),
              new Classification(TargetClass.FAST_JET, 0.8, "speed"),
              i + 1));
    }
    return out;
  }
}
