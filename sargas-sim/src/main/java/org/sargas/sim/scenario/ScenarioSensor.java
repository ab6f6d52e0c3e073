package org.sargas.sim.scenario;

import java.util.Map;
import java.util.Objects;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.sensor.SensorKind;
import org.sargas.model.track.TargetClass;

/**
 * A simulated sensor and its error model. Fields that do not apply to a kind are ignored (e.g.
 * {@code rotationPeriodS} for an ADS-B receiver).
 *
 * @param id sensor id
 * @param name human name and what it stands for
 * @param kind sensor kind
 * @param latDeg site latitude
 * @param lonDeg site longitude
 * @param altitudeM antenna height above the ellipsoid, metres
 * @param maxRangeM instrumented range, metres
 * @param rotationPeriodS antenna rotation period (radars) or report period (others), seconds
 * @param detectionProbability probability of detecting a target in coverage per look
 * @param detectionProbabilityByClass overrides of {@code detectionProbability} per target class
 *     (e.g. small drones are hard for a surveillance radar)
 * @param sigmaRangeM 1-σ range noise (radars), or horizontal position noise (ADS-B, Remote ID)
 * @param sigmaAzimuthDeg 1-σ azimuth / bearing noise, degrees
 * @param sigmaElevationDeg 1-σ elevation noise for 3-D radars, degrees; absent or 0 for 2-D
 * @param rangeResolutionM two targets closer than this in range and within one beamwidth merge into
 *     one plot (radars); 0 disables
 * @param beamwidthDeg azimuth beamwidth (radars)
 * @param clutterPerScan mean number of false plots per antenna revolution (Poisson)
 * @param phaseS time offset of the first scan, seconds
 * @param reportsHeight whether a 3-D radar's plots carry the height it measured (from slant range
 *     and the noisy elevation, as a 3-D radar's height output such as ASTERIX CAT048 I048/110);
 *     false: plots carry the elevation only
 */
public record ScenarioSensor(
    String id,
    String name,
    SensorKind kind,
    double latDeg,
    double lonDeg,
    double altitudeM,
    double maxRangeM,
    double rotationPeriodS,
    double detectionProbability,
    Map<TargetClass, Double> detectionProbabilityByClass,
    double sigmaRangeM,
    double sigmaAzimuthDeg,
    double sigmaElevationDeg,
    double rangeResolutionM,
    double beamwidthDeg,
    double clutterPerScan,
    double phaseS,
    boolean reportsHeight) {

  public ScenarioSensor {
    Objects.requireNonNull(id, "sensor id");
    Objects.requireNonNull(kind, "sensor " + id + ": kind");
    detectionProbabilityByClass =
        detectionProbabilityByClass == null ? Map.of() : Map.copyOf(detectionProbabilityByClass);
    if (!(detectionProbability >= 0 && detectionProbability <= 1)) {
      throw new IllegalArgumentException("sensor " + id + ": detectionProbability out of [0,1]");
    }
    if (!(rotationPeriodS > 0)) {
      throw new IllegalArgumentException("sensor " + id + ": rotationPeriodS must be positive");
    }
    if (!(maxRangeM > 0)) {
      throw new IllegalArgumentException("sensor " + id + ": maxRangeM must be positive");
    }
  }

  /** The sensor site. */
  public GeoPoint site() {
    return new GeoPoint(latDeg, lonDeg, altitudeM);
  }

  /** Whether the radar measures elevation (3-D). */
  public boolean measuresElevation() {
    return sigmaElevationDeg > 0;
  }

  /** Detection probability for a target of the given class. */
  public double detectionProbabilityFor(TargetClass targetClass) {
    return detectionProbabilityByClass.getOrDefault(targetClass, detectionProbability);
  }

  /** The model sensor this stands for. */
  public Sensor toSensor() {
    return new Sensor(id, name, kind, site(), maxRangeM, rotationPeriodS);
  }
}
