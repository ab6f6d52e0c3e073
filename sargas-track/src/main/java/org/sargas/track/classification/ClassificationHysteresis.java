package org.sargas.track.classification;

import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;

/**
 * Keeps a track's class until the evidence for another one is sustained, so that a transient (a
 * speed spike in a turn, a plot of another target) does not flip it.
 *
 * <p>Contract, for each proposal of the classifier:
 *
 * <ol>
 *   <li>{@link Classification#UNKNOWN} itself ("not enough evidence": too few updates, too
 *       uncertain a speed) is no evidence and changes nothing once the track has a class;
 *   <li>a proposal of the current class replaces the current classification (fresher confidence and
 *       reason);
 *   <li>a proposal resting on declared evidence (confidence at least {@value #DECLARED_CONFIDENCE}:
 *       Remote ID, emitter category, aircraft type, wake category) is taken at once;
 *   <li>a drone class is dropped at once when a transponder answers and the proposal is no drone (a
 *       transponding aircraft is never shown as a drone on kinematics);
 *   <li>otherwise another class is taken when it has been proposed {@value #CONFIRM_UPDATES} times
 *       in a row and, unless the track is still {@link TargetClass#UNKNOWN}, over at least {@value
 *       #CONFIRM_S} s; until then the current classification stays.
 * </ol>
 *
 * <p>Mutable; owned by one track. Not thread-safe.
 */
public final class ClassificationHysteresis {
  /** Proposals in a row a class change needs. */
  public static final int CONFIRM_UPDATES = 3;

  /** Time over which a change away from a known class must be proposed, s. */
  public static final double CONFIRM_S = 10.0;

  /** Confidence from which a proposal rests on declared evidence and is taken at once. */
  public static final double DECLARED_CONFIDENCE = 0.85;

  private Classification current = Classification.UNKNOWN;
  private TargetClass candidate;
  private int candidateCount;
  private double candidateSinceS;

  /**
   * The classification to show after the classifier proposed {@code proposed} at {@code atS}.
   *
   * @param proposed the classifier's proposal
   * @param transponder whether the track has a Mode S address or a Mode 3/A code
   * @param atS event time, s (non-decreasing from call to call)
   */
  public Classification accept(Classification proposed, boolean transponder, double atS) {
    if (proposed.equals(Classification.UNKNOWN)
        && !(transponder && current.targetClass().isDrone())) {
      return current;
    }
    TargetClass c = proposed.targetClass();
    if (c == current.targetClass()
        || proposed.confidence() >= DECLARED_CONFIDENCE
        || (transponder && current.targetClass().isDrone() && !c.isDrone())) {
      return adopt(proposed);
    }
    if (c != candidate) {
      candidate = c;
      candidateCount = 0;
      candidateSinceS = atS;
    }
    candidateCount++;
    boolean sustained =
        current.targetClass() == TargetClass.UNKNOWN || atS - candidateSinceS >= CONFIRM_S;
    if (candidateCount >= CONFIRM_UPDATES && sustained) {
      return adopt(proposed);
    }
    return current;
  }

  /** The classification shown now. */
  public Classification current() {
    return current;
  }

  private Classification adopt(Classification proposed) {
    current = proposed;
    candidate = null;
    candidateCount = 0;
    return current;
  }
}
