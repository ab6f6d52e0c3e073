package org.sargas.server.config;

import org.sargas.airspace.coverage.SensorCoverageSpec;
import org.sargas.formats.SensorCalibration;
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
 * @param updatePeriodS update period (radar rotation), s; the sensor is DOWN after two silent
 *     periods
 * @param sac ASTERIX System Area Code of a radar, or null
 * @param sic ASTERIX System Identification Code of a radar, or null
 * @param sigmaRangeM radar range noise, m (default 70)
 * @param sigmaAzimuthDeg radar azimuth noise, degrees (default 0.15)
 * @param sigmaHorizontalM horizontal error, 1-σ metres, of this sensor's reports that carry no
 *     accuracy of their own (Mode S without NACp, SBS, Remote ID without accuracy, CAT021/CAT062
 *     without quality items); default 50 for ADS-B receivers, 10 for Remote ID receivers, 100 for
 *     others (system tracks)
 * @param sigmaVerticalM vertical error of such reports, 1-σ metres; default 7.62 (25 ft, Mode C
 *     quantum) for ADS-B receivers, 15 for Remote ID receivers, 30 for others
 * @param minElevationDeg the lowest elevation the sensor looks at, degrees, for coverage (null: no
 *     limit)
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
    Double sigmaAzimuthDeg,
    Double sigmaHorizontalM,
    Double sigmaVerticalM,
    Double minElevationDeg) {
  public SensorConfig {
    if (id == null || kind == null) {
      throw new ConfigException("sensor needs id and kind");
    }
    maxRangeM = maxRangeM == null ? 250_000.0 : maxRangeM;
    updatePeriodS = updatePeriodS == null ? 4.0 : updatePeriodS;
    sigmaRangeM = sigmaRangeM == null ? 70.0 : sigmaRangeM;
    sigmaAzimuthDeg = sigmaAzimuthDeg == null ? 0.15 : sigmaAzimuthDeg;
    sigmaHorizontalM =
        sigmaHorizontalM != null
            ? sigmaHorizontalM
            : kind == SensorKind.ADSB_RECEIVER
                ? 50.0
                : kind == SensorKind.REMOTE_ID_RECEIVER ? 10.0 : 100.0;
    sigmaVerticalM =
        sigmaVerticalM != null
            ? sigmaVerticalM
            : kind == SensorKind.ADSB_RECEIVER
                ? 25 * 0.3048
                : kind == SensorKind.REMOTE_ID_RECEIVER ? 15.0 : 30.0;
    if ((sac == null) != (sic == null)) {
      throw new ConfigException("sensor " + id + ": give both sac and sic, or neither");
    }
  }

  /** A radar (or other sensor) sensor without the defaults' extra accuracies: as before. */
  public SensorConfig(
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
    this(
        id,
        name,
        kind,
        latDeg,
        lonDeg,
        altitudeM,
        maxRangeM,
        updatePeriodS,
        sac,
        sic,
        sigmaRangeM,
        sigmaAzimuthDeg,
        null,
        null,
        null);
  }

  /** A sensor without an elevation limit. */
  public SensorConfig(
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
      Double sigmaAzimuthDeg,
      Double sigmaHorizontalM,
      Double sigmaVerticalM) {
    this(
        id,
        name,
        kind,
        latDeg,
        lonDeg,
        altitudeM,
        maxRangeM,
        updatePeriodS,
        sac,
        sic,
        sigmaRangeM,
        sigmaAzimuthDeg,
        sigmaHorizontalM,
        sigmaVerticalM,
        null);
  }

  /** How coverage sees this sensor. */
  public SensorCoverageSpec toCoverageSpec() {
    return new SensorCoverageSpec(
        toSensor(), minElevationDeg == null ? Double.NaN : minElevationDeg);
  }

  /** What the decoders need of this sensor. */
  public SensorCalibration toCalibration() {
    return new SensorCalibration(
        id,
        sac == null ? -1 : sac,
        sic == null ? -1 : sic,
        new GeoPoint(latDeg, lonDeg, altitudeM),
        sigmaRangeM,
        Math.toRadians(sigmaAzimuthDeg),
        sigmaHorizontalM,
        sigmaVerticalM);
  }

  /** {@code sac << 8 | sic}, or -1 when not an ASTERIX radar. */
  public int sacSic() {
    return sac == null || sic == null ? -1 : sac << 8 | sic;
  }

  /** The model sensor. */
  public Sensor toSensor() {
    return new Sensor(
        id, name, kind, new GeoPoint(latDeg, lonDeg, altitudeM), maxRangeM, updatePeriodS);
  }
}
