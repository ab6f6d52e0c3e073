package org.sargas.airspace.coverage;

import org.locationtech.jts.geom.Geometry;
import org.sargas.model.sensor.SensorKind;

/**
 * Where one sensor (or the fused picture) can detect a target at one altitude.
 *
 * @param sensorId the sensor, or {@link DetectionCoverage#FUSED} for the union
 * @param kind the sensor's kind, or null for the fused layer
 * @param altitudeM the target altitude, m
 * @param rangeM the ground range reached, m (NaN for the fused layer)
 * @param limit what limits it
 * @param cooperativeOnly whether it sees only cooperative targets (ADS-B, Remote ID receivers)
 * @param area the area (x = longitude, y = latitude), empty when nothing is seen
 */
public record CoverageArea(
    String sensorId,
    SensorKind kind,
    double altitudeM,
    double rangeM,
    CoverageLimit limit,
    boolean cooperativeOnly,
    Geometry area) {}
