package org.sargas.response.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.sargas.model.track.TargetClass;
import org.sargas.response.area.CoverageTest;

/**
 * Settings of a search-area estimate.
 *
 * @param particles Monte Carlo samples, [100, 1 000 000]
 * @param seed seed of the generator: the same seed and input give the same area
 * @param cellSizeM grid cell edge, metres, &gt; 0 (enlarged when the area would need more than
 *     {@value MonteCarloSearchAreaEstimator#MAX_CELLS} cells)
 * @param groundHeightM height of the ground above the ellipsoid where the drone may come down,
 *     metres (lowland Lithuania and eastern Poland: 100–200 m)
 * @param wind the wind
 * @param coverage where a still-flying drone would have been seen again
 * @param detectionPerMinute probability that a drone flying one minute inside coverage is detected,
 *     [0, 1]; continuations through coverage are weighted by {@code (1 − p)^minutes}
 * @param models flight model per class; classes not listed use {@link
 *     LostDroneModel#forClass(TargetClass)}
 */
public record SearchSettings(
    int particles,
    long seed,
    double cellSizeM,
    double groundHeightM,
    WindSource wind,
    CoverageTest coverage,
    double detectionPerMinute,
    Map<TargetClass, LostDroneModel> models) {

  public SearchSettings {
    if (particles < 100 || particles > 1_000_000) {
      throw new IllegalArgumentException("particles in [100, 1e6]: " + particles);
    }
    if (!(cellSizeM > 0) || !Double.isFinite(groundHeightM)) {
      throw new IllegalArgumentException("cell size > 0 and finite ground height required");
    }
    if (!(detectionPerMinute >= 0 && detectionPerMinute <= 1)) {
      throw new IllegalArgumentException("detection per minute in [0, 1]");
    }
    Objects.requireNonNull(wind, "wind");
    Objects.requireNonNull(coverage, "coverage");
    models = models.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(models));
  }

  /**
   * 5 000 particles, 250 m cells, ground at 150 m, unknown wind ({@link WindEstimate#UNKNOWN}), no
   * coverage, default models.
   */
  public static SearchSettings defaults(long seed) {
    return new SearchSettings(
        5_000,
        seed,
        250,
        150,
        new ConstantWindSource(WindEstimate.UNKNOWN),
        CoverageTest.NONE,
        0.9,
        Map.of());
  }

  /** The model used for a class. */
  public LostDroneModel modelFor(TargetClass c) {
    LostDroneModel m = models.get(c);
    return m != null ? m : LostDroneModel.forClass(c);
  }

  /** These settings with another seed. */
  public SearchSettings withSeed(long newSeed) {
    return new SearchSettings(
        particles, newSeed, cellSizeM, groundHeightM, wind, coverage, detectionPerMinute, models);
  }

  /** These settings with another wind. */
  public SearchSettings withWind(WindSource newWind) {
    return new SearchSettings(
        particles, seed, cellSizeM, groundHeightM, newWind, coverage, detectionPerMinute, models);
  }

  /** These settings with another particle count. */
  public SearchSettings withParticles(int n) {
    return new SearchSettings(
        n, seed, cellSizeM, groundHeightM, wind, coverage, detectionPerMinute, models);
  }

  /** These settings with a coverage test. */
  public SearchSettings withCoverage(CoverageTest newCoverage, double newDetectionPerMinute) {
    return new SearchSettings(
        particles,
        seed,
        cellSizeM,
        groundHeightM,
        wind,
        newCoverage,
        newDetectionPerMinute,
        models);
  }

  /** These settings with a model for one class. */
  public SearchSettings withModel(TargetClass c, LostDroneModel m) {
    EnumMap<TargetClass, LostDroneModel> copy = new EnumMap<>(TargetClass.class);
    copy.putAll(models);
    copy.put(c, m);
    return new SearchSettings(
        particles, seed, cellSizeM, groundHeightM, wind, coverage, detectionPerMinute, copy);
  }
}
