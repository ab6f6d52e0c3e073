package org.sargas.track.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;

class RuleBasedClassifierTest {
  private final RuleBasedClassifier classifier = new RuleBasedClassifier();

  @ParameterizedTest(name = "{0} m/s at {1} m, id {2}: {3}")
  @CsvSource({
    "300, 9000, none, FAST_JET, 0.8",
    "230, 8000, none, FAST_JET, 0.6", // Su-30 / IL-78 pair with transponders off
    "240, 11000, icao, LARGE_AIRCRAFT, 0.7",
    "60, 500, icao, HELICOPTER_OR_LIGHT_AIRCRAFT, 0.7",
    "50, 300, none, LOITERING_MUNITION, 0.6", // Shahed/Geran-2 at 180 km/h
    "50, NaN, none, LOITERING_MUNITION, 0.6",
    "80, 600, none, HELICOPTER_OR_LIGHT_AIRCRAFT, 0.5",
    "8, 4000, none, BALLOON, 0.5",
    "15, 120, none, SMALL_DRONE, 0.5",
    "12, 100, rid, SMALL_DRONE, 0.95",
    "30, 5000, none, UNKNOWN, 0.0",
  })
  void rulesGiveClassAndConfidence(
      double speed, double alt, String id, TargetClass expected, double confidence) {
    Identity identity =
        switch (id) {
          case "icao" -> new Identity("4CA2D1", null, null, null, null);
          case "rid" -> new Identity(null, null, null, "1596F3A2B4C5D6E7", null);
          default -> Identity.NONE;
        };
    Classification c = classifier.classify(new TrackFeatures(speed, 2.0, alt, 0.0, 10, identity));
    assertThat(c.targetClass()).isEqualTo(expected);
    assertThat(c.confidence()).isEqualTo(confidence);
    assertThat(c.reason()).isNotBlank();
  }

  @ParameterizedTest
  @CsvSource({"2, 2.0", "10, 40.0"})
  void notEnoughEvidenceIsUnknown(int updates, double speedSigma) {
    Classification c =
        classifier.classify(new TrackFeatures(300, speedSigma, 9000, 0, updates, Identity.NONE));
    assertThat(c).isEqualTo(Classification.UNKNOWN);
  }
}
