package org.sargas.sim.scenario;

import java.util.List;
import java.util.Objects;
import org.sargas.model.track.TargetClass;

/**
 * A target and its flight path.
 *
 * @param id truth id
 * @param description what it stands for (e.g. "Su-30SM")
 * @param type class, decides the sensors' detection probability and the expected classification
 * @param icaoAddress 24-bit address if the transponder is on (6 hex digits), else null
 * @param callsign callsign broadcast by ADS-B / Mode S, or null
 * @param mode3a Mode 3/A squawk (4 octal digits) if the transponder is on, else null
 * @param adsb whether it broadcasts ADS-B
 * @param remoteIdSerial drone Remote ID serial if it broadcasts Remote ID, else null
 * @param waypoints the path: at least two waypoints
 */
public record ScenarioTarget(
    String id,
    String description,
    TargetClass type,
    String icaoAddress,
    String callsign,
    String mode3a,
    boolean adsb,
    String remoteIdSerial,
    List<Waypoint> waypoints) {
  public ScenarioTarget {
    Objects.requireNonNull(id, "target id");
    type = type == null ? TargetClass.UNKNOWN : type;
    waypoints = waypoints == null ? List.of() : List.copyOf(waypoints);
    if (waypoints.size() < 2) {
      throw new IllegalArgumentException("target " + id + ": needs at least two waypoints");
    }
  }

  /** Whether a secondary radar gets replies from it. */
  public boolean transponderOn() {
    return icaoAddress != null || mode3a != null;
  }
}
