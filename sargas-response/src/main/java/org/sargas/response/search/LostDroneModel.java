package org.sargas.response.search;

import java.util.Objects;
import org.sargas.model.track.TargetClass;

/**
 * How a lost drone of one class flies on and comes down. docs/response.md gives the sources and
 * assumptions of the defaults.
 *
 * @param remainingEndurance remaining powered flight after the track was lost
 * @param speedSigmaMps 1-σ error of the track's ground speed, m/s (the track carries no velocity
 *     covariance)
 * @param courseSigmaDeg 1-σ error of the track's course, degrees
 * @param headingWanderDegPerSqrtS heading random walk during powered flight (navigation drift,
 *     route turns, changing wind), degrees per √s: after {@code t} seconds the heading has drifted
 *     with 1-σ {@code wander·√t}
 * @param glideRatioMin lower bound of the glide ratio after the engine stops (uniform)
 * @param glideRatioMax upper bound
 * @param glideAirspeedMps airspeed in the glide, m/s, &gt; 0
 * @param glideTurnSigmaDeg 1-σ heading change when the engine stops, degrees
 * @param ballisticProbability probability it falls (spins, tumbles, loses a wing) instead of
 *     gliding, [0, 1]
 * @param ballisticDescentMps descent rate of a fall, m/s, &gt; 0
 * @param fallbackHeightAglM height above ground when the track has no altitude, metres
 */
public record LostDroneModel(
    EnduranceDistribution remainingEndurance,
    double speedSigmaMps,
    double courseSigmaDeg,
    double headingWanderDegPerSqrtS,
    double glideRatioMin,
    double glideRatioMax,
    double glideAirspeedMps,
    double glideTurnSigmaDeg,
    double ballisticProbability,
    double ballisticDescentMps,
    double fallbackHeightAglM) {

  public LostDroneModel {
    Objects.requireNonNull(remainingEndurance, "remainingEndurance");
    if (!(speedSigmaMps >= 0) || !(courseSigmaDeg >= 0) || !(headingWanderDegPerSqrtS >= 0)) {
      throw new IllegalArgumentException("sigmas must be >= 0");
    }
    if (!(glideRatioMin >= 0) || !(glideRatioMax >= glideRatioMin) || !(glideAirspeedMps > 0)) {
      throw new IllegalArgumentException("need 0 <= glide ratio min <= max, airspeed > 0");
    }
    if (!(glideTurnSigmaDeg >= 0)
        || !(ballisticProbability >= 0 && ballisticProbability <= 1)
        || !(ballisticDescentMps > 0)
        || !(fallbackHeightAglM >= 0)) {
      throw new IllegalArgumentException("invalid descent parameters");
    }
  }

  /**
   * Gerbera / Shahed-class one-way drone or decoy (fixed wing, piston or small jet, INS + GNSS):
   * 0.5–22 min of powered flight left, course error 4°, heading wander 0.25 °/√s, glide ratio 5–10
   * at 30 m/s, 30 % fall instead of glide at 15 m/s.
   */
  public static final LostDroneModel LOITERING_MUNITION =
      new LostDroneModel(new UniformEndurance(30, 1320), 3, 4, 0.25, 5, 10, 30, 30, 0.3, 15, 200);

  /**
   * Small multirotor or small fixed-wing drone: 0.5–15 min of battery left, a hover-capable
   * airframe that mostly falls (80 %) when the battery dies; glide ratio 0–4 otherwise.
   */
  public static final LostDroneModel SMALL_DRONE =
      new LostDroneModel(new UniformEndurance(30, 900), 3, 10, 0.5, 0, 4, 15, 45, 0.8, 8, 100);

  /** Anything else: the loitering-munition model with a longer endurance and more wander. */
  public static final LostDroneModel GENERIC =
      new LostDroneModel(new UniformEndurance(30, 1800), 5, 6, 0.35, 4, 12, 40, 30, 0.3, 20, 300);

  /** The default model of a class. */
  public static LostDroneModel forClass(TargetClass c) {
    return switch (c) {
      case LOITERING_MUNITION -> LOITERING_MUNITION;
      case SMALL_DRONE -> SMALL_DRONE;
      default -> GENERIC;
    };
  }
}
