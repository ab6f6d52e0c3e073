package org.sargas.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.airspace.airport.AirportZone;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioReader;

/** A scenario's zone file and airports become watched zones of the run. */
class ScenarioRunZonesTest {
  private static final String SCENARIO =
      """
      name: zones
      start: "2025-09-22T18:30:00Z"
      durationS: 400
      seed: 3
      region: {originLatDeg: 55.62, originLonDeg: 12.65, protectedCountries: [], ZONES}
      airports:
        - ident: EKCH
          clearForS: 120
          runways:
            - {designator: "04L/22R", leLatDeg: 55.592201, leLonDeg: 12.603536, leElevationFt: 13,
               heLatDeg: 55.616543, heLonDeg: 12.641174, heElevationFt: 14}
      sensors:
        - {id: R1, kind: PRIMARY_RADAR, latDeg: 55.60, lonDeg: 12.80, altitudeM: 30, maxRangeM: 30000,
           rotationPeriodS: 1, detectionProbability: 1.0, sigmaRangeM: 10, sigmaAzimuthDeg: 0.3,
           sigmaElevationDeg: 0.3, reportsHeight: true}
      targets:
        - id: H1
          type: HELICOPTER_OR_LIGHT_AIRCRAFT
          waypoints:
            - {latDeg: 55.70, lonDeg: 12.45, altitudeM: 300, timeS: 0, speedMps: 50}
            - {latDeg: 55.70, lonDeg: 12.75, altitudeM: 300}
      """;
  private static final String ZONE_FILE =
      """
      {"type": "FeatureCollection", "features": [
        {"type": "Feature",
         "properties": {"id": "SITE-1", "name": "critical site", "kind": "RESTRICTED", "radiusM": 2000},
         "geometry": {"type": "Point", "coordinates": [12.60, 55.70]}}]}
      """;

  private static CountryBorders borders;

  @BeforeAll
  static void load() {
    borders = CountryBorders.easternFlank();
  }

  private static Scenario parse(String zones) {
    return new ScenarioReader()
        .read(
            new ByteArrayInputStream(
                SCENARIO.replace("ZONES", zones).getBytes(StandardCharsets.UTF_8)),
            "zones.yaml");
  }

  @Test
  void zoneFileZonesAreWatchedAndMeasuredOnTruthAndTracks(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("site.geojson");
    Files.writeString(file, ZONE_FILE);
    Scenario s = parse("zones: \"" + file.toString().replace("\\", "/") + "\"");
    ScenarioRun run = new ScenarioRun(borders);
    List<AirportZone> airports = run.airportZones(s);
    assertThat(run.watchedZones(s, airports))
        .extracting(z -> z.id())
        .containsExactly("SITE-1", "EKCH");
    ScenarioResult r = run.run(s);
    assertThat(r.truthViolations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.zoneId()).isEqualTo("SITE-1");
              assertThat(v.maxDepthM()).isBetween(1900.0, 2000.0);
            });
    assertThat(r.violations()).extracting(Violation::zoneId).containsOnly("SITE-1");
    assertThat(r.lastKnown())
        .singleElement()
        .satisfies(k -> assertThat(k.trackId()).isEqualTo(r.violations().get(0).trackId()));
    assertThat(
            r.alerts().stream()
                .filter(a -> a.kind() == org.sargas.model.airspace.AlertKind.RUNWAY_SUSPENSION))
        .as("the helicopter is no drone; it never enters the airport zone either")
        .isEmpty();
  }

  @Test
  void airportZoneIsBuiltFromTheThresholds() {
    Scenario s = parse("zones: null");
    AirportZone ekch = new ScenarioRun(borders).airportZones(s).get(0);
    assertThat(ekch.ident()).isEqualTo("EKCH");
    assertThat(ekch.zone().zone().kind()).isEqualTo(ZoneKind.AIRPORT_DRONE_RESTRICTION);
    assertThat(ekch.zone().contains(55.6044, 12.6224)).as("runway midpoint").isTrue();
    assertThat(ekch.runwaysAt(55.6044, 12.6224)).containsExactly("04L/22R");
    assertThat(ekch.zone().contains(55.70, 12.45)).isFalse();
  }

  @Test
  void aMissingZoneFileIsAClearError() {
    Scenario s = parse("zones: no-such-zones.geojson");
    assertThatThrownBy(() -> new ScenarioRun(borders).run(s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zones")
        .hasMessageContaining("no-such-zones.geojson");
  }
}
