package org.sargas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.Severity;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/** One alert per violation, id derived from the violation, later events deduplicated. */
class AlertPolicyTest {
  @Test
  void oneAlertPerViolation() {
    Instant t = Instant.parse("2025-10-23T15:05:34Z");
    Violation v =
        new Violation(
            "T7/LTU/1",
            "T7",
            "LTU",
            ZoneKind.NATIONAL_AIRSPACE,
            t,
            new GeoPoint(54.6, 22.7, 0),
            null,
            null,
            700,
            t,
            null,
            600,
            800,
            "RUS",
            null,
            1.0,
            null);
    AlertPolicy p = new AlertPolicy();
    var a = p.onViolation(new ViolationEvent(ViolationEventKind.OPENED, t, v));
    assertNotNull(a);
    assertEquals("A-T7/LTU/1", a.alertId());
    assertEquals(AlertKind.VIOLATION, a.kind());
    assertEquals("T7 entered LTU from RUS", a.message());
    assertNull(p.onViolation(new ViolationEvent(ViolationEventKind.UPDATED, t.plusSeconds(1), v)));
    assertNull(p.onViolation(new ViolationEvent(ViolationEventKind.OPENED, t, v)));
    assertNull(p.onViolation(new ViolationEvent(ViolationEventKind.CLOSED, t.plusSeconds(18), v)));
    assertEquals(AlertKind.SENSOR_DOWN, p.onSensorDown("R", t).kind());
  }

  @Test
  void cooperativeCivilTrafficIsAWarningAndEverythingElseCritical() {
    Instant t = Instant.parse("2025-10-23T15:05:34Z");
    Violation v =
        new Violation(
            "T8/LTU/1",
            "T8",
            "LTU",
            ZoneKind.NATIONAL_AIRSPACE,
            t,
            new GeoPoint(54.6, 22.7, 0),
            null,
            null,
            700,
            t,
            null,
            600,
            800,
            "POL",
            null,
            1.0,
            null);
    ViolationEvent opened = new ViolationEvent(ViolationEventKind.OPENED, t, v);
    record Case(Identity identity, TargetClass cls, Severity expected) {}
    for (Case c :
        List.of(
            new Case(
                new Identity("48AE01", "LOT781", "2341", null, null),
                TargetClass.LARGE_AIRCRAFT,
                Severity.WARNING),
            new Case(
                new Identity(null, null, "2341", null, null),
                TargetClass.UNKNOWN,
                Severity.WARNING),
            new Case(
                new Identity("48AE01", "LOT781", null, null, null),
                TargetClass.LARGE_AIRCRAFT,
                Severity.WARNING),
            new Case(
                new Identity(null, null, "7000", null, null),
                TargetClass.UNKNOWN,
                Severity.CRITICAL),
            new Case(
                new Identity(null, null, "7500", null, null),
                TargetClass.LARGE_AIRCRAFT,
                Severity.CRITICAL),
            new Case(
                new Identity("48AE01", null, null, null, null),
                TargetClass.UNKNOWN,
                Severity.CRITICAL),
            new Case(
                new Identity(null, null, "2341", null, null),
                TargetClass.FAST_JET,
                Severity.CRITICAL),
            new Case(
                new Identity(null, null, "2341", null, null),
                TargetClass.SMALL_DRONE,
                Severity.CRITICAL),
            new Case(Identity.NONE, TargetClass.UNKNOWN, Severity.CRITICAL))) {
      Track track =
          new Track(
              "T8",
              t,
              new GeoPoint(54.6, 22.7, 10_000),
              200,
              0,
              0,
              100,
              100,
              0,
              TrackState.CONFIRMED,
              c.identity(),
              new Classification(c.cls(), 0.9, "test"),
              10);
      Alert a = new AlertPolicy().onViolation(opened, track);
      assertEquals(c.expected(), a.severity(), c.toString());
    }
    assertEquals(
        Severity.CRITICAL,
        new AlertPolicy().onViolation(opened, null).severity(),
        "unknown track: critical");
  }
}
