package org.sargas.server.serve;

import org.sargas.model.geo.GeoPoint;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.sensor.SensorKind;

/**
 * One sensor feeding the node.
 *
 * @param id sensor id (stable; used in tracks, the store and the API)
 * @param name human-readable name
 * @param kind sensor kind
 * @param latDeg site latitude, degrees
 * @param lonDeg site longitude, degrees
 * @param altitudeM site height above the ellipsoid, m
 * @param maxRangeM instrumented range, m
 * @param updatePeriodS update period (radar rotation), s; the sensor is DOWN after two silent periods
 * @param sac ASTERIX System Area Code of a radar, or null
 * @param sic ASTERIX System Identification Code of a radar, or null
 * @param sigmaRangeM radar range noise, m (default 70)
 * @param sigmaAzimuthDeg radar azimuth noise, degrees (default 0.15)
 */
public record SensorConfig(
    String id,
    String name,
    SensorKind kind,
    double latDeg,
    double lonDeg,
    double altitudeM,
    Double maxRangeM,
    Double updatePeriodS,
    Integer sac,
    Integer sic,
    Double sigmaRangeM,
    Double sigmaAzimuthDeg) {
  public SensorConfig {
    if (id == null || kind == null) {
      throw new ConfigException("sensor needs id and kind");
    }
    maxRangeM = maxRangeM == null ? 250_000.0 : maxRangeM;
    updatePeriodS = updatePeriodS == null ? 4.0 : updatePeriodS;
    sigmaRangeM = sigmaRangeM == null ? 70.0 : sigmaRangeM;
    sigmaAzimuthDeg = sigmaAzimuthDeg == null ? 0.15 : sigmaAzimuthDeg;
  }

  /** {@code sac << 8 | sic}, or -1 when not an ASTERIX radar. */
  public int sacSic() {
    return sac == null || sic == null ? -1 : sac << 8 | sic;
  }

  /** The model sensor. */
  public Sensor toSensor() {
    return new Sensor(id, name, kind, new GeoPoint(latDeg, lonDeg, altitudeM), maxRangeM, updatePeriodS);
  }
}
