package org.sargas.airspace.airport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.Severity;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.airspace.ZoneKind;

/**
 * The runway-suspension alert policy. Fed the monitor's violation events of airport drone zones
 * (and the passing event time), it raises a CRITICAL {@link AlertKind#RUNWAY_SUSPENSION} alert
 * recommending suspension of operations on the affected runways when a drone enters an airport's
 * zone, a further CRITICAL alert when more runways become affected, and an INFO alert of the same
 * kind once the zone has been clear of drones for {@code clearForS} — the suspension lasts until
 * then. Affected runways: those whose own rectangle contains the drone's entry point or its deepest
 * point; all of the airport's runways when none does.
 *
 * <p>Event time only: {@link #evaluate} takes the current event time (e.g. the batch's scan time),
 * so replay behaves as live. Not thread-safe: one instance per thread.
 */
public final class RunwaySuspension {
  private final Map<String, AirportZone> airports = new HashMap<>();
  private final double clearForS;
  private final Map<String, Suspension> active = new TreeMap<>();

  private static final class Suspension {
    final Set<String> runways = new LinkedHashSet<>();
    final Set<String> violations = new LinkedHashSet<>();
    Instant clearSince;
  }

  /**
   * @param airports the airports whose zones the monitor watches
   * @param clearForS how long the zone must be free of drones before operations may resume, s
   */
  public RunwaySuspension(List<AirportZone> airports, double clearForS) {
    if (!(clearForS >= 0)) {
      throw new IllegalArgumentException("clearForS must be >= 0");
    }
    for (AirportZone a : airports) {
      this.airports.put(a.ident(), a);
    }
    this.clearForS = clearForS;
  }

  /** The airports under suspension now, with the runways affected. */
  public Map<String, List<String>> suspended() {
    Map<String, List<String>> out = new TreeMap<>();
    active.forEach((k, v) -> out.put(k, List.copyOf(v.runways)));
    return out;
  }

  /**
   * Processes the violation events of one step and the time that has passed.
   *
   * @param now event time of the step (not earlier than the events)
   * @param events the monitor's events (others than airport zones are ignored)
   * @return alerts raised, in order
   */
  public List<Alert> evaluate(Instant now, List<ViolationEvent> events) {
    List<Alert> out = new ArrayList<>();
    for (ViolationEvent e : events) {
      Violation v = e.violation();
      AirportZone airport = airports.get(v.zoneId());
      if (airport == null || v.zoneKind() != ZoneKind.AIRPORT_DRONE_RESTRICTION) {
        continue;
      }
      if (e.kind() == ViolationEventKind.REVISED) {
        continue; // new figures for a violation already seen: no change to the suspension
      }
      Suspension s = active.get(airport.ident());
      if (e.kind() == ViolationEventKind.CLOSED) {
        if (s != null && s.violations.remove(v.violationId()) && s.violations.isEmpty()) {
          s.clearSince = v.exitTime();
        }
        continue;
      }
      boolean fresh = s == null;
      if (fresh) {
        s = new Suspension();
        active.put(airport.ident(), s);
      }
      s.violations.add(v.violationId());
      s.clearSince = null;
      List<String> hit = new ArrayList<>(affected(airport, v));
      boolean grew = s.runways.addAll(hit);
      if (fresh || grew) {
        out.add(
            new Alert(
                airport.ident() + "/suspend/" + e.time().toEpochMilli(),
                AlertKind.RUNWAY_SUSPENSION,
                Severity.CRITICAL,
                e.time(),
                v.trackId(),
                airport.ident(),
                "Suspend operations on runway(s) "
                    + String.join(", ", s.runways)
                    + " at "
                    + airport.ident()
                    + ": drone track "
                    + v.trackId()
                    + " in the airport protection zone"));
      }
    }
    List<String> resumed = new ArrayList<>();
    for (Map.Entry<String, Suspension> en : active.entrySet()) {
      Suspension s = en.getValue();
      if (s.violations.isEmpty()
          && s.clearSince != null
          && Duration.between(s.clearSince, now).toNanos() / 1e9 >= clearForS) {
        Instant at = s.clearSince.plusNanos(Math.round(clearForS * 1e9));
        out.add(
            new Alert(
                en.getKey() + "/resume/" + at.toEpochMilli(),
                AlertKind.RUNWAY_SUSPENSION,
                Severity.INFO,
                at,
                null,
                en.getKey(),
                "Airport protection zone of "
                    + en.getKey()
                    + " clear of drones for "
                    + Math.round(clearForS)
                    + " s: operations on runway(s) "
                    + String.join(", ", s.runways)
                    + " may resume"));
        resumed.add(en.getKey());
      }
    }
    resumed.forEach(active::remove);
    return out;
  }

  private static List<String> affected(AirportZone airport, Violation v) {
    Set<String> hit = new LinkedHashSet<>();
    hit.addAll(airport.runwaysAt(v.entryPoint().latDeg(), v.entryPoint().lonDeg()));
    if (v.maxDepthPoint() != null) {
      hit.addAll(airport.runwaysAt(v.maxDepthPoint().latDeg(), v.maxDepthPoint().lonDeg()));
    }
    if (hit.isEmpty()) {
      airport.runways().forEach(r -> hit.add(r.designator()));
    }
    return new ArrayList<>(hit);
  }
}
