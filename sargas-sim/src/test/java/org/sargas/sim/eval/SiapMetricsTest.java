package org.sargas.sim.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiapMetricsTest {
  @Test
  void measuresFollowStoneSoupDefinitions() {
    SiapMetrics siap = new SiapMetrics(200);
    for (int t = 0; t <= 10; t++) {
      List<TruthPoint> truths =
          List.of(
              new TruthPoint(t, "A", 100.0 * t, 0, 100, 0),
              new TruthPoint(t, "B", 100.0 * t, 5000, 100, 0));
      List<TrackPoint> tracks = new ArrayList<>();
      // Track 1 follows A all the time, 10 m off; track 2 follows B from t = 5 (new id at t = 8).
      tracks.add(new TrackPoint(t, "T1", 100.0 * t + 10, 0, 102, 0));
      if (t >= 5) {
        tracks.add(new TrackPoint(t, t < 8 ? "T2" : "T3", 100.0 * t, 5000, 100, 0));
      }
      // A spurious track at t = 3 and a duplicate on A at t = 4.
      if (t == 3) {
        tracks.add(new TrackPoint(t, "X", -9000, -9000, 0, 0));
      }
      if (t == 4) {
        tracks.add(new TrackPoint(t, "D", 100.0 * t, 30, 100, 0));
      }
      siap.addScan(t, truths, tracks);
    }
    SiapScore s = siap.result();
    // J = 22 truth-times; JT = 11 (A) + 6 (B from t=5) = 17.
    assertThat(s.completeness()).isCloseTo(17.0 / 22.0, within(1e-12));
    // NA = 11 (T1) + 6 (T2/T3) + 1 (D) = 18; ambiguity = 18 / 17.
    assertThat(s.ambiguity()).isCloseTo(18.0 / 17.0, within(1e-12));
    // N = 18 + 1 spurious = 19.
    assertThat(s.spuriousness()).isCloseTo(1.0 / 19.0, within(1e-12));
    // Position error: T1 10 m x 11, B tracks 0, D 30 m -> 140 / 18.
    assertThat(s.positionAccuracyM()).isCloseTo(140.0 / 18.0, within(1e-9));
    assertThat(s.velocityAccuracyMps()).isCloseTo(22.0 / 18.0, within(1e-9));
    // Longest segments: A 10 s (T1), B 2 s (T3 from 8 to 10; T2 5..7 also 2 s); lifetimes 10 + 10.
    assertThat(s.longestTrackSegment()).isCloseTo(12.0 / 20.0, within(1e-12));
  }
}
