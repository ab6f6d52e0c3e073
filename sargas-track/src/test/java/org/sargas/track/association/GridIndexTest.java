package org.sargas.track.association;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GridIndexTest {
  /**
   * Every point inside a query box is returned (dense grids for compact sets, hashed for sparse).
   */
  @ParameterizedTest(name = "spread {0} m")
  @ValueSource(doubles = {20_000, 5_000_000})
  void queryReturnsEveryPointInTheBox(double spread) {
    Random rng = new Random(12);
    int n = 500;
    double[] e = new double[n];
    double[] no = new double[n];
    for (int i = 0; i < n; i++) {
      e[i] = (rng.nextDouble() - 0.5) * spread;
      no[i] = (rng.nextDouble() - 0.5) * spread;
    }
    GridIndex grid = new GridIndex();
    grid.build(e, no, n, 2000);
    int[] out = new int[4];
    int[] count = new int[1];
    for (int q = 0; q < 300; q++) {
      double ce = (rng.nextDouble() - 0.5) * spread * 1.2;
      double cn = (rng.nextDouble() - 0.5) * spread * 1.2;
      double r = rng.nextDouble() * spread / 10;
      out = grid.query(ce - r, cn - r, ce + r, cn + r, out, count);
      int[] got = Arrays.copyOf(out, count[0]);
      for (int i = 0; i < n; i++) {
        boolean inside = Math.abs(e[i] - ce) <= r && Math.abs(no[i] - cn) <= r;
        if (inside) {
          assertThat(got).contains(i);
        }
      }
      assertThat(got).doesNotHaveDuplicates();
    }
  }
}
