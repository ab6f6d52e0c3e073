package org.sargas.track;

/**
 * Tracker tuning. Units in the names; {@link #defaults()} suits air surveillance with sensors of 1
 * to 12 s update period. Change single values with {@link #toBuilder()}.
 *
 * <p>{@link TrackerComponents#standard(TrackerConfig)} builds the roles from the members that tune
 * them (motion model and its densities and sojourns, updates, gates, associators, M-of-N, deletion,
 * triangulation). {@link MultiTargetTracker} itself reads the lag window, default update period,
 * assumed and reported altitude sigmas, climb density, grid cell, pre-gate speed sigmas, identity
 * bonus, mixture hit weight, manoeuvre recovery, initial turn-rate sigma (at confirmation),
 * tentative reporting and first track number; with injected roles only these apply.
 *
 * @param motionModel the filter: constant velocity, or IMM of constant velocity and coordinated
 *     turn
 * @param accelerationDensity process noise spectral density q of the constant-velocity filter (and
 *     of tentative tracks), m²/s³ per axis
 * @param quietAccelerationDensity q of the IMM's constant-velocity mode, m²/s³
 * @param turnAccelerationDensity q of the IMM's coordinated-turn mode, m²/s³
 * @param turnRateDensity turn-rate random-walk density of the IMM's turn mode, rad²/s³
 * @param straightSojournS mean time in the IMM's straight mode, s
 * @param turnSojournS mean time in the IMM's turn mode, s
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
 * @param detectionProbability detection probability (JPDA weights)
 * @param clutterDensityPerM2 false-alarm density per m² (JPDA weights)
 * @param gridCellM cell size of the spatial pre-gate, m
 * @param reportTentative whether tentative tracks appear in the output batches
 * @param unscentedBearings whether bearings update by the unscented (instead of extended) Kalman
 *     filter
 * @param initialTurnRateSigmaRadPerS 1-σ of the turn rate (state component 4) of a new IMM state,
 *     both at initiation and when a tentative track is promoted to the IMM at confirmation, rad/s
 * @param initialTurnProbability probability of the IMM's turn mode for a new track (the straight
 *     mode gets the rest), in [0, 1]
 * @param identityGateDistance2 gate, as a squared Mahalanobis distance, for pairs whose identities
 *     agree (same ICAO address or Remote ID serial); also the pre-gate reach of a track that has an
 *     identity
 * @param identityBonus cost reduction of a pair whose identities agree, in negative log-likelihood
 *     units (nats); makes the assignment prefer it
 * @param preGateSpeedSigmas the spatial pre-gate allows a track to move, over half the time span of
 *     a sensor group, at its predicted speed plus this many standard deviations of its velocity
 * @param gateProbability JPDA's Pg, the probability that a true detection falls inside the gate, in
 *     (0, 1]
 * @param maxJointEvents largest number of JPDA joint events enumerated exactly per cluster (larger
 *     clusters use the cheap-JPDA approximation)
 * @param mixtureHitWeight a JPDA update counts as a hit (life cycle, identity, altitude) when the
 *     weights of its detections sum to at least this, in (0, 1]
 * @param manoeuvreAccelerationMps2 manoeuvre recovery: unmodelled horizontal acceleration, per
 *     axis, by which a confirmed IMM track's prediction is inflated over its silence, m/s²
 * @param manoeuvreMaxSilenceS manoeuvre recovery: longest silence after which a track is still
 *     recovered, s (beyond it the inflated gate, a 2 g turn moves a target 1 km in 10 s, would
 *     reach clutter plots)
 * @param manoeuvreMaxTurnRateRadPerS manoeuvre recovery: fastest turn the cheap pre-check allows
 *     for, bending the straight-line extrapolation, rad/s
 * @param manoeuvreReachMarginM manoeuvre recovery: margin added to the pre-check's reach, m
 * @param reportedAltitudeSigmaM 1-σ of a reported or measured altitude that comes without one, for
 *     the altitude filter, m
 * @param triangulationWindowS how long an unclaimed bearing is kept for pairing with other sensors'
 *     bearings into a position fix, s
 * @param triangulationSpeedSigmas the triangulator allows for the time skew between bearings with a
 *     target speed 1-σ of {@code maxSpeedMps / triangulationSpeedSigmas}
 * @param triangulationMinCrossingRad smallest angle at which two lines of bearing are intersected,
 *     rad, in (0, π/2)
 * @param firstTrackNumber number of the first track confirmed (ids {@code T0000001}, ...), at least
 *     1; to continue numbering after a restart, set it to the previous tracker's {@link
 *     MultiTargetTracker#lastTrackNumber()} + 1
 * @param systemTrackConfirmUpdates a track started by another tracker's track report (a {@code
 *     SystemTrackMeasurement}) is confirmed after this many of its updates, at least 1 (no M-of-N)
 * @param systemTrackReuseDistanceM a system-track report farther than this from the local track its
 *     source track number is bound to means the source reused the number for another target: the
 *     binding is dropped and the report treated as a new source track, m
 * @param smoothingLagS lag of the fixed-lag Rauch–Tung–Striebel smoother of confirmed tracks
 *     ({@link MultiTargetTracker#takeSmoothed()}): an update is smoothed with the updates of the
 *     following {@code smoothingLagS} seconds, then reported once; 0 turns smoothing off, s
 */
public record TrackerConfig(
    MotionModelKind motionModel,
    double accelerationDensity,
    double quietAccelerationDensity,
    double turnAccelerationDensity,
    double turnRateDensity,
    double straightSojournS,
    double turnSojournS,
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
    boolean reportTentative,
    boolean unscentedBearings,
    double initialTurnRateSigmaRadPerS,
    double initialTurnProbability,
    double identityGateDistance2,
    double identityBonus,
    double preGateSpeedSigmas,
    double gateProbability,
    long maxJointEvents,
    double mixtureHitWeight,
    double manoeuvreAccelerationMps2,
    double manoeuvreMaxSilenceS,
    double manoeuvreMaxTurnRateRadPerS,
    double manoeuvreReachMarginM,
    double reportedAltitudeSigmaM,
    double triangulationWindowS,
    double triangulationSpeedSigmas,
    double triangulationMinCrossingRad,
    long firstTrackNumber,
    int systemTrackConfirmUpdates,
    double systemTrackReuseDistanceM,
    double smoothingLagS) {

  public TrackerConfig {
    if (confirmHits < 1 || confirmWindow < confirmHits) {
      throw new IllegalArgumentException("need 1 <= confirmHits <= confirmWindow");
    }
    if (!(gateDistance2 > 0) || !(accelerationDensity >= 0) || !(maxSpeedMps > 0)) {
      throw new IllegalArgumentException("gate, process noise and max speed must be positive");
    }
    if (!(straightSojournS > 0) || !(turnSojournS > 0)) {
      throw new IllegalArgumentException("sojourn times must be positive");
    }
    if (!(detectionProbability > 0 && detectionProbability <= 1)) {
      throw new IllegalArgumentException("detectionProbability must be in (0, 1]");
    }
    if (!(initialTurnRateSigmaRadPerS >= 0)
        || !(initialTurnProbability >= 0 && initialTurnProbability <= 1)) {
      throw new IllegalArgumentException(
          "initialTurnRateSigmaRadPerS must be >= 0, initialTurnProbability in [0, 1]");
    }
    if (!(identityGateDistance2 > 0) || !(identityBonus >= 0) || !(preGateSpeedSigmas >= 0)) {
      throw new IllegalArgumentException(
          "identity gate must be positive, identity bonus and pre-gate sigmas non-negative");
    }
    if (!(gateProbability > 0 && gateProbability <= 1)
        || maxJointEvents < 1
        || !(mixtureHitWeight > 0 && mixtureHitWeight <= 1)) {
      throw new IllegalArgumentException(
          "need gateProbability and mixtureHitWeight in (0, 1], maxJointEvents >= 1");
    }
    if (!(manoeuvreAccelerationMps2 >= 0)
        || !(manoeuvreMaxSilenceS >= 0)
        || !(manoeuvreMaxTurnRateRadPerS >= 0)
        || !(manoeuvreReachMarginM >= 0)) {
      throw new IllegalArgumentException("manoeuvre recovery settings must be non-negative");
    }
    if (!(reportedAltitudeSigmaM > 0)) {
      throw new IllegalArgumentException("reportedAltitudeSigmaM must be positive");
    }
    if (!(triangulationWindowS >= 0)
        || !(triangulationSpeedSigmas > 0)
        || !(triangulationMinCrossingRad > 0 && triangulationMinCrossingRad < Math.PI / 2)) {
      throw new IllegalArgumentException(
          "need triangulationWindowS >= 0, triangulationSpeedSigmas > 0 and a crossing angle in"
              + " (0, π/2)");
    }
    if (systemTrackConfirmUpdates < 1 || !(systemTrackReuseDistanceM > 0)) {
      throw new IllegalArgumentException(
          "need systemTrackConfirmUpdates >= 1 and systemTrackReuseDistanceM > 0");
    }
    if (firstTrackNumber < 1) {
      throw new IllegalArgumentException("firstTrackNumber must be >= 1: " + firstTrackNumber);
    }
    if (!(smoothingLagS >= 0)) {
      throw new IllegalArgumentException("smoothingLagS must be >= 0: " + smoothingLagS);
    }
    motionModel = motionModel == null ? MotionModelKind.IMM : motionModel;
    associator = associator == null ? AssociatorKind.GNN : associator;
  }

  /** Defaults for air surveillance. */
  public static TrackerConfig defaults() {
    return new Builder().build();
  }

  /** A builder holding this configuration's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** This configuration with another associator. */
  public TrackerConfig withAssociator(AssociatorKind kind) {
    return toBuilder().associator(kind).build();
  }

  /** This configuration with another motion model. */
  public TrackerConfig withMotionModel(MotionModelKind kind) {
    return toBuilder().motionModel(kind).build();
  }

  /** Builds a {@link TrackerConfig}, starting from the defaults. Not thread-safe. */
  public static final class Builder {
    private MotionModelKind motionModel = MotionModelKind.IMM;
    private double accelerationDensity = 1.0;
    private double quietAccelerationDensity = 0.02;
    private double turnAccelerationDensity = 1.0;
    private double turnRateDensity = 1e-4;
    private double straightSojournS = 40.0;
    private double turnSojournS = 20.0;
    private double gateDistance2 = 16.0;
    private int confirmHits = 3;
    private int confirmWindow = 4;
    private double maxSpeedMps = 350.0;
    private double coastAfterPeriods = 1.6;
    private double dropAfterPeriods = 4.5;
    private double maxPositionSigmaM = 5000.0;
    private double assumedAltitudeM = 6000.0;
    private double assumedAltitudeSigmaM = 4000.0;
    private double defaultUpdatePeriodS = 1.0;
    private double maxLagS = 30.0;
    private double climbDensity = 1.0;
    private AssociatorKind associator = AssociatorKind.GNN;
    private double detectionProbability = 0.9;
    private double clutterDensityPerM2 = 1e-8;
    private double gridCellM = 5000.0;
    private boolean reportTentative = false;
    private boolean unscentedBearings = false;
    private double initialTurnRateSigmaRadPerS = Math.toRadians(5.0);
    private double initialTurnProbability = 0.2;
    private double identityGateDistance2 = 400.0;
    private double identityBonus = 10.0;
    private double preGateSpeedSigmas = 3.0;
    private double gateProbability = 0.997;
    private long maxJointEvents = 100_000;
    private double mixtureHitWeight = 0.5;
    private double manoeuvreAccelerationMps2 = 20.0;
    private double manoeuvreMaxSilenceS = 5.0;
    private double manoeuvreMaxTurnRateRadPerS = 0.25;
    private double manoeuvreReachMarginM = 500.0;
    private double reportedAltitudeSigmaM = 30.0;
    private double triangulationWindowS = 2.0;
    private double triangulationSpeedSigmas = 3.0;
    private double triangulationMinCrossingRad = Math.toRadians(5.0);
    private long firstTrackNumber = 1;
    private int systemTrackConfirmUpdates = 2;
    private double systemTrackReuseDistanceM = 20_000.0;
    private double smoothingLagS = 12.0;

    /** The defaults. */
    public Builder() {}

    Builder(TrackerConfig c) {
      motionModel = c.motionModel;
      accelerationDensity = c.accelerationDensity;
      quietAccelerationDensity = c.quietAccelerationDensity;
      turnAccelerationDensity = c.turnAccelerationDensity;
      turnRateDensity = c.turnRateDensity;
      straightSojournS = c.straightSojournS;
      turnSojournS = c.turnSojournS;
      gateDistance2 = c.gateDistance2;
      confirmHits = c.confirmHits;
      confirmWindow = c.confirmWindow;
      maxSpeedMps = c.maxSpeedMps;
      coastAfterPeriods = c.coastAfterPeriods;
      dropAfterPeriods = c.dropAfterPeriods;
      maxPositionSigmaM = c.maxPositionSigmaM;
      assumedAltitudeM = c.assumedAltitudeM;
      assumedAltitudeSigmaM = c.assumedAltitudeSigmaM;
      defaultUpdatePeriodS = c.defaultUpdatePeriodS;
      maxLagS = c.maxLagS;
      climbDensity = c.climbDensity;
      associator = c.associator;
      detectionProbability = c.detectionProbability;
      clutterDensityPerM2 = c.clutterDensityPerM2;
      gridCellM = c.gridCellM;
      reportTentative = c.reportTentative;
      unscentedBearings = c.unscentedBearings;
      initialTurnRateSigmaRadPerS = c.initialTurnRateSigmaRadPerS;
      initialTurnProbability = c.initialTurnProbability;
      identityGateDistance2 = c.identityGateDistance2;
      identityBonus = c.identityBonus;
      preGateSpeedSigmas = c.preGateSpeedSigmas;
      gateProbability = c.gateProbability;
      maxJointEvents = c.maxJointEvents;
      mixtureHitWeight = c.mixtureHitWeight;
      manoeuvreAccelerationMps2 = c.manoeuvreAccelerationMps2;
      manoeuvreMaxSilenceS = c.manoeuvreMaxSilenceS;
      manoeuvreMaxTurnRateRadPerS = c.manoeuvreMaxTurnRateRadPerS;
      manoeuvreReachMarginM = c.manoeuvreReachMarginM;
      reportedAltitudeSigmaM = c.reportedAltitudeSigmaM;
      triangulationWindowS = c.triangulationWindowS;
      triangulationSpeedSigmas = c.triangulationSpeedSigmas;
      triangulationMinCrossingRad = c.triangulationMinCrossingRad;
      firstTrackNumber = c.firstTrackNumber;
      systemTrackConfirmUpdates = c.systemTrackConfirmUpdates;
      systemTrackReuseDistanceM = c.systemTrackReuseDistanceM;
      smoothingLagS = c.smoothingLagS;
    }

    public Builder motionModel(MotionModelKind v) {
      motionModel = v;
      return this;
    }

    public Builder accelerationDensity(double v) {
      accelerationDensity = v;
      return this;
    }

    public Builder quietAccelerationDensity(double v) {
      quietAccelerationDensity = v;
      return this;
    }

    public Builder turnAccelerationDensity(double v) {
      turnAccelerationDensity = v;
      return this;
    }

    public Builder turnRateDensity(double v) {
      turnRateDensity = v;
      return this;
    }

    public Builder sojournsS(double straight, double turn) {
      straightSojournS = straight;
      turnSojournS = turn;
      return this;
    }

    public Builder gateDistance2(double v) {
      gateDistance2 = v;
      return this;
    }

    public Builder confirmation(int hits, int window) {
      confirmHits = hits;
      confirmWindow = window;
      return this;
    }

    public Builder maxSpeedMps(double v) {
      maxSpeedMps = v;
      return this;
    }

    public Builder deletion(double coastPeriods, double dropPeriods, double maxSigmaM) {
      coastAfterPeriods = coastPeriods;
      dropAfterPeriods = dropPeriods;
      maxPositionSigmaM = maxSigmaM;
      return this;
    }

    public Builder assumedAltitude(double altitudeM, double sigmaM) {
      assumedAltitudeM = altitudeM;
      assumedAltitudeSigmaM = sigmaM;
      return this;
    }

    public Builder defaultUpdatePeriodS(double v) {
      defaultUpdatePeriodS = v;
      return this;
    }

    public Builder maxLagS(double v) {
      maxLagS = v;
      return this;
    }

    public Builder climbDensity(double v) {
      climbDensity = v;
      return this;
    }

    public Builder associator(AssociatorKind v) {
      associator = v;
      return this;
    }

    public Builder detectionProbability(double v) {
      detectionProbability = v;
      return this;
    }

    public Builder clutterDensityPerM2(double v) {
      clutterDensityPerM2 = v;
      return this;
    }

    public Builder gridCellM(double v) {
      gridCellM = v;
      return this;
    }

    public Builder unscentedBearings(boolean v) {
      unscentedBearings = v;
      return this;
    }

    public Builder reportTentative(boolean v) {
      reportTentative = v;
      return this;
    }

    public Builder initialTurnRateSigmaRadPerS(double v) {
      initialTurnRateSigmaRadPerS = v;
      return this;
    }

    public Builder initialTurnProbability(double v) {
      initialTurnProbability = v;
      return this;
    }

    /** The gate and the cost bonus of pairs whose identities agree. */
    public Builder identityGate(double distance2, double bonus) {
      identityGateDistance2 = distance2;
      identityBonus = bonus;
      return this;
    }

    public Builder preGateSpeedSigmas(double v) {
      preGateSpeedSigmas = v;
      return this;
    }

    public Builder gateProbability(double v) {
      gateProbability = v;
      return this;
    }

    public Builder maxJointEvents(long v) {
      maxJointEvents = v;
      return this;
    }

    public Builder mixtureHitWeight(double v) {
      mixtureHitWeight = v;
      return this;
    }

    /** The manoeuvre recovery's settings (see the record's parameters). */
    public Builder manoeuvreRecovery(
        double accelerationMps2, double maxSilenceS, double maxTurnRateRadPerS, double marginM) {
      manoeuvreAccelerationMps2 = accelerationMps2;
      manoeuvreMaxSilenceS = maxSilenceS;
      manoeuvreMaxTurnRateRadPerS = maxTurnRateRadPerS;
      manoeuvreReachMarginM = marginM;
      return this;
    }

    public Builder reportedAltitudeSigmaM(double v) {
      reportedAltitudeSigmaM = v;
      return this;
    }

    /** The bearing triangulator's settings (see the record's parameters). */
    public Builder triangulation(double windowS, double speedSigmas, double minCrossingRad) {
      triangulationWindowS = windowS;
      triangulationSpeedSigmas = speedSigmas;
      triangulationMinCrossingRad = minCrossingRad;
      return this;
    }

    public Builder firstTrackNumber(long v) {
      firstTrackNumber = v;
      return this;
    }

    /** How tracks started by system-track reports are confirmed and rebound (see the record). */
    public Builder systemTracks(int confirmUpdates, double reuseDistanceM) {
      systemTrackConfirmUpdates = confirmUpdates;
      systemTrackReuseDistanceM = reuseDistanceM;
      return this;
    }

    /** The smoother's lag (see the record's parameters); 0 turns smoothing off. */
    public Builder smoothingLagS(double v) {
      smoothingLagS = v;
      return this;
    }

    public TrackerConfig build() {
      return new TrackerConfig(
          motionModel,
          accelerationDensity,
          quietAccelerationDensity,
          turnAccelerationDensity,
          turnRateDensity,
          straightSojournS,
          turnSojournS,
          gateDistance2,
          confirmHits,
          confirmWindow,
          maxSpeedMps,
          coastAfterPeriods,
          dropAfterPeriods,
          maxPositionSigmaM,
          assumedAltitudeM,
          assumedAltitudeSigmaM,
          defaultUpdatePeriodS,
          maxLagS,
          climbDensity,
          associator,
          detectionProbability,
          clutterDensityPerM2,
          gridCellM,
          reportTentative,
          unscentedBearings,
          initialTurnRateSigmaRadPerS,
          initialTurnProbability,
          identityGateDistance2,
          identityBonus,
          preGateSpeedSigmas,
          gateProbability,
          maxJointEvents,
          mixtureHitWeight,
          manoeuvreAccelerationMps2,
          manoeuvreMaxSilenceS,
          manoeuvreMaxTurnRateRadPerS,
          manoeuvreReachMarginM,
          reportedAltitudeSigmaM,
          triangulationWindowS,
          triangulationSpeedSigmas,
          triangulationMinCrossingRad,
          firstTrackNumber,
          systemTrackConfirmUpdates,
          systemTrackReuseDistanceM,
          smoothingLagS);
    }
  }
}
