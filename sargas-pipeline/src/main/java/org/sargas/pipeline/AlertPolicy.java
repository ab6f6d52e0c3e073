package org.sargas.pipeline;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.Severity;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.airspace.Warning;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;

/**
 * Turns violation events, early warnings and sensor outages into operator alerts: one CRITICAL
 * {@code VIOLATION} alert per violation, raised on its OPENED event (later events of the same
 * violation raise nothing — deduplication by violation id); one WARNING {@code EARLY_WARNING} alert
 * per track and zone, on the first prediction that the track will enter the zone (carrying the
 * predicted entry time, point and lead time; later re-predictions raise nothing, and none is raised
 * once the track has violated that zone); one WARNING {@code SENSOR_DOWN} alert per outage. Alert
 * ids are derived from the data ({@code A-<violationId>}, {@code W-<track>/<zone>/<epoch ms>},
 * {@code A-DOWN-<sensor>-<epoch ms>}), so a replay of the same frames raises the same alerts. Not
 * thread-safe: the pipeline thread owns it.
 */
public final class AlertPolicy {
  private final Set<String> raised = new HashSet<>();
  private final Set<String> warned = new HashSet<>();

  /** The alert an event raises, or null. */
  public Alert onViolation(ViolationEvent event) {
    return onViolation(event, null);
  }

  /**
   * The alert an event raises, or null. A violation by cooperative civil traffic ({@link
   * #cooperativeCivil}) is a WARNING, not CRITICAL: an airliner squawking a discrete code on an
   * airway is not an intrusion an operator must act on in seconds (flight-plan correlation and
   * STANAG 1241 identity refine this; a spoofed squawk is the security issue's concern).
   *
   * @param track the track's update that caused the event, or null when unknown (CRITICAL then)
   */
  public Alert onViolation(ViolationEvent event, Track track) {
    Violation v = event.violation();
    if (event.kind() == ViolationEventKind.REVISED) {
      return null; // the violation's alert was raised on the filtered track
    }
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
    warned.add(v.trackId() + "/" + v.zoneId());
    String from = v.originCountry() == null ? "" : " from " + v.originCountry();
    boolean civil = track != null && cooperativeCivil(track);
    StandardIdentity si = v.identity().standardIdentity();
    Severity severity = severity(si, civil);
    String why =
        si != StandardIdentity.PENDING
            ? " — "
                + si
                + (v.identity().reasons().isEmpty() ? "" : ": " + v.identity().reasons().get(0))
            : civil ? " (cooperative civil traffic: " + cooperation(track) + ")" : "";
    return new Alert(
        alertId(v.violationId()),
        AlertKind.VIOLATION,
        severity,
        v.entryTime(),
        v.trackId(),
        v.zoneId(),
        v.trackId() + " entered " + v.zoneId() + from + why);
  }

  /**
   * The severity of a violation by a track of standard identity {@code si}: CRITICAL for suspect
   * and hostile (and their exercise forms), WARNING for neutral, INFO for friends; an unknown or
   * pending track is CRITICAL unless it is cooperative civil traffic (WARNING).
   */
  public static Severity severity(StandardIdentity si, boolean cooperativeCivil) {
    return switch (si) {
      case HOSTILE, SUSPECT, JOKER, FAKER -> Severity.CRITICAL;
      case NEUTRAL -> Severity.WARNING;
      case FRIEND, ASSUMED_FRIEND -> Severity.INFO;
      case UNKNOWN, PENDING -> cooperativeCivil ? Severity.WARNING : Severity.CRITICAL;
    };
  }

  /**
   * The INFO alert of cleared traffic entering a protected zone (once per crossing), or null.
   *
   * @param clearance what cleared it (flight plan or diplomatic clearance), for the operator
   */
  public Alert onCrossing(ViolationEvent event, String clearance) {
    Violation v = event.violation();
    if (event.kind() != ViolationEventKind.OPENED || !raised.add("C-" + v.violationId())) {
      return null;
    }
    warned.add(v.trackId() + "/" + v.zoneId());
    return new Alert(
        "C-" + v.violationId(),
        AlertKind.CROSSING,
        Severity.INFO,
        v.entryTime(),
        v.trackId(),
        v.zoneId(),
        v.trackId()
            + " crossed into "
            + v.zoneId()
            + (v.originCountry() == null ? "" : " from " + v.originCountry())
            + (clearance == null ? "" : " (" + clearance + ")"));
  }

  /** Mode 3/A codes that identify no flight: conspicuity, VFR, emergencies, military/test. */
  private static final Set<String> NON_DISCRETE =
      Set.of("0000", "1200", "2000", "7000", "7500", "7600", "7700", "7777");

  /**
   * Whether a track is cooperative civil traffic: it replies with a discrete Mode 3/A code (not a
   * conspicuity, VFR or emergency code) or carries a Mode S address with a callsign, and its class
   * is not military or uncrewed (not a fast jet, drone or loitering munition).
   */
  public static boolean cooperativeCivil(Track t) {
    Identity id = t.identity();
    if (id == null) {
      return false;
    }
    boolean discrete = id.mode3a() != null && !NON_DISCRETE.contains(id.mode3a());
    boolean modeS = id.icaoAddress() != null && id.callsign() != null;
    TargetClass c =
        t.classification() == null ? TargetClass.UNKNOWN : t.classification().targetClass();
    return (discrete || modeS) && c != TargetClass.FAST_JET && !c.isDrone();
  }

  private static String cooperation(Track t) {
    Identity id = t.identity();
    StringBuilder b = new StringBuilder();
    if (id.mode3a() != null) {
      b.append("squawk ").append(id.mode3a());
    }
    if (id.callsign() != null) {
      b.append(b.length() > 0 ? ", " : "").append(id.callsign());
    }
    if (id.icaoAddress() != null) {
      b.append(b.length() > 0 ? ", " : "").append(id.icaoAddress());
    }
    return b.toString();
  }

  /** The alert a predicted entry raises, or null (already warned, or already inside). */
  public Alert onWarning(Warning w) {
    if (!warned.add(w.trackId() + "/" + w.zoneId())) {
      return null;
    }
    if (warned.size() > 100_000) {
      warned.clear();
      warned.add(w.trackId() + "/" + w.zoneId());
    }
    return new Alert(
        "W-" + w.trackId() + "/" + w.zoneId() + "/" + w.issuedAt().toEpochMilli(),
        AlertKind.EARLY_WARNING,
        Severity.WARNING,
        w.issuedAt(),
        w.trackId(),
        w.zoneId(),
        String.format(
            Locale.ROOT,
            "%s predicted to enter %s in %.0f s (%s, %s)",
            w.trackId(),
            w.zoneId(),
            w.leadTimeS(),
            w.predictedEntryTime(),
            w.prediction()),
        w.predictedEntryTime(),
        w.leadTimeS(),
        w.predictedEntryPoint());
  }

  /** The alert for a sensor that went silent. */
  public Alert onSensorDown(String sensorId, Instant time) {
    return new Alert(
        "A-DOWN-" + sensorId + "-" + time.toEpochMilli(),
        AlertKind.SENSOR_DOWN,
        Severity.WARNING,
        time,
        null,
        null,
        "sensor " + sensorId + " silent for two update periods");
  }

  /** The id of the alert of a violation. */
  public static String alertId(String violationId) {
    return "A-" + violationId;
  }
}
