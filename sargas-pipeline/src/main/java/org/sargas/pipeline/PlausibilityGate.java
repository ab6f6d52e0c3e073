package org.sargas.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.model.observation.SystemTrackMeasurement;
import org.sargas.model.sensor.Sensor;

/**
 * Rejects reports no real sensor can produce before they reach the tracker: unknown sensor, event
 * time too far ahead of or behind the receive time, non-finite or out-of-range coordinates, radar
 * range beyond 1.2 × the sensor's instrumented range, altitude outside [−1,000 m, {@link
 * GateSettings#maxAltitudeM()}]. Stateless and thread-safe.
 */
public final class PlausibilityGate {
  private final Map<String, Sensor> sensors;
  private final long maxFutureNanos;
  private final long maxAgeNanos;
  private final double maxAltitudeM;

  /**
   * @param sensors every sensor that may report, by id
   * @param settings the limits
   */
  public PlausibilityGate(Map<String, Sensor> sensors, GateSettings settings) {
    this.sensors = Map.copyOf(sensors);
    this.maxFutureNanos = (long) (settings.maxFutureS() * 1e9);
    this.maxAgeNanos = (long) (settings.maxAgeS() * 1e9);
    this.maxAltitudeM = settings.maxAltitudeM();
  }

  /**
   * @param receiveTime when the frame carrying the report arrived
   * @return null if plausible, else the reason
   */
  public GateRejection check(Observation o, Instant receiveTime) {
    Sensor s = sensors.get(o.sensorId());
    if (s == null) {
      return GateRejection.UNKNOWN_SENSOR;
    }
    long ahead = Duration.between(receiveTime, o.time()).toNanos();
    if (ahead > maxFutureNanos) {
      return GateRejection.FUTURE;
    }
    if (-ahead > maxAgeNanos) {
      return GateRejection.STALE;
    }
    if (o.hasAltitude() && (o.altitudeM() < -1000 || o.altitudeM() > maxAltitudeM)) {
      return GateRejection.BAD_ALTITUDE;
    }
    if (o.measurement() instanceof PolarMeasurement p) {
      if (!Double.isFinite(p.rangeM()) || !Double.isFinite(p.azimuthRad()) || p.rangeM() < 0) {
        return GateRejection.BAD_POSITION;
      }
      if (p.rangeM() > 1.2 * s.maxRangeM()) {
        return GateRejection.OUT_OF_RANGE;
      }
    } else if (o.measurement() instanceof GeodeticMeasurement g) {
      if (!onEarth(g.position())) {
        return GateRejection.BAD_POSITION;
      }
    } else if (o.measurement() instanceof SystemTrackMeasurement t) {
      if (!onEarth(t.position())) {
        return GateRejection.BAD_POSITION;
      }
    }
    return null;
  }

  private static boolean onEarth(GeoPoint p) {
    return Math.abs(p.latDeg()) <= 90 && Math.abs(p.lonDeg()) <= 180;
  }
}
