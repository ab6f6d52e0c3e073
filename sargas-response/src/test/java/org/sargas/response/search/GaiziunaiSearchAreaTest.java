package org.sargas.response.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.response.testing.Threats;

/**
 * The seed incident: the Gerbera of 28 July 2025, whose track (scenario lithuania-2025-gerbera) was
 * last known at 18:30:32 UTC at 54.885 N 24.782 E, 44 m/s, course 289°, 350 m; it came down ~43 km
 * further at the Gaižiūnai training area (≈ 54.99 N, 24.16 E) and took nearly a week to find.
 */
class GaiziunaiSearchAreaTest {
  private static final GeoPoint GAIZIUNAI = GeoPoint.of(54.99, 24.16);

  private static SearchArea estimate(long seed) {
    Track last =
        Threats.track(
            "GERBERA",
            Threats.T0,
            54.885,
            24.782,
            350,
            289,
            44,
            150,
            TargetClass.LOITERING_MUNITION);
    return new MonteCarloSearchAreaEstimator()
        .estimate(LostTrack.of(last), SearchSettings.defaults(seed));
  }

  @Test
  void theCrashSiteIsInsideTheNinetyPercentRegionWithTheDefaultGerberaModel() {
    SearchArea a = estimate(20250728);
    assertThat(Wgs84.distanceM(GeoPoint.of(54.885, 24.782), GAIZIUNAI)).isBetween(41e3, 44e3);
    assertThat(a.inside90(GAIZIUNAI)).isTrue();
    // Not by covering everything: where it came from and 25 km to either side are outside.
    assertThat(a.inside90(GeoPoint.of(54.80, 25.20))).isFalse();
    assertThat(a.inside90(Wgs84.destination(GAIZIUNAI, 19, 25_000))).isFalse();
    assertThat(a.inside90(Wgs84.destination(GAIZIUNAI, 199, 25_000))).isFalse();
    assertThat(a.area90Km2()).isBetween(300.0, 1000.0);
    assertThat(a.targetClass()).isEqualTo(TargetClass.LOITERING_MUNITION);
    assertThat(a.particles()).isEqualTo(5_000);
  }

  @Test
  void itHoldsForOtherSeedsToo() {
    for (long seed = 1; seed <= 5; seed++) {
      assertThat(estimate(seed).inside90(GAIZIUNAI)).as("seed %d", seed).isTrue();
    }
  }
}
