package org.sargas.formats;

import java.util.Objects;
import org.sargas.model.geo.GeoPoint;

/**
 * What a decoder must know of one configured sensor to turn its reports into observations: the id
 * the observations carry, how ASTERIX addresses it, where it stands, and its measurement noise. It
 * comes from the sensor configuration (the node's YAML, a scenario), never from constants in code.
 *
 * @param sensorId the id observations of this sensor carry
 * @param sac ASTERIX System Area Code, or -1 when the sensor does not speak ASTERIX
 * @param sic ASTERIX System Identification Code, or -1
 * @param site the sensor's site (a receiver's position enables local CPR decoding), or null
 * @param sigmaRangeM radar range noise, 1-σ metres
 * @param sigmaAzimuthRad radar azimuth noise, 1-σ radians
 * @param sigmaHorizontalM horizontal position error of reports that carry no accuracy of their own
 *     (CAT021/CAT062 without quality items, Mode S without NACp, SBS, Remote ID without accuracy),
 *     1-σ metres
 * @param sigmaVerticalM vertical error of such reports, 1-σ metres
 */
public record SensorCalibration(
    String sensorId,
    int sac,
    int sic,
    GeoPoint site,
    double sigmaRangeM,
    double sigmaAzimuthRad,
    double sigmaHorizontalM,
    double sigmaVerticalM) {
  public SensorCalibration {
    Objects.requireNonNull(sensorId, "sensorId");
    if ((sac < 0) != (sic < 0) || sac > 255 || sic > 255) {
      throw new IllegalArgumentException(
          sensorId + ": SAC and SIC must both be 0..255 or both absent");
    }
    if (!(sigmaHorizontalM > 0) || !(sigmaVerticalM > 0)) {
      throw new IllegalArgumentException(
          sensorId + ": horizontal and vertical sigma must be positive");
    }
  }

  /** {@code sac << 8 | sic}, or -1 when the sensor has no ASTERIX address. */
  public int sacSic() {
    return sac < 0 ? -1 : sac << 8 | sic;
  }
}
