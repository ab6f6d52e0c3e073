package org.sargas.formats;

import java.util.Objects;

/**
 * The status of one sensor as its SDPS reports it (ASTERIX CAT063 "Sensor Status Reports", edition
 * 1.7): the connection state and which detection technologies work, from I063/060, and the biases
 * the SDPS estimated for the sensor, from I063/070, 080, 081, 090 and 091. A technology flag is
 * true when the SDPS reports it GO (the flags are only meaningful when the state is {@link
 * SensorFeedState#OPERATIONAL}). Biases the report does not carry are NaN. Immutable.
 *
 * @param state I063/060 CON
 * @param psrGo I063/060 PSR: primary surveillance radar GO
 * @param ssrGo I063/060 SSR: secondary surveillance radar GO
 * @param modeSGo I063/060 MDS: Mode S GO
 * @param adsGo I063/060 ADS: ADS GO
 * @param multilaterationGo I063/060 MLT: multilateration GO
 * @param timeStampingBiasS I063/070 plot time-stamping bias, seconds
 * @param ssrRangeGain I063/080 SRG, SSR/Mode S range gain (dimensionless; ρ corrected = (ρ − bias)
 *     / (1 + gain))
 * @param ssrRangeBiasM I063/080 SRB, SSR/Mode S range bias, metres
 * @param ssrAzimuthBiasRad I063/081 SSR/Mode S azimuth bias, radians (θ corrected = θ − bias)
 * @param psrRangeGain I063/090 PRG, PSR range gain
 * @param psrRangeBiasM I063/090 PRB, PSR range bias, metres
 * @param psrAzimuthBiasRad I063/091 PSR azimuth bias, radians
 */
public record SensorFeedStatus(
    SensorFeedState state,
    boolean psrGo,
    boolean ssrGo,
    boolean modeSGo,
    boolean adsGo,
    boolean multilaterationGo,
    double timeStampingBiasS,
    double ssrRangeGain,
    double ssrRangeBiasM,
    double ssrAzimuthBiasRad,
    double psrRangeGain,
    double psrRangeBiasM,
    double psrAzimuthBiasRad) {
  public SensorFeedStatus {
    Objects.requireNonNull(state, "state");
  }
}
