package org.sargas.formats.asterix.cat065;

import java.util.Objects;

/**
 * One ASTERIX CAT065 (edition 1.6) service status message.
 *
 * @param sac I065/010 System Area Code
 * @param sic I065/010 System Identification Code
 * @param messageType I065/000
 * @param serviceId I065/015 service identification 0..255 (the same as the CAT062 I062/015 it
 *     accompanies)
 * @param timeOfDayS I065/030 time of message, seconds since UTC midnight (1/128 s)
 * @param batchNumber I065/020 batch number 0..255 for {@link Cat065MessageType#END_OF_BATCH}, -1
 *     absent
 * @param sdpsState I065/040 NOGO for {@link Cat065MessageType#SDPS_STATUS}, null absent
 * @param overload I065/040 OVL (only with a state)
 */
public record Cat065Record(
    int sac,
    int sic,
    Cat065MessageType messageType,
    int serviceId,
    double timeOfDayS,
    int batchNumber,
    Cat065SdpsState sdpsState,
    boolean overload) {

  public Cat065Record {
    Objects.requireNonNull(messageType, "messageType");
  }

  /** An SDPS status message. */
  public static Cat065Record sdpsStatus(
      int sac, int sic, int serviceId, double timeOfDayS, Cat065SdpsState state, boolean overload) {
    return new Cat065Record(
        sac, sic, Cat065MessageType.SDPS_STATUS, serviceId, timeOfDayS, -1, state, overload);
  }

  /** An end-of-batch message for batch {@code batchNumber} (taken modulo 256). */
  public static Cat065Record endOfBatch(
      int sac, int sic, int serviceId, double timeOfDayS, int batchNumber) {
    return new Cat065Record(
        sac,
        sic,
        Cat065MessageType.END_OF_BATCH,
        serviceId,
        timeOfDayS,
        Math.floorMod(batchNumber, 256),
        null,
        false);
  }
}
