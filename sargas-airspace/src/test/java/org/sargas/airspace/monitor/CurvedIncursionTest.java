package org.sargas.airspace.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sargas.airspace.testing.Tracks;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/**
 * A Su-30-like incursion: a 1.8 g turn that takes the aircraft about 700 m past a straight border
 * (the meridian 24°E, western edge of the test square) for about 18 s, seen only every 2 to 10 s.
 * The true depth and time inside follow from the circle's geometry.
 */
class CurvedIncursionTest {
  private static final double SPEED = 230;
  private static final double RADIUS = 2940;
  private static final double APEX = 700; // metres east of the border at the turn's apex

  /** Truth at time t (s): position and velocity in the plane at (55.1 N, 24.0 E). */
  private static double[] truth(double t) {
    // Circle centred west of the border: the apex (t = 0) is APEX east of it, heading north.
    double w = SPEED / RADIUS;
    double a = w * t;
    double e = APEX - RADIUS + RADIUS * Math.cos(a);
    double n = RADIUS * Math.sin(a);
    return new double[] {e, n, -SPEED * Math.sin(a), SPEED * Math.cos(a)};
  }

  @ParameterizedTest(name = "every {0} s, phase {1}, {2}, noise {3} m / {4} m/s")
  @CsvSource({
    "2, 0.3, HERMITE, 0, 0",
    "4, 1.1, HERMITE, 0, 0",
    "6, 2.5, HERMITE, 0, 0",
    "8, 0.7, HERMITE, 0, 0",
    "10, 3.3, HERMITE, 0, 0",
    "10, 8.9, HERMITE, 0, 0",
    "2, 0.3, GEODESIC, 0, 0",
    "4, 1.1, GEODESIC, 0, 0",
    "2, 0.3, HERMITE, 30, 8",
    "6, 2.5, HERMITE, 30, 8",
    "10, 3.3, HERMITE, 30, 8",
    "10, 8.9, HERMITE, 30, 8"
  })
  void depthAndDurationFromSparseUpdates(
      double dtS, double phaseS, PathModel model, double posNoiseM, double velNoiseMps) {
    Random rnd = new Random(Double.hashCode(dtS * 31 + phaseS));
    LocalTangentPlane plane = new LocalTangentPlane(GeoPoint.of(55.1, 24.0));
    double halfAngle = Math.acos((RADIUS - APEX) / RADIUS);
    double trueDurationS = 2 * halfAngle * RADIUS / SPEED;
    List<Track> track = new ArrayList<>();
    for (double t = -40 + phaseS; t < 40; t += dtS) {
      double[] s = truth(t);
      GeoPoint p =
          plane.toGeo(
              s[0] + posNoiseM * rnd.nextGaussian(), s[1] + posNoiseM * rnd.nextGaussian(), 0);
      track.add(
          Tracks.update(
              "S",
              t + 100,
              p.latDeg(),
              p.lonDeg(),
              s[2] + velNoiseMps * rnd.nextGaussian(),
              s[3] + velNoiseMps * rnd.nextGaussian(),
              30,
              TrackState.CONFIRMED));
    }
    MonitorSettings settings = MonitorSettings.defaults().withPathModel(model);
    List<ViolationEvent> ev =
        AirspaceMonitorTest.run(
            new AirspaceMonitor(null, List.of(AirspaceMonitorTest.square()), settings), track);
    Violation v = ev.get(ev.size() - 1).violation();
    assertThat(v.maxDepthM()).isBetween(APEX - 100, APEX + 100);
    assertThat(v.durationS()).isBetween(trueDurationS - 3, trueDurationS + 3);
  }
}
