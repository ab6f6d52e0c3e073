package org.sargas.track;

/**
 * Tracker tuning. Units in the names; {@link #defaults()} suits air surveillance with radars of 1
 * to 12 s rotation.
 *
 * @param accelerationDensity constant-velocity process noise spectral density q, m²/s³ per axis
 * @param gateDistance2 gate as a squared Mahalanobis distance (χ² quantile, 2 dof: 13.8 at 99.9 %)
 * @param confirmHits M of the M-of-N confirmation
 * @param confirmWindow N of the M-of-N confirmation, in update periods
 * @param maxSpeedMps fastest plausible target, m/s (sets the initial velocity uncertainty)
 * @param coastAfterPeriods silence, in update periods, after which a confirmed track coasts
 * @param dropAfterPeriods silence, in update periods, after which a confirmed track is dropped
 * @param maxPositionSigmaM worst-axis position 1-σ beyond which a track is dropped, m
 * @param assumedAltitudeM altitude assumed for 2-D radar plots of targets of unknown altitude, m
 * @param assumedAltitudeSigmaM 1-σ of that assumption, m
 * @param defaultUpdatePeriodS update period of sensors not registered with the tracker, s
 * @param maxLagS observations older than the newest processed one by more than this are dropped
 *     (counted), s
 * @param climbDensity vertical process noise spectral density, m²/s³
 * @param associator data associator
 * @param detectionProbability detection probability (JPDA weights and GNN miss cost)
 * @param clutterDensityPerM2 false-alarm density per m² (JPDA weights)
 * @param gridCellM cell size of the spatial pre-gate, m
 * @param reportTentative whether tentative tracks appear in the output batches
 */
public record TrackerConfig(
    double accelerationDensity,
    double gateDistance2,
    int confirmHits,
    int confirmWindow,
    double maxSpeedMps,
    double coastAfterPeriods,
    double dropAfterPeriods,
    double maxPositionSigmaM,
    double assumedAltitudeM,
    double assumedAltitudeSigmaM,
    double defaultUpdatePeriodS,
    double maxLagS,
    double climbDensity,
    AssociatorKind associator,
    double detectionProbability,
    double clutterDensityPerM2,
    double gridCellM,
    boolean reportTentative) {

  public TrackerConfig {
    if (confirmHits < 1 || confirmWindow < confirmHits) {
      throw new IllegalArgumentException("need 1 <= confirmHits <= confirmWindow");
    }
    if (!(gateDistance2 > 0) || !(accelerationDensity >= 0) || !(maxSpeedMps > 0)) {
      throw new IllegalArgumentException("gate, process noise and max speed must be positive");
    }
    if (associator == null) {
      associator = AssociatorKind.GNN;
    }
  }

  /** Defaults for air surveillance. */
  public static TrackerConfig defaults() {
    return new TrackerConfig(
        4.0, 16.0, 3, 4, 350.0, 1.6, 4.5, 5000.0, 3000.0, 3000.0, 1.0, 30.0, 1.0,
        AssociatorKind.GNN, 0.9, 1e-9, 2000.0, false);
  }

  /** This configuration with another process noise density. */
  public TrackerConfig withAccelerationDensity(double q) {
    return new TrackerConfig(
        q, gateDistance2, confirmHits, confirmWindow, maxSpeedMps, coastAfterPeriods,
        dropAfterPeriods, maxPositionSigmaM, assumedAltitudeM, assumedAltitudeSigmaM,
        defaultUpdatePeriodS, maxLagS, climbDensity, associator, detectionProbability,
        clutterDensityPerM2, gridCellM, reportTentative);
  }

  /** This configuration with another associator. */
  public TrackerConfig withAssociator(AssociatorKind kind) {
    return new TrackerConfig(
        accelerationDensity, gateDistance2, confirmHits, confirmWindow, maxSpeedMps,
        coastAfterPeriods, dropAfterPeriods, maxPositionSigmaM, assumedAltitudeM,
        assumedAltitudeSigmaM, defaultUpdatePeriodS, maxLagS, climbDensity, kind,
        detectionProbability, clutterDensityPerM2, gridCellM, reportTentative);
  }

  /** This configuration with another default update period for unregistered sensors. */
  public TrackerConfig withDefaultUpdatePeriodS(double periodS) {
    return new TrackerConfig(
        accelerationDensity, gateDistance2, confirmHits, confirmWindow, maxSpeedMps,
        coastAfterPeriods, dropAfterPeriods, maxPositionSigmaM, assumedAltitudeM,
        assumedAltitudeSigmaM, periodS, maxLagS, climbDensity, associator,
        detectionProbability, clutterDensityPerM2, gridCellM, reportTentative);
  }

  /** This configuration with other M-of-N confirmation parameters. */
  public TrackerConfig withConfirmation(int hits, int window) {
    return new TrackerConfig(
        accelerationDensity, gateDistance2, hits, window, maxSpeedMps, coastAfterPeriods,
        dropAfterPeriods, maxPositionSigmaM, assumedAltitudeM, assumedAltitudeSigmaM,
        defaultUpdatePeriodS, maxLagS, climbDensity, associator, detectionProbability,
        clutterDensityPerM2, gridCellM, reportTentative);
  }
}
