package org.sargas.track.classification.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.TargetClass;
import org.sargas.track.classification.AircraftDescription;
import org.sargas.track.classification.RuleBasedClassifier;

/**
 * The failures seen on a real recording of civil traffic ("Real traffic", item 1), reproduced
 * through the standard tracker and fixed: each would fail with the former classifier. (The speed
 * spike of an orbiting aircraft is in {@code ClassificationChainTest}: the standard tracker gates
 * the wild plots this simulator can make.)
 */
class RealTrafficCasesTest {
  private static final double DURATION_S = 360;

  @Test
  void anAirlinerAtFl350WithModeACOnlyIsAnAirlinerNeverAFastJet() {
    // The former rules took a track without ICAO address as non-cooperative: FAST_JET.
    LabelledTarget t =
        target(
            TargetClass.AIRLINER,
            new Identity(null, null, "4521", null, null),
            EnumSet.of(SurveillanceSensor.PSR_2D, SurveillanceSensor.SSR_MODE_AC),
            cruise(10_700, 245, 0));
    TargetOutcome o = run(t, 1);
    assertThat(o.finalClass()).isEqualTo(TargetClass.AIRLINER);
    assertThat(o.classesShown()).doesNotContain(TargetClass.FAST_JET);
    assertThat(o.finalReason()).startsWith("Mode 3/A 4521 + Mode C, FL35");
  }

  @Test
  void aLightAircraftSquawking7000AtMunitionSpeedIsNeverADroneOrMunition() {
    // Over Kaunas: classed LOITERING_MUNITION, then SMALL_DRONE by the former rules.
    LabelledTarget t =
        target(
            TargetClass.LIGHT_AIRCRAFT,
            new Identity(null, null, "7000", null, null),
            EnumSet.of(SurveillanceSensor.PSR_2D, SurveillanceSensor.SSR_MODE_AC),
            Trajectory.fly(
                30_000,
                20_000,
                600,
                120,
                50,
                1.5,
                100,
                List.of(
                    FlightLeg.straight(90, 50),
                    new FlightLeg(60, 45, 3, 0),
                    new FlightLeg(60, 30, 0, -2),
                    FlightLeg.straight(150, 50))));
    TargetOutcome o = run(t, 2);
    assertThat(o.finalClass()).isEqualTo(TargetClass.LIGHT_AIRCRAFT);
    assertThat(o.everDrone()).isFalse();
  }

  @Test
  void aStationaryTestTransponderIsNeverABalloonNorADrone() {
    // Its filter speed wanders with the plot noise (17 m/s on the recording): BALLOON before.
    LabelledTarget t =
        target(
            TargetClass.UNKNOWN,
            new Identity(null, null, "5421", null, null),
            EnumSet.of(SurveillanceSensor.SSR_MODE_AC),
            Trajectory.stationary(42_000, -31_000, 150, DURATION_S));
    TargetOutcome o = run(t, 3);
    assertThat(o.maxReportedSpeedMps()).isGreaterThan(3.0);
    assertThat(o.classesShown()).containsOnly(TargetClass.UNKNOWN);
    assertThat(o.finalReason()).contains("stationary");
  }

  private static TargetOutcome run(LabelledTarget t, long seed) {
    return ClassificationEvaluation.evaluate(t, seed, new RuleBasedClassifier());
  }

  private static Trajectory cruise(double altitudeM, double speedMps, double climbMps) {
    return Trajectory.fly(
        -60_000,
        20_000,
        altitudeM,
        80,
        speedMps,
        0.5,
        200,
        List.of(
            new FlightLeg(120, speedMps, 0, climbMps),
            new FlightLeg(40, speedMps, 1, 0),
            new FlightLeg(200, speedMps, 0, 0)));
  }

  private static LabelledTarget target(
      TargetClass label,
      Identity identity,
      EnumSet<SurveillanceSensor> sensors,
      Trajectory trajectory) {
    return new LabelledTarget(
        label.name() + "-case",
        label,
        label != TargetClass.UNKNOWN,
        "real-traffic case",
        identity,
        AircraftDescription.NONE,
        true,
        sensors,
        trajectory);
  }
}
