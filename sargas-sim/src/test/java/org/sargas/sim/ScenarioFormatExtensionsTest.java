package org.sargas.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioAirport;
import org.sargas.sim.scenario.ScenarioFormatException;
import org.sargas.sim.scenario.ScenarioReader;
import org.sargas.sim.sensor.SimulatedObservation;
import org.sargas.sim.truth.Trajectory;

/** The scenario format's {@code airports} section and the radars' {@code reportsHeight}. */
class ScenarioFormatExtensionsTest {
  private static final String BASE =
      """
      name: ext
      start: "2025-09-22T18:30:00Z"
      durationS: 300
      seed: 7
      region: {originLatDeg: 55.6, originLonDeg: 12.6, protectedCountries: []}
      sensors:
        - {id: R1, kind: PRIMARY_RADAR, latDeg: 55.60, lonDeg: 12.60, altitudeM: 30, maxRangeM: 20000,
           rotationPeriodS: 1, detectionProbability: 1.0, sigmaRangeM: 10, sigmaAzimuthDeg: 0.5,
           sigmaElevationDeg: 0.5, REPORTS}
      targets:
        - id: D1
          type: SMALL_DRONE
          waypoints:
            - {latDeg: 55.65, lonDeg: 12.60, altitudeM: 250, timeS: 0, speedMps: 12}
            - {latDeg: 55.65, lonDeg: 12.70, altitudeM: 250}
      """;
  private static final String AIRPORTS =
      """
      airports:
        - ident: EKCH
          name: "Copenhagen"
          source: "hand-built"
          clearForS: 900
          halfWidthM: 1000
          runways:
            - {designator: "04L/22R", leLatDeg: 55.5922, leLonDeg: 12.6035, leElevationFt: 13,
               heLatDeg: 55.6165, heLonDeg: 12.6412, heElevationFt: 14}
      """;

  private static Scenario parse(String text) {
    return new ScenarioReader()
        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "ext.yaml");
  }

  @Test
  void airportsAreRead() {
    Scenario s = parse(BASE.replace(", REPORTS", "") + AIRPORTS);
    assertThat(s.airports()).hasSize(1);
    ScenarioAirport a = s.airports().get(0);
    assertThat(a.ident()).isEqualTo("EKCH");
    assertThat(a.clearForS()).isEqualTo(900);
    assertThat(a.halfWidthM()).isEqualTo(1000);
    assertThat(a.extensionM()).as("not given: the default applies").isNaN();
    assertThat(a.runways()).hasSize(1);
    assertThat(a.runways().get(0).designator()).isEqualTo("04L/22R");
    assertThat(a.runways().get(0).heLonDeg()).isEqualTo(12.6412);
    assertThat(a.runways().get(0).leElevationFt()).isEqualTo(13);
    assertThat(s.withSeed(99).airports()).isEqualTo(s.airports());
    assertThat(parse(BASE.replace(", REPORTS", "")).airports()).isEmpty();
  }

  @Test
  void malformedAirportsNameTheSourceAndField() {
    String base = BASE.replace(", REPORTS", "");
    assertThatThrownBy(() -> parse(base + AIRPORTS.replace("leLatDeg: 55.5922", "leLatDeg: north")))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("ext.yaml")
        .hasMessageContaining("airports[0].runways[0].leLatDeg");
    assertThatThrownBy(
            () -> parse(base + "airports:\n  - {ident: EKCH, clearForS: 60, runways: []}\n"))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("ext.yaml")
        .hasMessageContaining("EKCH")
        .hasMessageContaining("runway");
    assertThatThrownBy(() -> parse(base + AIRPORTS.replace("leLatDeg: 55.5922", "leLatDeg: 95.5")))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("latitude");
  }

  @Test
  void aHeightReportingRadarGivesTheMeasuredHeightWithinItsElevationNoise() {
    Scenario s = parse(BASE.replace("REPORTS", "reportsHeight: true"));
    SimulationResult r = new Simulator().run(s);
    Trajectory traj = new Trajectory(s.targets().get(0));
    List<SimulatedObservation> hits = r.observations().stream().filter(o -> !o.clutter()).toList();
    assertThat(hits).hasSizeGreaterThan(100);
    double sumErr = 0;
    double sumErr2 = 0;
    for (SimulatedObservation o : hits) {
      assertThat(o.observation().hasAltitude()).isTrue();
      PolarMeasurement m = (PolarMeasurement) o.observation().measurement();
      double tS = (o.observation().time().toEpochMilli() - s.start().toEpochMilli()) / 1000.0;
      GeoPoint truth = traj.positionAt(tS);
      double sigma = m.rangeM() * Math.toRadians(0.5);
      double err = o.observation().altitudeM() - truth.altitudeM();
      assertThat(Math.abs(err)).isLessThan(5 * sigma + 30);
      sumErr += err / sigma;
      sumErr2 += (err / sigma) * (err / sigma);
    }
    int n = hits.size();
    assertThat(sumErr / n).as("mean normalised height error").isBetween(-0.3, 0.3);
    assertThat(Math.sqrt(sumErr2 / n)).as("rms normalised height error").isBetween(0.7, 1.3);
    SimulationResult without = new Simulator().run(parse(BASE.replace(", REPORTS", "")));
    assertThat(without.observations())
        .allSatisfy(o -> assertThat(o.observation().hasAltitude()).isFalse());
  }
}
