package org.sargas.track.classification;

import java.util.Objects;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Classification;

/**
 * What the classification of one track remembers, and the chain the tracker runs at each of its
 * updates: the state goes into the {@link KinematicHistory}; when the history's features were
 * refreshed or the identity changed, the (stateless) classifier proposes a class from them and the
 * {@link ClassificationHysteresis} decides what is shown; otherwise the shown classification
 * stands. Mutable; owned by one track. Not thread-safe.
 */
public final class ClassificationState {
  private final KinematicHistory kinematics = new KinematicHistory();
  private final ClassificationHysteresis hysteresis = new ClassificationHysteresis();
  private Identity classifiedIdentity;
  private AircraftDescription classifiedDescription;

  /**
   * The classification to show after an update.
   *
   * @param classifier the classifier
   * @param atS event time of the state, s
   * @param eastM region east, m
   * @param northM region north, m
   * @param velocityEastMps east velocity, m/s
   * @param velocityNorthMps north velocity, m/s
   * @param speedSigmaMps 1-σ of the speed estimate, m/s
   * @param altitudeM altitude, m (NaN when unknown)
   * @param climbRateMps the altitude filter's vertical rate, m/s (NaN when unknown)
   * @param updates detections associated so far
   * @param identity fused identity
   * @param description what cooperative sources declare
   */
  public Classification update(
      TrackClassifier classifier,
      double atS,
      double eastM,
      double northM,
      double velocityEastMps,
      double velocityNorthMps,
      double speedSigmaMps,
      double altitudeM,
      double climbRateMps,
      int updates,
      Identity identity,
      AircraftDescription description) {
    boolean refreshed =
        kinematics.add(
            atS,
            eastM,
            northM,
            velocityEastMps,
            velocityNorthMps,
            altitudeM,
            climbRateMps,
            updates);
    if (!refreshed
        && Objects.equals(identity, classifiedIdentity)
        && Objects.equals(description, classifiedDescription)) {
      return hysteresis.current();
    }
    classifiedIdentity = identity;
    classifiedDescription = description;
    TrackFeatures f = kinematics.features(speedSigmaMps, altitudeM, updates, identity, description);
    return hysteresis.accept(classifier.classify(f), f.transponder(), atS);
  }

  /** The classification shown now. */
  public Classification current() {
    return hysteresis.current();
  }
}
