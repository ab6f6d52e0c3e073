package org.sargas.track.classification.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.model.observation.EmitterCategory;
import org.sargas.model.track.TargetClass;

class ClassificationEvaluationTest {

  @Test
  void theLabelledSetIsDeterministicAndCoversEveryLabel() {
    List<LabelledTarget> a = LabelledTrafficGenerator.generate(5, 4);
    List<LabelledTarget> b = LabelledTrafficGenerator.generate(5, 4);
    assertThat(a).hasSize(4 * LabelledTrafficGenerator.LABELS.size());
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).id()).isEqualTo(b.get(i).id());
      assertThat(a.get(i).note()).isEqualTo(b.get(i).note());
      assertThat(a.get(i).identity()).isEqualTo(b.get(i).identity());
    }
    for (TargetClass label : LabelledTrafficGenerator.LABELS) {
      assertThat(a).filteredOn(t -> t.label() == label).hasSize(4);
    }
    assertThat(LabelledTrafficGenerator.generate(6, 4))
        .extracting(LabelledTarget::note)
        .isNotEqualTo(a.stream().map(LabelledTarget::note).toList());
  }

  @Test
  void theSameSeedGivesTheSameReport() {
    ClassificationReport a = ClassificationEvaluation.run(11, 2);
    ClassificationReport b = ClassificationEvaluation.run(11, 2);
    assertThat(a.toText()).isEqualTo(b.toText());
  }

  /** The headline figures on a small set (docs/classification.md has the full run). */
  @Test
  void headlineFigures() {
    ClassificationReport r = ClassificationEvaluation.run(1, 20);
    assertThat(r.outcomes()).hasSize(20 * LabelledTrafficGenerator.LABELS.size());
    assertThat(r.airlinerRecall()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.transpondingShownAsDroneOnKinematics()).isZero();
    assertThat(r.civilClassedAsDroneOrMunition())
        .isEqualTo(r.civilWithoutTransponderClassedAsDroneOrMunition());
    // The drone scenarios rest on these.
    assertThat(r.recall(TargetClass.SMALL_DRONE)).isGreaterThanOrEqualTo(0.9);
    assertThat(r.recall(TargetClass.LOITERING_MUNITION)).isGreaterThanOrEqualTo(0.9);
    assertThat(r.recall(TargetClass.UNKNOWN)).isGreaterThanOrEqualTo(0.9);
    assertThat(r.toText())
        .contains("airliner recall: ")
        .contains("civil aircraft classed as drone or munition: ");
    int sum = 0;
    for (TargetClass label : r.labels()) {
      for (TargetClass c : TargetClass.values()) {
        sum += r.count(label, c);
      }
    }
    assertThat(sum).isEqualTo(r.outcomes().size());
  }

  /**
   * The guarantee as a property over generated tracks: no target whose track carries a Mode S
   * address or Mode 3/A code is ever shown as a drone or loitering munition, unless it declares
   * itself a UAS.
   */
  @Test
  void aTranspondingTargetIsNeverShownAsADroneOnKinematics() {
    for (long seed = 100; seed < 103; seed++) {
      for (TargetOutcome o : ClassificationEvaluation.run(seed, 8).outcomes()) {
        boolean declaredUas = o.target().declared().emitterCategory() == EmitterCategory.UNMANNED;
        if (!declaredUas) {
          assertThat(o.droneWhileTransponding()).as(o.target().id()).isFalse();
        }
        if (o.target().civil() && o.target().transponder()) {
          assertThat(o.everDrone()).as(o.target().id()).isFalse();
        }
      }
    }
  }
}
