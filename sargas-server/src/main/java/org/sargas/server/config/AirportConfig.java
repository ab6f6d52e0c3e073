package org.sargas.server.config;

import java.util.List;

/**
 * An airport whose drone protection zone the node watches, raising {@code RUNWAY_SUSPENSION} alerts
 * while a drone is inside and an all-clear once it has been clear for {@code clearForS}
 * (docs/airspace.md, "Airports"; docs/serve.md).
 *
 * @param ident ICAO code, also the zone id (e.g. {@code EKCH})
 * @param halfWidthM zone half width either side of each runway centre line, m (null: the default)
 * @param extensionM how far the zone extends beyond each threshold, m (null: the default)
 * @param ceilingAboveRunwayM zone ceiling above the highest threshold, m (null: the default)
 * @param clearForS how long the zone must be free of drones before operations may resume, s
 *     (default 600)
 * @param runways at least one runway
 */
public record AirportConfig(
    String ident,
    Double halfWidthM,
    Double extensionM,
    Double ceilingAboveRunwayM,
    Double clearForS,
    List<RunwayConfig> runways) {
  public AirportConfig {
    if (ident == null) {
      throw new ConfigException("airport needs an ident");
    }
    runways = runways == null ? List.of() : List.copyOf(runways);
    if (runways.isEmpty()) {
      throw new ConfigException("airport " + ident + ": needs at least one runway");
    }
    clearForS = clearForS == null ? 600.0 : clearForS;
    if (!(clearForS >= 0)) {
      throw new ConfigException("airport " + ident + ": clearForS must be >= 0");
    }
  }
}
