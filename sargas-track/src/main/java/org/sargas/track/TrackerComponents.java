package org.sargas.track;

import java.util.Objects;
import org.sargas.track.association.DataAssociator;
import org.sargas.track.association.Gater;
import org.sargas.track.association.GlobalNearestNeighbourAssociator;
import org.sargas.track.association.JointProbabilisticAssociator;
import org.sargas.track.association.MahalanobisGater;
import org.sargas.track.classification.RuleBasedClassifier;
import org.sargas.track.classification.TrackClassifier;
import org.sargas.track.filter.ConstantVelocityModel;
import org.sargas.track.filter.CoordinatedTurnModel;
import org.sargas.track.filter.ImmTrackFilter;
import org.sargas.track.filter.KalmanTrackFilter;
import org.sargas.track.filter.KalmanUpdater;
import org.sargas.track.filter.TrackFilter;
import org.sargas.track.filter.TransitionModel;
import org.sargas.track.filter.UnscentedKalmanUpdater;
import org.sargas.track.filter.Updater;
import org.sargas.track.lifecycle.Deleter;
import org.sargas.track.lifecycle.Initiator;
import org.sargas.track.lifecycle.MOfNInitiator;
import org.sargas.track.lifecycle.SilenceDeleter;
import org.sargas.track.measurement.BearingTriangulator;

/**
 * The roles of one {@link MultiTargetTracker}, injected through its constructor; {@link
 * #standard(TrackerConfig)} builds the defaults from a {@link TrackerConfig}.
 *
 * <p>Contract between the roles: the {@code initiator} starts tracks in states of the {@code
 * tentativeFilter}'s shape. When {@code filter} and {@code tentativeFilter} are different objects,
 * a track moves from the tentative to the confirmed filter at confirmation (its common components
 * copied, any extra ones, such as the turn rate, started with variance {@link
 * TrackerConfig#initialTurnRateSigmaRadPerS()}²), so {@code filter} must have at least the
 * tentative filter's dimension. The gaters work on the states of both filters and leave the pair's
 * innovation in the {@code Innovation} they are given.
 *
 * <p>The record is immutable, its roles are not: filters, updaters, associators and the
 * triangulator own scratch space or memory. One set serves one tracker; build a fresh set for each.
 *
 * @param filter estimator of confirmed (and coasting) tracks: prediction and update
 * @param tentativeFilter estimator of tentative tracks (may be {@code filter} itself)
 * @param gater gate of ordinary pairs; its {@link Gater#gateDistance2()} also sets miss costs and
 *     the spatial pre-gate's reach
 * @param identityGater gate of pairs whose identities agree (same ICAO address or Remote ID
 *     serial), and the pre-gate reach of a track that has an identity
 * @param associator weighs the gated pairs of confirmed tracks (hard or soft)
 * @param tentativeAssociator weighs the gated pairs of tentative tracks
 * @param initiator starts tentative tracks from unclaimed detections, confirms or abandons them
 * @param deleter coasts and drops confirmed tracks
 * @param classifier classifies a track each time it is reported after an update
 * @param triangulator turns unclaimed bearings of several sensors into position fixes that can
 *     start a track
 */
public record TrackerComponents(
    TrackFilter filter,
    TrackFilter tentativeFilter,
    Gater gater,
    Gater identityGater,
    DataAssociator associator,
    DataAssociator tentativeAssociator,
    Initiator initiator,
    Deleter deleter,
    TrackClassifier classifier,
    BearingTriangulator triangulator) {

  public TrackerComponents {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(tentativeFilter, "tentativeFilter");
    Objects.requireNonNull(gater, "gater");
    Objects.requireNonNull(identityGater, "identityGater");
    Objects.requireNonNull(associator, "associator");
    Objects.requireNonNull(tentativeAssociator, "tentativeAssociator");
    Objects.requireNonNull(initiator, "initiator");
    Objects.requireNonNull(deleter, "deleter");
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(triangulator, "triangulator");
    if (filter.dimension() < tentativeFilter.dimension()) {
      throw new IllegalArgumentException(
          "the confirmed filter's dimension must be at least the tentative filter's");
    }
  }

  /**
   * The standard roles for {@code config}: the filter it names (constant velocity, or an IMM of
   * constant velocity and coordinated turn whose tentative tracks run a constant-velocity Kalman
   * filter), extended or unscented updates for bearings, Mahalanobis gates, global nearest
   * neighbour (or JPDA for confirmed tracks), M-of-N initiation, deletion by silence, the
   * rule-based classifier and least-squares bearing triangulation. Every number comes from {@code
   * config}.
   */
  public static TrackerComponents standard(TrackerConfig config) {
    Objects.requireNonNull(config, "config");
    TrackFilter filter = filterFor(config);
    TrackFilter tentativeFilter =
        config.motionModel() == MotionModelKind.CV
            ? filter
            : new KalmanTrackFilter(
                new ConstantVelocityModel(config.accelerationDensity()), updaterFor(config, 4));
    Updater updater = updaterFor(config, filter.dimension());
    DataAssociator tentativeAssociator = new GlobalNearestNeighbourAssociator();
    DataAssociator associator =
        config.associator() == AssociatorKind.JPDA
            ? new JointProbabilisticAssociator(
                config.detectionProbability(), config.gateProbability(),
                config.clutterDensityPerM2(), config.maxJointEvents())
            : tentativeAssociator;
    return new TrackerComponents(
        filter,
        tentativeFilter,
        new MahalanobisGater(updater, config.gateDistance2()),
        new MahalanobisGater(updater, config.identityGateDistance2()),
        associator,
        tentativeAssociator,
        new MOfNInitiator(
            config.confirmHits(),
            config.confirmWindow(),
            tentativeFilter,
            config.maxSpeedMps(),
            config.initialTurnRateSigmaRadPerS()),
        new SilenceDeleter(
            config.coastAfterPeriods(), config.dropAfterPeriods(), config.maxPositionSigmaM()),
        new RuleBasedClassifier(),
        new BearingTriangulator(
            config.triangulationWindowS(),
            config.maxSpeedMps() / config.triangulationSpeedSigmas(),
            config.triangulationMinCrossingRad()));
  }

  /** These roles with another initiator. */
  public TrackerComponents withInitiator(Initiator other) {
    return new TrackerComponents(
        filter,
        tentativeFilter,
        gater,
        identityGater,
        associator,
        tentativeAssociator,
        other,
        deleter,
        classifier,
        triangulator);
  }

  /** These roles with another deleter. */
  public TrackerComponents withDeleter(Deleter other) {
    return new TrackerComponents(
        filter,
        tentativeFilter,
        gater,
        identityGater,
        associator,
        tentativeAssociator,
        initiator,
        other,
        classifier,
        triangulator);
  }

  /** These roles with another classifier. */
  public TrackerComponents withClassifier(TrackClassifier other) {
    return new TrackerComponents(
        filter,
        tentativeFilter,
        gater,
        identityGater,
        associator,
        tentativeAssociator,
        initiator,
        deleter,
        other,
        triangulator);
  }

  /** These roles with other associators for confirmed and for tentative tracks. */
  public TrackerComponents withAssociators(DataAssociator confirmed, DataAssociator tentative) {
    return new TrackerComponents(
        filter,
        tentativeFilter,
        gater,
        identityGater,
        confirmed,
        tentative,
        initiator,
        deleter,
        classifier,
        triangulator);
  }

  /**
   * The filter {@code config} asks for, on states of 4 ({@code CV}) or 5 ({@code IMM}) components.
   */
  private static TrackFilter filterFor(TrackerConfig config) {
    if (config.motionModel() == MotionModelKind.CV) {
      return new KalmanTrackFilter(
          new ConstantVelocityModel(config.accelerationDensity()), updaterFor(config, 4));
    }
    TransitionModel[] models = {
      new ConstantVelocityModel(config.quietAccelerationDensity(), 5),
      new CoordinatedTurnModel(config.turnAccelerationDensity(), config.turnRateDensity())
    };
    return new ImmTrackFilter(
        models,
        new double[] {config.straightSojournS(), config.turnSojournS()},
        new double[] {1 - config.initialTurnProbability(), config.initialTurnProbability()},
        updaterFor(config, 5));
  }

  /**
   * The updater {@code config} asks for: extended or unscented for bearings (same for positions).
   */
  private static Updater updaterFor(TrackerConfig config, int stateDimension) {
    return config.unscentedBearings()
        ? new UnscentedKalmanUpdater(stateDimension)
        : new KalmanUpdater(stateDimension);
  }
}
