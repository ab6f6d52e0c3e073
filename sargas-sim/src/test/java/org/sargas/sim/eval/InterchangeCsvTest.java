package org.sargas.sim.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class InterchangeCsvTest {
  @Test
  void readsColumnsByNameAndIgnoresExtras() {
    String csv = "truth_id,x_m,time_s,y_m,sensor_id\nA,1.5,0.0,2.5,S1\n,3,1,4,S2\n";
    CsvRead<PlotRow> r = InterchangeCsv.readPlots(new StringReader(csv), "p.csv");
    assertThat(r.rows())
        .containsExactly(new PlotRow(0.0, "S1", 1.5, 2.5), new PlotRow(1, "S2", 3, 4));
    assertThat(r.failures()).isEmpty();
  }

  @Test
  void badLinesBecomeFailuresWithLineNumbers() {
    String csv = "time_s,sensor_id,x_m,y_m\n0,S1,1,2\n1,S1,abc,2\n2,S1\n3,,1,1\n4,S1,NaN,1\n";
    CsvRead<PlotRow> r = InterchangeCsv.readPlots(new StringReader(csv), "p.csv");
    assertThat(r.rows()).hasSize(1);
    assertThat(r.failures()).extracting(CsvFailure::line).containsExactly(3L, 4L, 5L, 6L);
    assertThat(r.failures().get(0).toString()).startsWith("p.csv:3:").contains("not a number");
  }

  @Test
  void missingHeaderColumnIsOneFailure() {
    CsvRead<TruthPoint> r =
        InterchangeCsv.readTruth(new StringReader("time_s,x_m,y_m\n0,1,2\n"), "t.csv");
    assertThat(r.rows()).isEmpty();
    assertThat(r.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("truth_id"));
  }

  @Test
  void truthVelocitiesAreDerivedWhenAbsent() {
    CsvRead<TruthPoint> r =
        InterchangeCsv.readTruth(
            new StringReader("time_s,truth_id,x_m,y_m\n0,A,0,0\n1,A,100,50\n2,A,200,100\n"),
            "t.csv");
    var withV = InterchangeCsv.withVelocities(r.rows());
    assertThat(withV)
        .allSatisfy(
            t -> {
              assertThat(t.vxMps()).isEqualTo(100.0);
              assertThat(t.vyMps()).isEqualTo(50.0);
            });
  }
}
