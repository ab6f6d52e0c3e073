package org.sargas.response.evaluation;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.sargas.response.search.ConstantWindSource;
import org.sargas.response.search.MonteCarloSearchAreaEstimator;
import org.sargas.response.search.SearchArea;
import org.sargas.response.search.SearchAreaEstimator;
import org.sargas.response.search.SearchSettings;

/**
 * Simulates lost Gerbera-like drones ({@link GerberaLossSimulator}) and measures how often the true
 * impact falls inside the estimated 50 % and 90 % regions, and how large they are. The estimator
 * gets the reported track, the wind forecast with its stated uncertainty and the ground height,
 * with its default flight model for the class; nothing of the truth. Deterministic for a seed: run
 * {@code i} uses the {@code i}-th split of one generator for the truth and {@code seed + i} for the
 * estimator.
 */
public final class LostDroneEvaluation {
  private final SearchAreaEstimator estimator;
  private final GerberaLossSimulator truth;
  private final SearchSettings template;

  /**
   * Evaluates an estimator against a truth.
   *
   * @param estimator the estimator
   * @param truth the simulated world
   * @param template settings of every estimate; per run the seed, the particle count and the wind
   *     (the run's forecast) are replaced, and the ground height is the simulated world's
   */
  public LostDroneEvaluation(
      SearchAreaEstimator estimator, GerberaLossSimulator truth, SearchSettings template) {
    this.estimator = Objects.requireNonNull(estimator, "estimator");
    this.truth = Objects.requireNonNull(truth, "truth");
    this.template = Objects.requireNonNull(template, "template");
  }

  /** The default estimator and settings against the Gerbera truth. */
  public LostDroneEvaluation() {
    this(
        new MonteCarloSearchAreaEstimator(),
        new GerberaLossSimulator(),
        SearchSettings.defaults(0));
  }

  /**
   * @param runs simulated losses, &ge; 1
   * @param seed seed of the whole evaluation
   * @param particles Monte Carlo samples per estimate (the default estimate uses 5 000)
   */
  public LostDroneEvaluationResult run(int runs, long seed, int particles) {
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be >= 1");
    }
    SplittableRandom master = new SplittableRandom(seed);
    int in50 = 0;
    int in90 = 0;
    double[] a50 = new double[runs];
    double[] a90 = new double[runs];
    for (int i = 0; i < runs; i++) {
      LostDroneCase c = truth.next(master.split(), "LOST-" + i);
      SearchSettings s =
          new SearchSettings(
              particles,
              seed + i,
              template.cellSizeM(),
              GerberaLossSimulator.GROUND_HEIGHT_M,
              new ConstantWindSource(c.forecast()),
              template.coverage(),
              template.detectionPerMinute(),
              template.models());
      SearchArea area = estimator.estimate(c.track(), s);
      if (area.inside50(c.impact())) {
        in50++;
      }
      if (area.inside90(c.impact())) {
        in90++;
      }
      a50[i] = area.area50Km2();
      a90[i] = area.area90Km2();
    }
    return new LostDroneEvaluationResult(
        runs,
        particles,
        seed,
        (double) in50 / runs,
        (double) in90 / runs,
        median(a50),
        median(a90));
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
