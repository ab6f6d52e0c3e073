package org.sargas.track.classification;

import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;

/**
 * Documented rules, first match wins (docs/tracker.md, "Classification"):
 *
 * <ol>
 *   <li>fewer than {@value #MIN_UPDATES} updates, or speed σ above {@value #MAX_SPEED_SIGMA_MPS}
 *       m/s: UNKNOWN (not enough evidence);
 *   <li>a Remote ID serial: SMALL_DRONE, 0.95;
 *   <li>an ICAO address (cooperative): above 180 m/s LARGE_AIRCRAFT 0.7 (airliners cruise at
 *       200–260 m/s; a fast jet squawking is rarer); 90–180 m/s LARGE_AIRCRAFT 0.6; below 90 m/s
 *       HELICOPTER_OR_LIGHT_AIRCRAFT 0.7;
 *   <li>non-cooperative above 150 m/s: FAST_JET (0.8 above 280 m/s, else 0.6 — military aircraft
 *       fly without transponders; an airliner that switched its off would also match);
 *   <li>non-cooperative 38–62 m/s (about 140–220 km/h) below 3,000 m or of unknown altitude:
 *       LOITERING_MUNITION 0.6 (Shahed/Geran-2 and Gerbera fly 150–200 km/h, low; a helicopter is
 *       the main confusion);
 *   <li>non-cooperative 62–150 m/s: HELICOPTER_OR_LIGHT_AIRCRAFT 0.5;
 *   <li>non-cooperative 2–20 m/s, above 1,500 m, climbing or sinking less than 3 m/s: BALLOON 0.5
 *       (drifting with the wind);
 *   <li>non-cooperative below 38 m/s and below 1,500 m or of unknown altitude: SMALL_DRONE 0.5;
 *   <li>otherwise UNKNOWN.
 * </ol>
 */
public final class RuleBasedClassifier implements TrackClassifier {
  /** Updates needed before any rule applies. */
  public static final int MIN_UPDATES = 4;

  /** Largest speed uncertainty for a kinematic rule, m/s. */
  public static final double MAX_SPEED_SIGMA_MPS = 15.0;

  // One constant per rule outcome: classification allocates nothing.
  private static final Classification REMOTE_ID =
      new Classification(TargetClass.SMALL_DRONE, 0.95, "rule 2: broadcasts Remote ID");
  private static final Classification COOPERATIVE_FAST =
      new Classification(TargetClass.LARGE_AIRCRAFT, 0.7, "rule 3: transponder, above 180 m/s");
  private static final Classification COOPERATIVE =
      new Classification(TargetClass.LARGE_AIRCRAFT, 0.6, "rule 3: transponder, 90-180 m/s");
  private static final Classification COOPERATIVE_SLOW =
      new Classification(
          TargetClass.HELICOPTER_OR_LIGHT_AIRCRAFT, 0.7, "rule 3: transponder, below 90 m/s");
  private static final Classification JET_VERY_FAST =
      new Classification(TargetClass.FAST_JET, 0.8, "rule 4: no transponder, above 280 m/s");
  private static final Classification JET =
      new Classification(TargetClass.FAST_JET, 0.6, "rule 4: no transponder, 150-280 m/s");
  private static final Classification MUNITION =
      new Classification(
          TargetClass.LOITERING_MUNITION, 0.6, "rule 5: no transponder, 140-220 km/h, low");
  private static final Classification LIGHT =
      new Classification(
          TargetClass.HELICOPTER_OR_LIGHT_AIRCRAFT, 0.5, "rule 6: no transponder, 220-540 km/h");
  private static final Classification DRIFTING =
      new Classification(TargetClass.BALLOON, 0.5, "rule 7: drifting at 2-20 m/s, high, level");
  private static final Classification SLOW_LOW =
      new Classification(TargetClass.SMALL_DRONE, 0.5, "rule 8: no transponder, slow, low");

  @Override
  public Classification classify(TrackFeatures f) {
    if (f.updates() < MIN_UPDATES || !(f.speedSigmaMps() <= MAX_SPEED_SIGMA_MPS)) {
      return Classification.UNKNOWN;
    }
    double v = f.groundSpeedMps();
    double alt = f.altitudeM();
    boolean altKnown = !Double.isNaN(alt);
    if (f.identity().remoteIdSerial() != null) {
      return REMOTE_ID;
    }
    if (f.identity().icaoAddress() != null) {
      if (v > 180) {
        return COOPERATIVE_FAST;
      }
      return v >= 90 ? COOPERATIVE : COOPERATIVE_SLOW;
    }
    if (v > 150) {
      return v > 280 ? JET_VERY_FAST : JET;
    }
    if (v >= 38 && v <= 62 && (!altKnown || alt < 3000)) {
      return MUNITION;
    }
    if (v > 62) {
      return LIGHT;
    }
    if (v >= 2 && v <= 20 && altKnown && alt > 1500 && Math.abs(f.climbRateMps()) < 3) {
      return DRIFTING;
    }
    if (v < 38 && (!altKnown || alt < 1500)) {
      return SLOW_LOW;
    }
    return Classification.UNKNOWN;
  }
}
