package org.sargas.track.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sargas.model.observation.EmitterCategory;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;

/**
 * Every rule of {@link RuleBasedClassifier} (docs/classification.md): a case where it fires ("+")
 * and a close case where it does not ("-", and which rule takes the target instead).
 */
class RuleBasedClassifierTest {
  private final RuleBasedClassifier classifier =
      new RuleBasedClassifier(List.of(FeatureRow.MILITARY_BLOCK), AircraftTypeClasses.defaults());

  @ParameterizedTest(name = "{0}: {1} m/s, {2} m, {3}, {4}, {5} -> {6} {7}")
  @CsvSource(
      delimiter = '|',
      value = {
        // rule | m/s | altitude m | identity | declared | options | class | confidence
        "D1+ | 12  | 100   | rid       | -                          | -    | SMALL_DRONE        | 0.95",
        "D1- | 12  | 100   | none      | -                          | -    | SMALL_DRONE        | 0.5",
        "D2+ | 240 | 11000 | modes+sq  | ec:LARGE                   | -    | AIRLINER           | 0.9",
        "D2+ | 40  | 300   | modes+vfr | ec:ROTORCRAFT              | -    | HELICOPTER         | 0.9",
        "D2+ | 25  | 1200  | modes+vfr | ec:GLIDER                  | -    | GLIDER             | 0.9",
        "D2+ | 6   | 800   | modes+vfr | ec:LIGHTER_THAN_AIR        | -    | BALLOON            | 0.9",
        "D2+ | 60  | 5000  | modes+sq  | ec:UNMANNED                | -    | LARGE_UAS          | 0.9",
        "D2+ | 10  | 100   | modes     | ec:UNMANNED                | -    | SMALL_DRONE        | 0.9",
        "D2+ | 250 | 9000  | modes+sq  | ec:HIGH_PERFORMANCE        | -    | FAST_JET           | 0.9",
        "D2+ | 55  | 900   | modes+vfr | ec:LIGHT                   | -    | LIGHT_AIRCRAFT     | 0.9",
        "D2+ | 230 | 9000  | mil       | ec:HEAVY                   | -    | LARGE_AIRCRAFT     | 0.9",
        "D2+ | 10  | NaN   | modes     | ec:SURFACE_SERVICE_VEHICLE | -    | UNKNOWN            | 0.0",
        "D2- | 245 | 10668 | modes+sq  | ec:NO_INFORMATION          | -    | AIRLINER           | 0.8",
        "D3+ | 230 | 10000 | modes+sq  | type:A320                  | -    | AIRLINER           | 0.9",
        "D3+ | 60  | 300   | modes+sq  | type:EC35                  | -    | HELICOPTER         | 0.9",
        "D3+ | 200 | 8000  | modes+sq  | type:C17                   | -    | LARGE_AIRCRAFT     | 0.9",
        "D3+ | 230 | 10000 | mil       | type:A332                  | -    | LARGE_AIRCRAFT     | 0.9",
        "D3- | 230 | 10000 | modes+sq  | type:ZZZZ                  | -    | AIRLINER           | 0.8",
        "D4+ | 240 | 11000 | modes+sq  | wake:HEAVY                 | -    | AIRLINER           | 0.85",
        "D4+ | 55  | 900   | modes+vfr | wake:LIGHT                 | -    | LIGHT_AIRCRAFT     | 0.85",
        "D4+ | 40  | 300   | modes+vfr | wake:LIGHT                 | min=4 | HELICOPTER        | 0.85",
        "D4- | 55  | 900   | modes+vfr | wake:MEDIUM                | -    | LIGHT_AIRCRAFT     | 0.7",
        "G2+ | 240 | 11000 | modes+sq  | -                          | sigma=20 | UNKNOWN        | 0.0",
        "M1+ | 250 | 9000  | mil       | -                          | turn=4 | FAST_JET         | 0.75",
        "M1+ | 320 | 9000  | mil       | -                          | -    | FAST_JET           | 0.75",
        "M1+ | 220 | 9000  | mil       | -                          | maxclimb=60 | FAST_JET    | 0.75",
        "M2+ | 220 | 9000  | mil       | -                          | turn=0.5 | LARGE_AIRCRAFT | 0.6",
        "M2- | 40  | 300   | mil       | -                          | min=5 | HELICOPTER        | 0.6",
        "T0+ | 15  | 300   | vfr       | -                          | window=20 | UNKNOWN       | 0.0",
        "T0- | 15  | 300   | vfr       | -                          | turn=10 | HELICOPTER      | 0.6",
        "T1+ | 17  | 150   | modes+sq  | -                          | net=1 | UNKNOWN           | 0.0",
        "T1- | 17  | 150   | modes+sq  | -                          | turn=10 | HELICOPTER      | 0.6",
        "T2+ | 240 | 9000  | modes+sq  | -                          | turn=4 | FAST_JET         | 0.6",
        "T2+ | 230 | 9000  | modes+sq  | -                          | maxclimb=60 | FAST_JET    | 0.6",
        "T2+ | 400 | 12000 | modes+sq  | -                          | -    | FAST_JET           | 0.6",
        "T2- | 280 | 11000 | modes+sq  | -                          | turn=1;maxlat=9 | AIRLINER | 0.8",
        "T3+ | 15  | 20000 | modes+sq  | -                          | turn=10 | BALLOON         | 0.6",
        "T3- | 15  | 9000  | modes+sq  | -                          | turn=10 | HELICOPTER      | 0.6",
        "T4+ | 245 | 10668 | modes+sq  | -                          | -    | AIRLINER           | 0.8",
        "T4+ | 240 | 10000 | sq        | -                          | -    | AIRLINER           | 0.8",
        "T4+ | 240 | NaN   | sq        | -                          | -    | AIRLINER           | 0.7",
        "T4+ | 75  | 600   | modes+sq  | -                          | max=230 | AIRLINER        | 0.8",
        "T4+ | 62  | 6000  | modes+sq  | -                          | -    | AIRLINER           | 0.8",
        "T4+ | 240 | 10000 | cs        | -                          | -    | AIRLINER           | 0.7",
        "T4- | 100 | 1500  | vfr       | -                          | -    | LIGHT_AIRCRAFT     | 0.7",
        "T4- | 60  | 900   | modes+vfr | -                          | -    | LIGHT_AIRCRAFT     | 0.7",
        "T5+ | 25  | 1200  | modes+vfr | -                          | turn=15;climb=2 | GLIDER  | 0.6",
        "T5+ | 35  | 1200  | modes+vfr | -                          | soar=120;max=38;climb=-1 | GLIDER | 0.6",
        "T5- | 26  | 1200  | modes+vfr | -                          | turn=15;climb=-1 | LIGHT_AIRCRAFT | 0.7",
        "T5- | 6   | 800   | vfr       | -                          | soar=120;net=5;min=5;max=8;climb=1 | BALLOON | 0.5",
        "T6+ | 6   | 800   | vfr       | -                          | net=5;min=5;max=8 | BALLOON | 0.5",
        "T6- | 18  | 800   | vfr       | -                          | net=15;min=5;max=60 | HELICOPTER | 0.6",
        "T7+ | 12  | 300   | modes+vfr | -                          | turn=10 | HELICOPTER      | 0.6",
        "T7+ | 50  | 400   | modes+vfr | -                          | min=4;max=60 | HELICOPTER | 0.6",
        "T7- | 50  | 400   | modes+vfr | -                          | min=45;max=60 | LIGHT_AIRCRAFT | 0.7",
        "T8+ | 55  | 900   | vfr       | -                          | -    | LIGHT_AIRCRAFT     | 0.7",
        "T8+ | 55  | 900   | sq        | -                          | -    | LIGHT_AIRCRAFT     | 0.6",
        "K1+ | 12  | 100   | none      | -                          | net=1 | SMALL_DRONE       | 0.5",
        "K1+ | 12  | 5000  | none      | -                          | net=1 | BALLOON           | 0.4",
        "K1- | 12  | 5000  | none      | -                          | -    | BALLOON            | 0.5",
        "K2+ | 300 | 9000  | none      | -                          | -    | FAST_JET           | 0.8",
        "K2+ | 230 | 8000  | none      | -                          | -    | FAST_JET           | 0.6",
        "K2+ | 200 | 3000  | none      | -                          | turn=5 | FAST_JET         | 0.8",
        "K2- | 140 | NaN   | none      | -                          | -    | LIGHT_AIRCRAFT     | 0.4",
        "K3+ | 25  | 1200  | none      | -                          | turn=15;climb=2 | GLIDER  | 0.4",
        "K3- | 25  | NaN   | none      | -                          | turn=15;climb=2 | SMALL_DRONE | 0.5",
        "K4+ | 8   | 4000  | none      | -                          | -    | BALLOON            | 0.5",
        "K4- | 8   | 1000  | none      | -                          | -    | SMALL_DRONE        | 0.5",
        "K5+ | 50  | 6000  | none      | -                          | -    | LARGE_UAS          | 0.5",
        "K5+ | 90  | 7500  | none      | -                          | -    | LARGE_UAS          | 0.5",
        "K5- | 50  | 2000  | none      | -                          | -    | LOITERING_MUNITION | 0.6",
        "K6+ | 50  | 300   | none      | -                          | -    | LOITERING_MUNITION | 0.6",
        "K6+ | 50  | NaN   | none      | -                          | -    | LOITERING_MUNITION | 0.6",
        "K6- | 50  | 300   | vfr       | -                          | -    | LIGHT_AIRCRAFT     | 0.7",
        "K6- | 50  | 300   | modes+sq  | -                          | -    | LIGHT_AIRCRAFT     | 0.6",
        "K7+ | 80  | 600   | none      | -                          | -    | HELICOPTER         | 0.4",
        "K7+ | 100 | 1500  | none      | -                          | -    | LIGHT_AIRCRAFT     | 0.4",
        "K8+ | 15  | 120   | none      | -                          | -    | SMALL_DRONE        | 0.5",
        "K8- | 15  | 120   | modes     | -                          | turn=10 | HELICOPTER      | 0.6",
        "K9+ | 30  | 2000  | none      | -                          | -    | UNKNOWN            | 0.0",
      })
  void eachRuleFiresOnItsCaseAndNotOnTheNeighbouringOne(
      String rule,
      double speed,
      double altitude,
      String identity,
      String declared,
      String options,
      TargetClass expected,
      double confidence) {
    Classification c =
        classifier.classify(FeatureRow.features(speed, altitude, identity, declared, options));
    assertThat(c.targetClass()).as(c.reason()).isEqualTo(expected);
    assertThat(c.confidence()).as(c.reason()).isEqualTo(confidence);
    assertThat(c.reason()).isNotBlank();
    String firing = rule.substring(0, 2);
    if (rule.endsWith("+") && !firing.equals("G2")) {
      assertThat(c.reason()).endsWith(firing + ")");
    }
    if (rule.endsWith("-")) {
      assertThat(c.reason()).doesNotEndWith(firing + ")");
    }
  }

  @ParameterizedTest
  @CsvSource({"2, 2.0", "10, 40.0"})
  void notEnoughEvidenceIsUnknown(int updates, double speedSigma) {
    Classification c =
        classifier.classify(new TrackFeatures(300, speedSigma, 9000, 0, updates, Identity.NONE));
    assertThat(c).isEqualTo(Classification.UNKNOWN);
  }

  @Test
  void theReasonListsTheEvidenceTheClassAndWhatItRestsOn() {
    assertThat(classify(245, 10_668, "modes+sq", "-", "-").reason())
        .isEqualTo(
            "Mode S + Mode 3/A 4521 + Mode C, FL350, 245 m/s → AIRLINER"
                + " (kinematics + transponder; T4)");
    assertThat(classify(245, 10_668, "modes+sq", "ec:LARGE", "-").reason())
        .isEqualTo(
            "Mode S + Mode 3/A 4521 + Mode C + ADS-B emitter category large, FL350,"
                + " 245 m/s → AIRLINER (declared; D2)");
    assertThat(classify(50, 300, "none", "-", "-").reason())
        .isEqualTo("no transponder, FL010, 50 m/s → LOITERING_MUNITION (kinematics alone; K6)");
    assertThat(classify(240, 9000, "mil", "-", "turn=4").reason())
        .isEqualTo(
            "Mode S (test military block) + Mode 3/A 4521 + Mode C, FL295, 240 m/s,"
                + " turned at 1.7 g → FAST_JET (kinematics + military address; M1)");
  }

  @Test
  void theStandardClassifierKnowsNoMilitaryAddress() {
    Classification c =
        new RuleBasedClassifier().classify(FeatureRow.features(220, 9000, "mil", "-", "-"));
    assertThat(c.targetClass()).isEqualTo(TargetClass.AIRLINER);
  }

  @Test
  void anOperatorTypeTableReplacesTheBuiltInOne() {
    RuleBasedClassifier custom =
        new RuleBasedClassifier(List.of(), Map.of("Q9", TargetClass.LARGE_UAS));
    assertThat(
            custom
                .classify(FeatureRow.features(90, 7000, "modes+sq", "type:Q9", "-"))
                .targetClass())
        .isEqualTo(TargetClass.LARGE_UAS);
    assertThat(
            custom
                .classify(FeatureRow.features(230, 10000, "modes+sq", "type:A320", "-"))
                .confidence())
        .isEqualTo(0.8);
  }

  /**
   * The guarantee, as a property over 50,000 random feature sets: with a transponder (or a
   * callsign) and no declared UAS evidence, the class is never a drone or loitering munition.
   */
  @Test
  void aCooperativeTrackIsNeverADroneOnKinematics() {
    Random rng = new Random(20_251_106L);
    String[] kinds = {"modes", "modes+sq", "modes+vfr", "sq", "vfr", "cs", "mil"};
    EmitterCategory[] categories = EmitterCategory.values();
    for (int i = 0; i < 50_000; i++) {
      double v = 400 * rng.nextDouble();
      double alt = rng.nextInt(5) == 0 ? Double.NaN : 20_000 * rng.nextDouble();
      EmitterCategory ec = categories[rng.nextInt(categories.length)];
      AircraftDescription declared =
          ec == EmitterCategory.UNMANNED || rng.nextBoolean()
              ? AircraftDescription.NONE
              : AircraftDescription.of(ec);
      TrackFeatures f =
          new TrackFeatures(
              v,
              20 * rng.nextDouble(),
              alt,
              60 * rng.nextGaussian(),
              4 + rng.nextInt(100),
              FeatureRow.identity(kinds[rng.nextInt(kinds.length)]),
              rng.nextBoolean() ? Double.NaN : 30 * rng.nextDouble(),
              rng.nextBoolean() ? Double.NaN : v * rng.nextDouble(),
              90 * rng.nextDouble(),
              rng.nextBoolean() ? Double.NaN : v * rng.nextDouble(),
              rng.nextBoolean() ? Double.NaN : v + 100 * rng.nextDouble(),
              20 * rng.nextDouble(),
              50 * rng.nextDouble(),
              200 * rng.nextDouble(),
              declared);
      Classification c = classifier.classify(f);
      assertThat(c.targetClass().isDrone()).as("%s", f).isFalse();
    }
  }

  private Classification classify(
      double speed, double altitude, String identity, String declared, String options) {
    return classifier.classify(FeatureRow.features(speed, altitude, identity, declared, options));
  }
}
