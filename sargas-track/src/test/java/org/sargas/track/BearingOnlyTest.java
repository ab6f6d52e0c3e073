package org.sargas.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sargas.model.geo.EnuVector;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.BearingMeasurement;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.sensor.SensorKind;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/**
 * Acceptance: three passive sensors 5–10 km apart (bearing noise σ = 2°, one bearing per second
 * each) hold a 40 m/s drone with less than 300 m RMS position error.
 */
class BearingOnlyTest {
  static final Instant T0 = Instant.parse("2025-09-10T01:00:00Z");
  static final GeoPoint ORIGIN = new GeoPoint(51.0, 23.5, 0);
  static final LocalTangentPlane REGION = new LocalTangentPlane(ORIGIN);

  static GeoPoint surface(double e, double n, double altitudeM) {
    return TestGeometry.surface(REGION, e, n, altitudeM);
  }

  static double[] enu(GeoPoint p) {
    return TestGeometry.enu(REGION, p);
  }

  @ParameterizedTest(name = "unscented: {0}")
  @ValueSource(booleans = {false, true})
  void threeAcousticSensorsHoldA40MpsDrone(boolean unscented) {
    double[][] sites = {{0, 0}, {7000, 1000}, {3000, 6500}}; // 7.1, 7.3 and 6.5 km apart
    Map<String, Sensor> sensors = new HashMap<>();
    Map<String, LocalTangentPlane> planes = new HashMap<>();
    for (int i = 0; i < 3; i++) {
      String id = "AC-" + (i + 1);
      GeoPoint site = surface(sites[i][0], sites[i][1], 150);
      sensors.put(id, new Sensor(id, id, SensorKind.ACOUSTIC, site, 15_000, 1.0));
      planes.put(id, new LocalTangentPlane(site));
    }
    MultiTargetTracker tracker =
        new MultiTargetTracker(
            REGION,
            sensors,
            TrackerConfig.defaults().toBuilder().unscentedBearings(unscented).build());
    Random rng = new Random(2025);
    double sigma = Math.toRadians(2.0);
    List<Double> errors = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    // The drone crosses the triangle heading east-north-east at 40 m/s, 300 m up.
    for (int sec = 1; sec <= 240; sec++) {
      List<Observation> obs = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        String id = "AC-" + (i + 1);
        double t = sec - 1 + i / 3.0; // the three sensors report at staggered times
        GeoPoint drone = surface(-3000 + 36.0 * t, 500 + 17.4 * t, 300);
        EnuVector v = planes.get(id).toEnu(drone);
        double bearing = Math.atan2(v.eastM(), v.northM()) + sigma * rng.nextGaussian();
        bearing = bearing < 0 ? bearing + 2 * Math.PI : bearing;
        obs.add(
            new Observation(
                id,
                T0.plusNanos((long) (t * 1e9)),
                new BearingMeasurement(bearing, sigma),
                Double.NaN,
                Identity.NONE));
      }
      for (Track tr : tracker.process(T0.plusSeconds(sec), obs).tracks()) {
        if (tr.state() == TrackState.DROPPED) {
          continue;
        }
        ids.add(tr.trackId());
        double ts = (tr.time().toEpochMilli() - T0.toEpochMilli()) / 1000.0;
        double[] p = enu(tr.position());
        double[] q = enu(surface(-3000 + 36.0 * ts, 500 + 17.4 * ts, 300));
        if (sec > 30) {
          errors.add(Math.hypot(p[0] - q[0], p[1] - q[1]));
        }
      }
    }
    assertThat(ids).hasSize(1);
    assertThat(errors).hasSizeGreaterThan(200);
    double rms = Math.sqrt(errors.stream().mapToDouble(e -> e * e).average().orElseThrow());
    assertThat(rms).isLessThan(300.0);
  }
}
