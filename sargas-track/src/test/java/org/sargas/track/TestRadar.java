package org.sargas.track;

import java.time.Instant;
import java.util.Random;
import org.sargas.model.geo.EnuVector;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.sensor.SensorKind;

/** A test radar: exact slant range and azimuth in its own tangent plane, plus seeded noise. */
final class TestRadar {
  final Sensor sensor;
  final LocalTangentPlane plane;
  final double sigmaRangeM;
  final double sigmaAzimuthRad;
  final Random rng;

  TestRadar(
      String id, GeoPoint site, double periodS, double sigmaRangeM, double sigmaAzDeg, long seed) {
    this.sensor = new Sensor(id, id, SensorKind.PRIMARY_RADAR, site, 400_000, periodS);
    this.plane = new LocalTangentPlane(site);
    this.sigmaRangeM = sigmaRangeM;
    this.sigmaAzimuthRad = Math.toRadians(sigmaAzDeg);
    this.rng = new Random(seed);
  }

  /** Azimuth of a target, radians clockwise from north in [0, 2π). */
  double azimuthOf(GeoPoint target) {
    EnuVector v = plane.toEnu(target);
    double az = Math.atan2(v.eastM(), v.northM());
    return az < 0 ? az + 2 * Math.PI : az;
  }

  /**
   * A noisy 2-D plot of {@code target} at {@code time}; altitude attached when {@code
   * withAltitude}.
   */
  Observation plot(GeoPoint target, Instant time, boolean withAltitude) {
    return plot(target, time, withAltitude, Double.NaN);
  }

  /**
   * A noisy plot; with {@code sigmaElevationDeg} not NaN, a 3-D plot with measured elevation (and
   * no altitude).
   */
  Observation plot(GeoPoint target, Instant time, boolean withAltitude, double sigmaElevationDeg) {
    EnuVector v = plane.toEnu(target);
    double range = Math.sqrt(v.eastM() * v.eastM() + v.northM() * v.northM() + v.upM() * v.upM());
    double az = Math.atan2(v.eastM(), v.northM());
    double r = range + sigmaRangeM * rng.nextGaussian();
    double a = az + sigmaAzimuthRad * rng.nextGaussian();
    a = a < 0 ? a + 2 * Math.PI : a;
    if (!Double.isNaN(sigmaElevationDeg)) {
      double sigmaEl = Math.toRadians(sigmaElevationDeg);
      double el =
          Math.atan2(v.upM(), Math.hypot(v.eastM(), v.northM())) + sigmaEl * rng.nextGaussian();
      return new Observation(
          sensor.id(),
          time,
          new PolarMeasurement(r, a, el, sigmaRangeM, sigmaAzimuthRad, sigmaEl),
          Double.NaN,
          Identity.NONE);
    }
    return new Observation(
        sensor.id(),
        time,
        PolarMeasurement.of(r, a, sigmaRangeM, sigmaAzimuthRad),
        withAltitude ? target.altitudeM() : Double.NaN,
        Identity.NONE);
  }
}
