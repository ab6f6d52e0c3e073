package org.sargas.pipeline;

import java.util.Objects;
import org.sargas.airspace.airport.AirportZone;

/**
 * An airport whose drone protection zone is watched, with its runway-suspension rule.
 *
 * @param airport the airport and its zone
 * @param clearForS how long the zone must be free of drones before operations may resume, s
 */
public record AirportWatch(AirportZone airport, double clearForS) {
  public AirportWatch {
    Objects.requireNonNull(airport, "airport");
    if (!(clearForS >= 0)) {
      throw new IllegalArgumentException("clearForS must be >= 0");
    }
  }
}
