package org.sargas.sim.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sargas.sim.eval.TruthPoint;

class ScenarioGeneratorTest {
  @Test
  void sameSeedSameScenario() throws Exception {
    ScenarioSpec spec = ScenarioSuite.named("interleaved-3").orElseThrow();
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    ScenarioGenerator.generate(spec).writePlots(a);
    ScenarioGenerator.generate(spec).writePlots(b);
    assertThat(a.toString()).isEqualTo(b.toString());
    assertThat(a.toString()).startsWith("time_s,sensor_id,x_m,y_m,truth_id\n");
  }

  @Test
  void statisticsMatchTheSpec() {
    ScenarioSpec spec = ScenarioSpec.accuracy("acc", 7, 100);
    GeneratedScenario s = ScenarioGenerator.generate(spec);
    long truthTimes = s.truth().size();
    long detections = s.plots().stream().filter(p -> !p.truthId().isEmpty()).count();
    long clutter = s.plots().size() - detections;
    assertThat((double) detections / truthTimes).isCloseTo(0.9, within(0.02));
    assertThat((double) clutter / 61).isCloseTo(100, within(5.0));
    // Noise: detections scatter around the truth with sigma 50 m.
    Map<String, TruthPoint> truthAt =
        s.truth().stream().collect(Collectors.toMap(t -> t.truthId() + "@" + t.timeS(), t -> t));
    double sum = 0;
    int n = 0;
    for (GeneratedPlot p : s.plots()) {
      if (!p.truthId().isEmpty()) {
        TruthPoint t = truthAt.get(p.truthId() + "@" + p.timeS());
        sum += (p.xM() - t.xM()) * (p.xM() - t.xM());
        n++;
      }
    }
    assertThat(Math.sqrt(sum / n)).isCloseTo(50, within(2.0));
  }

  @Test
  void turningTargetsTurnAtTheirRateAndKeepSpeed() {
    ScenarioSpec spec =
        new ScenarioSpec("turn", 3, 20, 60, 50_000, 1.0, 1.0, 0.0, 1, 1.0, 0, 1.0, 0);
    GeneratedScenario s = ScenarioGenerator.generate(spec);
    Map<String, java.util.List<TruthPoint>> byId =
        s.truth().stream().collect(Collectors.groupingBy(TruthPoint::truthId));
    for (var path : byId.values()) {
      double maxRate = 0;
      for (int i = 1; i < path.size(); i++) {
        TruthPoint a = path.get(i - 1);
        TruthPoint b = path.get(i);
        assertThat(Math.hypot(b.vxMps(), b.vyMps())).isCloseTo(250, within(1e-6));
        double ha = Math.atan2(a.vxMps(), a.vyMps());
        double hb = Math.atan2(b.vxMps(), b.vyMps());
        double d = Math.abs(Math.IEEEremainder(hb - ha, 2 * Math.PI));
        maxRate = Math.max(maxRate, Math.toDegrees(d));
      }
      assertThat(maxRate)
          .satisfiesAnyOf(
              r -> assertThat(r).isCloseTo(3, within(1e-6)),
              r -> assertThat(r).isCloseTo(10, within(1e-6)));
    }
  }
}
