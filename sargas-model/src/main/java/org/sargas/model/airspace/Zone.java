package org.sargas.model.airspace;

import java.util.Objects;

/**
 * A protected volume of airspace (its horizontal geometry is held by the airspace stage).
 *
 * @param id zone identifier; ISO 3166-1 alpha-3 code for national airspace (e.g. {@code "LTU"})
 * @param name human-readable name
 * @param kind what the zone protects
 * @param appliesTo which tracks it concerns
 * @param floorM lower limit, metres above mean sea level ({@code Double.NEGATIVE_INFINITY} =
 *     ground)
 * @param ceilingM upper limit, metres above mean sea level ({@code Double.POSITIVE_INFINITY} =
 *     none)
 * @param countryCode ISO alpha-3 of the state the zone belongs to (may equal {@code id})
 */
public record Zone(
    String id,
    String name,
    ZoneKind kind,
    Applicability appliesTo,
    double floorM,
    double ceilingM,
    String countryCode) {
  public Zone {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    appliesTo = appliesTo == null ? Applicability.ALL_TRACKS : appliesTo;
    name = name == null ? id : name;
    if (floorM > ceilingM) {
      throw new IllegalArgumentException("zone " + id + ": floor above ceiling");
    }
  }

  /** National airspace of a country, unlimited vertically. */
  public static Zone nationalAirspace(String iso3, String name) {
    return new Zone(
        iso3,
        name,
        ZoneKind.NATIONAL_AIRSPACE,
        Applicability.ALL_TRACKS,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        iso3);
  }

  /**
   * Whether an altitude (m AMSL; NaN = unknown, treated as inside) is within the vertical limits.
   */
  public boolean containsAltitude(double altitudeM) {
    return Double.isNaN(altitudeM) || (altitudeM >= floorM && altitudeM <= ceilingM);
  }
}
