package org.sargas.track.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;

class ClassificationHysteresisTest {
  private static final Classification AIRLINER =
      new Classification(TargetClass.AIRLINER, 0.8, "airliner");
  private static final Classification JET = new Classification(TargetClass.FAST_JET, 0.6, "jet");
  private static final Classification LIGHT =
      new Classification(TargetClass.LIGHT_AIRCRAFT, 0.7, "light");
  private static final Classification MUNITION =
      new Classification(TargetClass.LOITERING_MUNITION, 0.6, "munition");
  private static final Classification REMOTE_ID =
      new Classification(TargetClass.SMALL_DRONE, 0.95, "Remote ID");

  private final ClassificationHysteresis h = new ClassificationHysteresis();

  @Test
  void theFirstClassNeedsThreeProposalsInARow() {
    assertThat(h.accept(AIRLINER, true, 0)).isEqualTo(Classification.UNKNOWN);
    assertThat(h.accept(AIRLINER, true, 1)).isEqualTo(Classification.UNKNOWN);
    assertThat(h.accept(AIRLINER, true, 2)).isEqualTo(AIRLINER);
  }

  @Test
  void oneSpikeDoesNotChangeTheClass() {
    establish(AIRLINER, 0);
    assertThat(h.accept(JET, true, 20)).isEqualTo(AIRLINER);
    assertThat(h.accept(AIRLINER, true, 24)).isEqualTo(AIRLINER);
    assertThat(h.accept(JET, true, 28)).isEqualTo(AIRLINER);
    assertThat(h.accept(JET, true, 32)).isEqualTo(AIRLINER);
    assertThat(h.accept(AIRLINER, true, 36)).isEqualTo(AIRLINER);
  }

  @Test
  void aChangeNeedsThreeProposalsOverTenSeconds() {
    establish(LIGHT, 0);
    assertThat(h.accept(AIRLINER, true, 20)).isEqualTo(LIGHT);
    assertThat(h.accept(AIRLINER, true, 21)).isEqualTo(LIGHT);
    assertThat(h.accept(AIRLINER, true, 22)).isEqualTo(LIGHT); // three, but over 2 s
    assertThat(h.accept(AIRLINER, true, 29)).isEqualTo(LIGHT);
    assertThat(h.accept(AIRLINER, true, 30)).isEqualTo(AIRLINER);
  }

  @Test
  void alternatingProposalsNeverChangeTheClass() {
    establish(LIGHT, 0);
    for (int k = 0; k < 50; k++) {
      assertThat(h.accept(k % 2 == 0 ? AIRLINER : JET, true, 20 + 4 * k)).isEqualTo(LIGHT);
    }
  }

  @Test
  void declaredEvidenceIsTakenAtOnce() {
    establish(MUNITION, 0);
    assertThat(h.accept(REMOTE_ID, false, 20)).isEqualTo(REMOTE_ID);
  }

  @Test
  void aDroneClassIsDroppedAtOnceWhenATransponderAnswers() {
    establish(MUNITION, false, 0);
    assertThat(h.accept(LIGHT, true, 20)).isEqualTo(LIGHT);
    ClassificationHysteresis other = new ClassificationHysteresis();
    for (int k = 0; k < 3; k++) {
      other.accept(MUNITION, false, k);
    }
    assertThat(other.accept(Classification.UNKNOWN, true, 10)).isEqualTo(Classification.UNKNOWN);
  }

  @Test
  void withoutATransponderADroneClassNeedsSustainedEvidenceToo() {
    establish(MUNITION, false, 0);
    assertThat(h.accept(LIGHT, false, 20)).isEqualTo(MUNITION);
  }

  @Test
  void notEnoughEvidenceChangesNothing() {
    establish(AIRLINER, 0);
    for (int k = 0; k < 20; k++) {
      assertThat(h.accept(Classification.UNKNOWN, true, 20 + 4 * k)).isEqualTo(AIRLINER);
    }
  }

  @Test
  void aPositiveUnknownNeedsSustainedEvidenceLikeAnyClass() {
    establish(LIGHT, 0);
    Classification stationary =
        new Classification(TargetClass.UNKNOWN, 0.0, "stationary transponder");
    assertThat(h.accept(stationary, true, 20)).isEqualTo(LIGHT);
    assertThat(h.accept(stationary, true, 24)).isEqualTo(LIGHT);
    assertThat(h.accept(stationary, true, 30)).isEqualTo(stationary);
  }

  @Test
  void aProposalOfTheCurrentClassRefreshesIt() {
    establish(AIRLINER, 0);
    Classification fresher = new Classification(TargetClass.AIRLINER, 0.7, "fresher reason");
    assertThat(h.accept(fresher, true, 20)).isEqualTo(fresher);
    assertThat(h.current()).isEqualTo(fresher);
  }

  private void establish(Classification c, double atS) {
    establish(c, true, atS);
  }

  private void establish(Classification c, boolean transponder, double atS) {
    for (int k = 0; k < 3; k++) {
      h.accept(c, transponder, atS + k);
    }
    assertThat(h.current()).isEqualTo(c);
  }
}
