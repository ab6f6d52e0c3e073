package org.sargas.airspace.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sargas.airspace.testing.Tracks.secondsSinceT0;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sargas.airspace.testing.Tracks;
import org.sargas.airspace.zone.ActivationSchedule;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.airspace.ViolationStatus;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.track.Track;

/** Border riding, noise and schedules, against the square zone's western edge (meridian 24°E). */
class HysteresisAndUncertaintyTest {
  /** Frame at (55.1 N, 24.0 E): east = metres inside the square (near the edge), north along it. */
  private static final LocalTangentPlane PLANE = new LocalTangentPlane(GeoPoint.of(55.1, 24.0));

  private static Track at(String id, double tS, double eastM, double northM, double sigmaM) {
    GeoPoint p = PLANE.toGeo(eastM, northM, 0);
    return Tracks.at(id, tS, p.latDeg(), p.lonDeg(), sigmaM);
  }

  @Test
  void aTrackZigzaggingAcrossTheBorderYieldsOneViolation() {
    List<Track> track = new ArrayList<>();
    for (int i = 0; i < 30; i++) { // ±60 m about the border every 2 s, northwards at 100 m/s
      track.add(at("Z", 2 * i, i % 2 == 0 ? -60 : 60, -3000 + 200 * i, 5));
    }
    track.add(at("Z", 62, -3000, 3200, 5)); // then away to the west
    List<ViolationEvent> ev =
        AirspaceMonitorTest.run(
            new AirspaceMonitor(
                null, List.of(AirspaceMonitorTest.square()), MonitorSettings.defaults()),
            track);
    assertThat(ev).filteredOn(e -> e.kind() == ViolationEventKind.OPENED).hasSize(1);
    assertThat(ev).filteredOn(e -> e.kind() == ViolationEventKind.CLOSED).hasSize(1);
    Violation v = ev.get(ev.size() - 1).violation();
    assertThat(secondsSinceT0(v.entryTime())).isCloseTo(1.0, within(0.05));
    // The last crossing: from 60 m inside at 58 s to 3,000 m outside at 62 s.
    assertThat(secondsSinceT0(v.exitTime())).isCloseTo(58 + 4 * 60.0 / 3060.0, within(0.05));
    assertThat(v.maxDepthM()).isCloseTo(60, within(2.0));

    List<ViolationEvent> flapping =
        AirspaceMonitorTest.run(
            new AirspaceMonitor(
                null,
                List.of(AirspaceMonitorTest.square()),
                MonitorSettings.defaults().withHysteresis(0, 0)),
            track);
    assertThat(flapping).filteredOn(e -> e.kind() == ViolationEventKind.OPENED).hasSize(15);
  }

  @ParameterizedTest(name = "{0} m outside")
  @ValueSource(doubles = {500, 100})
  void fiftyMetreNoiseOnATrackParallelOutsideIsNeverConfirmed(double offsetM) {
    Random rnd = new Random(20251023L);
    for (int run = 0; run < 20; run++) {
      List<Track> track = new ArrayList<>();
      for (int i = 0; i < 120; i++) { // 2 minutes at 1 Hz, 200 m/s, 50 m noise in each axis
        track.add(
            at(
                "N" + run,
                i,
                -offsetM + 50 * rnd.nextGaussian(),
                -12000 + 200 * i + 50 * rnd.nextGaussian(),
                50));
      }
      List<ViolationEvent> ev =
          AirspaceMonitorTest.run(
              new AirspaceMonitor(
                  null, List.of(AirspaceMonitorTest.square()), MonitorSettings.defaults()),
              track);
      assertThat(ev).noneMatch(e -> e.violation().status() == ViolationStatus.CONFIRMED);
      if (offsetM >= 500) {
        assertThat(ev).isEmpty();
      }
    }
  }

  @Test
  void aRealShallowIncursionWithTheSameNoiseIsConfirmed() {
    Random rnd = new Random(7);
    List<Track> track = new ArrayList<>();
    for (int i = 0; i < 60; i++) { // 300 m inside for a minute, then back out
      double east = i < 5 || i > 50 ? -1500 : 300;
      track.add(at("R", i, east + 50 * rnd.nextGaussian(), -6000 + 200 * i, 50));
    }
    List<ViolationEvent> ev =
        AirspaceMonitorTest.run(
            new AirspaceMonitor(
                null, List.of(AirspaceMonitorTest.square()), MonitorSettings.defaults()),
            track);
    Violation v = ev.get(ev.size() - 1).violation();
    assertThat(v.status()).isEqualTo(ViolationStatus.CONFIRMED);
    assertThat(v.maxDepthLow95M()).isLessThan(v.maxDepthM());
    assertThat(v.maxDepthHigh95M() - v.maxDepthM()).isCloseTo(1.96 * 50, within(1.0));
  }

  @Test
  void anInactiveZoneIsNotViolated() {
    List<Track> track = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      track.add(at("S", i, -1000 + 200 * i, 0, 5));
    }
    Instant t0 = Tracks.T0;
    ZoneArea later =
        new ZoneArea(
            AirspaceMonitorTest.square().zone(),
            AirspaceMonitorTest.SQUARE,
            ActivationSchedule.of(
                List.of(
                    new ActivationSchedule.Window(t0.plusSeconds(3600), t0.plusSeconds(7200)))));
    ZoneArea now =
        new ZoneArea(
            AirspaceMonitorTest.square().zone(),
            AirspaceMonitorTest.SQUARE,
            ActivationSchedule.parse(List.of("2025-10-23T11:00:00Z/2025-10-23T13:00:00Z")));
    assertThat(
            AirspaceMonitorTest.run(
                new AirspaceMonitor(null, List.of(later), MonitorSettings.defaults()), track))
        .isEmpty();
    assertThat(
            AirspaceMonitorTest.run(
                new AirspaceMonitor(null, List.of(now), MonitorSettings.defaults()), track))
        .isNotEmpty();
  }
}
