package org.sargas.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.scenario.ScenarioFormatException;
import org.sargas.sim.scenario.ScenarioReader;
import org.sargas.sim.sensor.SimulatedObservation;
import org.sargas.sim.truth.Trajectory;
import org.sargas.sim.truth.TruthSample;

class SimulatorTest {
  private static final String RADAR_SCENARIO =
      """
      name: test-radar
      start: "2025-01-01T00:00:00Z"
      durationS: 600
      seed: 7
      region: {originLatDeg: 54.6, originLonDeg: 24.0, protectedCountries: [LTU]}
      sensors:
        - {id: R1, kind: PRIMARY_RADAR, latDeg: 54.6, lonDeg: 24.0, altitudeM: 50,
           maxRangeM: 100000, rotationPeriodS: 4, detectionProbability: 0.8,
           sigmaRangeM: 60, sigmaAzimuthDeg: 0.2, clutterPerScan: 3}
      targets:
        - id: A
          type: FAST_JET
          waypoints:
            - {latDeg: 54.9, lonDeg: 23.5, altitudeM: 8000, timeS: 0, speedMps: 200}
            - {latDeg: 54.3, lonDeg: 24.6, altitudeM: 8000}
      """;

  private static Scenario parse(String yaml) {
    return new ScenarioReader()
        .read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void sameSeedGivesIdenticalOutputAndAnotherSeedDoesNot() {
    Scenario s = new ScenarioCatalog().find("lithuania-2025-su30").orElseThrow();
    SimulationResult a = new Simulator().run(s);
    SimulationResult b = new Simulator().run(s);
    assertThat(a.observations()).isEqualTo(b.observations());
    assertThat(a.truth()).isEqualTo(b.truth());
    SimulationResult c = new Simulator().run(s, s.seed() + 1);
    assertThat(c.observations()).isNotEqualTo(a.observations());
    assertThat(c.truth()).isEqualTo(a.truth());
  }

  @Test
  void observationsAreInEventTimeOrder() {
    SimulationResult r = new Simulator().run(parse(RADAR_SCENARIO));
    for (int i = 1; i < r.observations().size(); i++) {
      assertThat(r.observations().get(i).observation().time())
          .isAfterOrEqualTo(r.observations().get(i - 1).observation().time());
    }
  }

  @Test
  void radarNoiseDetectionProbabilityAndClutterMatchTheSensorModel() {
    Scenario s = parse(RADAR_SCENARIO);
    SimulationResult r = new Simulator().run(s);
    Trajectory traj = new Trajectory(s.targets().get(0));
    LocalTangentPlane site = new LocalTangentPlane(s.sensors().get(0).site());
    List<SimulatedObservation> hits = r.observations().stream().filter(o -> !o.clutter()).toList();
    long clutter = r.observations().stream().filter(SimulatedObservation::clutter).count();
    int scans = (int) Math.ceil(600 / 4.0);
    // The target is in range (< 60 km) while it flies: about Pd x its looks are detections.
    int looks = (int) (traj.endS() / 4.0);
    assertThat(hits.size()).isBetween((int) (0.7 * looks), (int) (0.9 * looks));
    assertThat(clutter).isBetween(3L * scans - 80, 3L * scans + 80);
    double sumR = 0;
    double sumR2 = 0;
    double sumAz2 = 0;
    for (SimulatedObservation o : hits) {
      PolarMeasurement m = (PolarMeasurement) o.observation().measurement();
      double tS = (o.observation().time().toEpochMilli() - s.start().toEpochMilli()) / 1000.0;
      var enu = site.toEnu(traj.positionAt(tS));
      double trueRange =
          Math.sqrt(
              enu.eastM() * enu.eastM() + enu.northM() * enu.northM() + enu.upM() * enu.upM());
      double trueAz = Math.atan2(enu.eastM(), enu.northM());
      double dr = m.rangeM() - trueRange;
      double daz = Math.IEEEremainder(m.azimuthRad() - trueAz, 2 * Math.PI);
      sumR += dr;
      sumR2 += dr * dr;
      sumAz2 += daz * daz;
    }
    int n = hits.size();
    assertThat(sumR / n).isCloseTo(0, within(15.0));
    assertThat(Math.sqrt(sumR2 / n)).isCloseTo(60, within(10.0));
    assertThat(Math.toDegrees(Math.sqrt(sumAz2 / n))).isCloseTo(0.2, within(0.04));
  }

  @Test
  void trajectoryFliesLegsAtTheGivenSpeed() {
    Scenario s = parse(RADAR_SCENARIO);
    Trajectory t = new Trajectory(s.targets().get(0));
    GeoPoint a = t.positionAt(100);
    GeoPoint b = t.positionAt(110);
    assertThat(Wgs84.distanceM(a, b)).isCloseTo(2000, within(0.5));
    TruthSample ts = t.sampleAt(100, s.timeAt(100));
    assertThat(Math.hypot(ts.velocityEastMps(), ts.velocityNorthMps())).isCloseTo(200, within(0.1));
    assertThat(t.aliveAt(t.endS() + 1)).isFalse();
  }

  @Test
  void builtInScenariosStateWhatIsReportedAndWhatIsAssumed() {
    for (Scenario s : new ScenarioCatalog().builtIn()) {
      assertThat(s.reported()).as(s.name()).isNotEmpty();
      assertThat(s.assumed()).as(s.name()).isNotEmpty();
      Map<String, Long> kinds =
          s.sensors().stream()
              .collect(Collectors.groupingBy(x -> x.kind().name(), Collectors.counting()));
      assertThat(kinds).as(s.name()).isNotEmpty();
    }
  }

  @Test
  void malformedScenarioFilesNameTheSourceAndField() {
    assertThatThrownBy(() -> parse("name: x\nstart: yesterday\ndurationS: 1\nregion: {}\n"))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("test.yaml")
        .hasMessageContaining("start");
    assertThatThrownBy(() -> parse(RADAR_SCENARIO.replace("PRIMARY_RADAR", "SONAR")))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("sensors[0].kind")
        .hasMessageContaining("SONAR");
    assertThatThrownBy(
            () -> parse(RADAR_SCENARIO.replace("rotationPeriodS: 4", "rotationPeriodS: fast")))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("rotationPeriodS");
    assertThatThrownBy(() -> parse("name: [unclosed"))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining("YAML");
  }
}
