package org.sargas.formats.asterix.cat063;

import org.sargas.formats.SensorFeedStatus;

/**
 * One CAT063 1.7 sensor status report, copied out of a {@link Cat063View}. Absent values are -1,
 * NaN or null.
 *
 * @param sac I063/010 SAC of the SDPS
 * @param sic I063/010 SIC of the SDPS
 * @param serviceId I063/015 service identification
 * @param timeOfDayS I063/030 time of message, seconds since UTC midnight
 * @param sensorSac I063/050 SAC of the sensor the report is about
 * @param sensorSic I063/050 SIC of the sensor
 * @param status I063/060 and the biases (070, 080, 081, 090, 091); null without I063/060
 * @param psrElevationBiasRad I063/092 PSR elevation bias, radians
 */
public record Cat063Record(
    int sac,
    int sic,
    int serviceId,
    double timeOfDayS,
    int sensorSac,
    int sensorSic,
    SensorFeedStatus status,
    double psrElevationBiasRad) {}
