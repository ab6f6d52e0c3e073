package org.sargas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.geo.GeoPoint;

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
}
