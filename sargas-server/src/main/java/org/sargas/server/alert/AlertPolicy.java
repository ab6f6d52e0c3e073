package org.sargas.server.alert;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.Severity;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;

/**
 * Turns violation events and sensor outages into operator alerts: one CRITICAL {@code VIOLATION}
 * alert per violation, raised on its OPENED event (later events of the same violation raise nothing
 * — deduplication by violation id); one WARNING {@code SENSOR_DOWN} alert per outage. Alert ids
 * are derived from the data ({@code A-<violationId>}, {@code A-DOWN-<sensor>-<epoch ms>}), so a
 * replay of the same frames raises the same alerts. Not thread-safe: the pipeline thread owns it.
 */
public final class AlertPolicy {
  private final Set<String> raised = new HashSet<>();

  /** The alert an event raises, or null. */
  public Alert onViolation(ViolationEvent event) {
    Violation v = event.violation();
    if (event.kind() != ViolationEventKind.OPENED && raised.contains(v.violationId())) {
      return null;
    }
    if (!raised.add(v.violationId())) {
      return null;
    }
    if (raised.size() > 100_000) {
      raised.clear();
      raised.add(v.violationId());
    }
    String from = v.originCountry() == null ? "" : " from " + v.originCountry();
    return new Alert(alertId(v.violationId()), AlertKind.VIOLATION, Severity.CRITICAL, v.entryTime(), v.trackId(),
        v.zoneId(), v.trackId() + " entered " + v.zoneId() + from);
  }

  /** The alert for a sensor that went silent. */
  public Alert onSensorDown(String sensorId, Instant time) {
    return new Alert("A-DOWN-" + sensorId + "-" + time.toEpochMilli(), AlertKind.SENSOR_DOWN, Severity.WARNING, time,
        null, null, "sensor " + sensorId + " silent for two update periods");
  }

  /** The id of the alert of a violation. */
  public static String alertId(String violationId) {
    return "A-" + violationId;
  }
}
