package org.sargas.track.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@link DataAssociator} passes the same cases. */
class DataAssociatorContractTest {

  static Stream<Arguments> associators() {
    Supplier<DataAssociator> gnn = GlobalNearestNeighbourAssociator::new;
    Supplier<DataAssociator> jpda =
        () -> new JointProbabilisticAssociator(0.9, 0.997, 1e-8, 100_000);
    Supplier<DataAssociator> cheap = () -> new JointProbabilisticAssociator(0.9, 0.997, 1e-8, 1);
    return Stream.of(
        Arguments.of("gnn", gnn), Arguments.of("jpda", jpda), Arguments.of("cheap-jpda", cheap));
  }

  static GatedPairs randomProblem(Random rng, int tracks, int detections) {
    GatedPairs p = new GatedPairs();
    for (int t = 0; t < tracks; t++) {
      for (int d = 0; d < detections; d++) {
        if (rng.nextDouble() < 0.4) {
          p.add(t, d, -8 + 8 * rng.nextDouble());
        }
      }
    }
    return p;
  }

  static double[] missCosts(int tracks) {
    double[] m = new double[tracks];
    Arrays.fill(m, 2.3);
    return m;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("associators")
  void noPairsIsFine(String name, Supplier<DataAssociator> a) {
    GatedPairs p = new GatedPairs();
    a.get().associate(p, 3, 2, missCosts(3));
    assertThat(p.size()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("associators")
  void weightsAreProbabilitiesPerTrackAndPerDetection(String name, Supplier<DataAssociator> a) {
    Random rng = new Random(9);
    for (int trial = 0; trial < 100; trial++) {
      int nt = 1 + rng.nextInt(5);
      int nd = 1 + rng.nextInt(5);
      GatedPairs p = randomProblem(rng, nt, nd);
      DataAssociator assoc = a.get();
      assoc.associate(p, nt, nd, missCosts(nt));
      double[] perTrack = new double[nt];
      double[] perDetection = new double[nd];
      for (int k = 0; k < p.size(); k++) {
        assertThat(p.weight(k)).isBetween(0.0, 1.0);
        if (assoc.isHard()) {
          assertThat(p.weight(k)).isIn(0.0, 1.0);
        }
        perTrack[p.track(k)] += p.weight(k);
        perDetection[p.detection(k)] += p.weight(k);
      }
      for (double w : perTrack) {
        assertThat(w).isLessThanOrEqualTo(1 + 1e-9);
      }
      if (assoc.isHard()) {
        for (double w : perDetection) {
          assertThat(w).isLessThanOrEqualTo(1 + 1e-9);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("associators")
  void isDeterministic(String name, Supplier<DataAssociator> a) {
    GatedPairs p1 = randomProblem(new Random(4), 6, 6);
    GatedPairs p2 = randomProblem(new Random(4), 6, 6);
    a.get().associate(p1, 6, 6, missCosts(6));
    a.get().associate(p2, 6, 6, missCosts(6));
    for (int k = 0; k < p1.size(); k++) {
      assertThat(p1.weight(k)).isEqualTo(p2.weight(k));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("associators")
  void clearWinnerTakesTheDetection(String name, Supplier<DataAssociator> a) {
    GatedPairs p = new GatedPairs();
    p.add(0, 0, -10); // very likely
    p.add(1, 0, 5); // unlikely
    a.get().associate(p, 2, 1, missCosts(2));
    assertThat(p.weight(0)).isGreaterThan(0.9);
    assertThat(p.weight(1)).isLessThan(0.05);
  }

  @Test
  void globalNearestNeighbourIsOptimal() {
    Random rng = new Random(21);
    for (int trial = 0; trial < 300; trial++) {
      int nt = 1 + rng.nextInt(5);
      int nd = 1 + rng.nextInt(5);
      GatedPairs p = randomProblem(rng, nt, nd);
      double[] miss = missCosts(nt);
      new GlobalNearestNeighbourAssociator().associate(p, nt, nd, miss);
      double got = 0;
      boolean[] assigned = new boolean[nt];
      for (int k = 0; k < p.size(); k++) {
        if (p.weight(k) == 1) {
          got += p.cost(k);
          assigned[p.track(k)] = true;
        }
      }
      for (int t = 0; t < nt; t++) {
        got += assigned[t] ? 0 : miss[t];
      }
      assertThat(got).isCloseTo(bruteForce(p, nt, 0, new boolean[nd], miss), within(1e-9));
    }
  }

  /** Minimum total cost over all feasible assignments, by recursion over tracks. */
  private static double bruteForce(GatedPairs p, int nt, int t, boolean[] used, double[] miss) {
    if (t == nt) {
      return 0;
    }
    double best = miss[t] + bruteForce(p, nt, t + 1, used, miss);
    for (int k = 0; k < p.size(); k++) {
      if (p.track(k) == t && !used[p.detection(k)]) {
        used[p.detection(k)] = true;
        best = Math.min(best, p.cost(k) + bruteForce(p, nt, t + 1, used, miss));
        used[p.detection(k)] = false;
      }
    }
    return best;
  }

  @Test
  void jpdaMarginalsMatchEnumerationByHand() {
    // Two tracks, one detection shared: events {none}, {t0-d0}, {t1-d0}.
    GatedPairs p = new GatedPairs();
    p.add(0, 0, -5);
    p.add(1, 0, -4);
    double pd = 0.9;
    double lambda = 1e-8;
    new JointProbabilisticAssociator(pd, 1.0, lambda, 1000).associate(p, 2, 1, missCosts(2));
    double miss = 1 - pd;
    double r0 = pd * Math.exp(5) / (2 * Math.PI * lambda);
    double r1 = pd * Math.exp(4) / (2 * Math.PI * lambda);
    double total = miss * miss + r0 * miss + r1 * miss;
    assertThat(p.weight(0)).isCloseTo(r0 * miss / total, within(1e-12));
    assertThat(p.weight(1)).isCloseTo(r1 * miss / total, within(1e-12));
  }
}
