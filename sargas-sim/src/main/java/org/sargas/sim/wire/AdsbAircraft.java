package org.sargas.sim.wire;

import java.time.Instant;
import org.sargas.model.geo.GeoPoint;

/**
 * An ADS-B-equipped aircraft as a function of time.
 *
 * @param icao 24-bit ICAO address
 * @param callsign flight identification (up to 8 characters)
 * @param path where it is when
 */
public record AdsbAircraft(int icao, String callsign, Path path) {
  /** The aircraft's state at a time, or null when it is not flying then. */
  public interface Path {
    /** Position, or null. */
    GeoPoint position(Instant t);

    /** Velocity east, north, up in m/s at {@code t} (NaN when unknown). */
    double[] velocity(Instant t);
  }
}
