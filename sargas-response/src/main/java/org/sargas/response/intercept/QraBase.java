package org.sargas.response.intercept;

import java.util.Objects;
import org.sargas.model.geo.GeoPoint;

/**
 * An air base holding aircraft on quick-reaction alert.
 *
 * @param id short identifier, the ICAO location indicator where there is one, e.g. {@code "EYSA"}
 * @param name human-readable name, e.g. {@code "Šiauliai (Baltic Air Policing)"}
 * @param position aerodrome reference point; altitude = aerodrome elevation, metres (geoid
 *     separation ignored: tens of metres do not matter to a climb)
 * @param aircraft the type on alert and its planning figures
 * @param note who holds the alert and the caveats, for the operator
 */
public record QraBase(
    String id, String name, GeoPoint position, QraAircraft aircraft, String note) {

  public QraBase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(aircraft, "aircraft");
    name = name == null ? id : name;
    note = note == null ? "" : note;
  }
}
