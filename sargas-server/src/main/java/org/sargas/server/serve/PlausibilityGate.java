package org.sargas.server.serve;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.model.sensor.Sensor;

/**
 * Rejects reports no real sensor can produce before they reach the tracker: unknown sensor,
 * event time too far ahead of or behind the receive time, non-finite or out-of-range
 * coordinates, radar range beyond 1.2 × the sensor's instrumented range, altitude outside
 * [−1,000 m, {@code maxAltitudeM}]. Stateless and thread-safe.
 */
public final class PlausibilityGate {
  /** Why a report was rejected. */
  public enum Reason { UNKNOWN_SENSOR, FUTURE, STALE, BAD_POSITION, OUT_OF_RANGE, BAD_ALTITUDE }

  private final Map<String, Sensor> sensors;
  private final long maxFutureNanos;
  private final long maxAgeNanos;
  private final double maxAltitudeM;

  public PlausibilityGate(Map<String, Sensor> sensors, PipelineSettings settings) {
    this.sensors = sensors;
    this.maxFutureNanos = (long) (settings.maxFutureS() * 1e9);
    this.maxAgeNanos = (long) (settings.maxAgeS() * 1e9);
    this.maxAltitudeM = settings.maxAltitudeM();
  }

  /** Null if plausible, else the reason. */
  public Reason check(Observation o, Instant receiveTime) {
    Sensor s = sensors.get(o.sensorId());
    if (s == null) {
      return Reason.UNKNOWN_SENSOR;
    }
    long ahead = Duration.between(receiveTime, o.time()).toNanos();
    if (ahead > maxFutureNanos) {
      return Reason.FUTURE;
    }
    if (-ahead > maxAgeNanos) {
      return Reason.STALE;
    }
    if (o.hasAltitude() && (o.altitudeM() < -1000 || o.altitudeM() > maxAltitudeM)) {
      return Reason.BAD_ALTITUDE;
    }
    if (o.measurement() instanceof PolarMeasurement p) {
      if (!Double.isFinite(p.rangeM()) || !Double.isFinite(p.azimuthRad()) || p.rangeM() < 0) {
        return Reason.BAD_POSITION;
      }
      if (p.rangeM() > 1.2 * s.maxRangeM()) {
        return Reason.OUT_OF_RANGE;
      }
    } else if (o.measurement() instanceof GeodeticMeasurement g) {
      double lat = g.position().latDeg();
      double lon = g.position().lonDeg();
      if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
        return Reason.BAD_POSITION;
      }
    }
    return null;
  }
}
