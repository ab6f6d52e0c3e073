package org.sargas.pipeline.identity;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.StandardIdentity;

/**
 * A diplomatic clearance for a state aircraft: who, when and where it may fly.
 *
 * @param clearanceId the clearance number (e.g. the diplomatic note's)
 * @param callsign the cleared callsign, or null
 * @param icaoAddress the cleared aircraft's 24-bit address (6 hex digits), or null
 * @param registration the aircraft's registration or tail number, for the record
 * @param validFrom start of the time window
 * @param validTo end of the time window
 * @param route the cleared route (at least two points), or empty for "anywhere in the window"
 * @param corridorM half width of the corridor around the route, metres
 * @param identity the identity a cleared aircraft gets (normally NEUTRAL; FRIEND for allies)
 */
public record DiplomaticClearance(
    String clearanceId,
    String callsign,
    String icaoAddress,
    String registration,
    Instant validFrom,
    Instant validTo,
    List<GeoPoint> route,
    double corridorM,
    StandardIdentity identity) {
  public DiplomaticClearance {
    Objects.requireNonNull(clearanceId, "clearanceId");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    if (callsign == null && icaoAddress == null) {
      throw new IllegalArgumentException(
          "clearance " + clearanceId + " names neither a callsign nor an ICAO address");
    }
    if (!validTo.isAfter(validFrom)) {
      throw new IllegalArgumentException("clearance " + clearanceId + ": validTo before validFrom");
    }
    callsign = callsign == null ? null : callsign.trim().toUpperCase(Locale.ROOT);
    icaoAddress = icaoAddress == null ? null : icaoAddress.trim().toUpperCase(Locale.ROOT);
    route = route == null ? List.of() : List.copyOf(route);
    identity = identity == null ? StandardIdentity.NEUTRAL : identity;
  }
}
