package org.sargas.formats.modes;

import java.time.Instant;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;

/**
 * A decoded ADS-B position (DF17/18 with a resolved CPR position from a trusted address) to an
 * {@link Observation}: a {@link GeodeticMeasurement} with the barometric altitude (pressure
 * altitude in metres) or GNSS height, and the ICAO address as identity. The horizontal error comes
 * from the NACp the decoder last saw when known (DO-260B EPU bounds, 95 % to 1-σ by /2), else the
 * configured default. Immutable and thread-safe.
 */
public final class ModeSObservationAdapter {
  private static final double FT_M = 0.3048;
  private static final double[] NACP_EPU_M = {
    Double.NaN,
    18520,
    7408,
    3704,
    1852,
    926,
    555.6,
    185.2,
    92.6,
    30,
    10,
    3,
    Double.NaN,
    Double.NaN,
    Double.NaN,
    Double.NaN
  };
  private final String sensorId;
  private final double defaultSigmaM;

  /**
   * @param sensorId the receiver's sensor id
   * @param defaultSigmaM 1-σ horizontal error when no NACp is known, metres
   */
  public ModeSObservationAdapter(String sensorId, double defaultSigmaM) {
    this.sensorId = sensorId;
    this.defaultSigmaM = defaultSigmaM;
  }

  /** 1-σ horizontal error for a NACp value (0..11), or NaN when unknown. */
  public static double sigmaForNacp(int nacp) {
    return nacp < 0 || nacp > 15 ? Double.NaN : NACP_EPU_M[nacp] / 2.0;
  }

  /**
   * @param fields a decoded frame
   * @param eventTime when the frame was received (Mode S carries no time of its own)
   * @param nacp the aircraft's last NACp, -1 when unknown
   * @return the observation, or null when the frame has no resolved position from a trusted address
   */
  public Observation toObservation(ModeSFields fields, Instant eventTime, int nacp) {
    if (!fields.icaoTrusted || Double.isNaN(fields.latDeg)) {
      return null;
    }
    double altM = fields.altitudeFt * FT_M;
    double sigma = sigmaForNacp(nacp);
    return new Observation(
        sensorId,
        eventTime,
        new GeodeticMeasurement(
            new GeoPoint(fields.latDeg, fields.lonDeg, Double.isNaN(altM) ? 0 : altM),
            Double.isNaN(sigma) ? defaultSigmaM : sigma,
            Double.isNaN(altM) ? Double.NaN : 25 * FT_M),
        altM,
        new Identity(fields.icaoHex(), null, null, null, null));
  }
}
