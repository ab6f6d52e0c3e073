package org.sargas.pipeline.trust;

import java.util.Set;

/**
 * Limits of the {@link TrustStage}. Distances in metres, times in seconds, speeds in m/s.
 *
 * @param jumpSigmas a report further from the emitter's predicted position than this many combined
 *     1-σ (plus the manoeuvre allowance) is a kinematic jump
 * @param jumpFloorM never a jump below this distance, m
 * @param maxAccelerationMps2 manoeuvre allowance of the prediction (a fighter at 4 g), m/s²
 * @param maxAircraftSpeedMps an ADS-B emitter faster than this between two reports teleported
 * @param maxDroneSpeedMps a Remote ID emitter faster than this between two reports teleported
 * @param radarMismatchM an ADS-B position further than this (or 5 combined σ) from a radar plot
 *     carrying the same Mode S address or Mode 3/A code does not match the radar, m
 * @param radarConfirmM a radar plot within this distance (or 5 combined σ) of an ADS-B position
 *     confirms it, m
 * @param unconfirmedLooks radar looks (antenna periods in coverage, summed over radars) without a
 *     confirming plot before an ADS-B emitter is NO_RADAR_CONFIRMATION
 * @param jitterRatio the RMS of an emitter's innovations above this multiple of its declared 1-σ
 *     (over at least {@code jitterReports} reports and above {@code jitterFloorM}) is jitter
 * @param jitterFloorM never jitter below this RMS, m
 * @param jitterReports reports in the jitter window
 * @param collapseSigmaM a declared 1-σ (NACp) above this after a good one is an integrity collapse
 * @param goodSigmaM a declared 1-σ at or below this is good integrity
 * @param receiverRangeFactor a receiver that hears a position beyond its instrumented range times
 *     this is inconsistent
 * @param synchronisedReceivers receivers whose receive times are synchronised (GNSS-disciplined,
 *     multilateration grade): only between them the time-of-arrival order is checked
 * @param toaToleranceS clock tolerance of the time-of-arrival check, s
 * @param replayWindowS a Remote ID message with the same serial, time stamp and position heard
 *     again later than this (or again by the same receiver) is a replay, s
 * @param holdS a flag keeps a track suspect for this long after the last flagged report, s
 * @param interferenceRadiusM emitters within this distance of each other form one interference
 *     area, m
 * @param interferenceWindowS evidence (radar offsets, collapses) older than this is forgotten, s
 * @param interferenceMinAircraft distinct aircraft with the same offset or a collapse in one area
 *     to raise a GNSS-interference advisory
 * @param sameOffsetM two radar offsets closer than this are "the same offset", m
 * @param timeUncertaintyS how far an ADS-B report's event time (the node's receive time of the
 *     frame: relays and TCP reads bunch frames) may be off, s; the jump allowance grows by the
 *     emitter's speed times this (not for synchronised receivers, whose times are the antenna's)
 */
public record TrustSettings(
    double jumpSigmas,
    double jumpFloorM,
    double maxAccelerationMps2,
    double maxAircraftSpeedMps,
    double maxDroneSpeedMps,
    double radarMismatchM,
    double radarConfirmM,
    int unconfirmedLooks,
    double jitterRatio,
    double jitterFloorM,
    int jitterReports,
    double collapseSigmaM,
    double goodSigmaM,
    double receiverRangeFactor,
    Set<String> synchronisedReceivers,
    double toaToleranceS,
    double replayWindowS,
    double holdS,
    double interferenceRadiusM,
    double interferenceWindowS,
    int interferenceMinAircraft,
    double sameOffsetM,
    double timeUncertaintyS) {

  public TrustSettings {
    synchronisedReceivers =
        synchronisedReceivers == null ? Set.of() : Set.copyOf(synchronisedReceivers);
    if (!(jumpSigmas > 0) || !(holdS >= 0) || unconfirmedLooks < 1 || jitterReports < 2) {
      throw new IllegalArgumentException("trust settings out of range");
    }
  }

  /**
   * Defaults (docs/security.md): jump at 6 σ + ½·40 m/s²·dt² (at least 300 m), aircraft 700 m/s,
   * drone 120 m/s, radar mismatch 1,500 m, radar confirmation 3,000 m within 3 looks, jitter 6× the
   * declared σ (at least 150 m, 8 reports), collapse above 900 m after ≤ 100 m, receiver range
   * ×1.5, no synchronised receivers (20 µs when there are), replay after 2 s, hold 120 s,
   * interference areas of 60 km over 120 s with 3 aircraft and offsets within 1,000 m.
   */
  public static TrustSettings defaults() {
    return new TrustSettings(
        6, 300, 40, 700, 120, 1_500, 3_000, 3, 6, 150, 8, 900, 100, 1.5, Set.of(), 20e-6, 2, 120,
        60_000, 120, 3, 1_000, 2);
  }

  /** A copy whose time-of-arrival check runs between {@code receivers}. */
  public TrustSettings withSynchronisedReceivers(Set<String> receivers) {
    return new TrustSettings(
        jumpSigmas,
        jumpFloorM,
        maxAccelerationMps2,
        maxAircraftSpeedMps,
        maxDroneSpeedMps,
        radarMismatchM,
        radarConfirmM,
        unconfirmedLooks,
        jitterRatio,
        jitterFloorM,
        jitterReports,
        collapseSigmaM,
        goodSigmaM,
        receiverRangeFactor,
        receivers,
        toaToleranceS,
        replayWindowS,
        holdS,
        interferenceRadiusM,
        interferenceWindowS,
        interferenceMinAircraft,
        sameOffsetM,
        timeUncertaintyS);
  }
}
