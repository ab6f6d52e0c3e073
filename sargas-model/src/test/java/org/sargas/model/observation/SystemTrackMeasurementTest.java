package org.sargas.model.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;

class SystemTrackMeasurementTest {
  private static final GeoPoint P = new GeoPoint(54.9, 24.1, 0);

  @Test
  void withVelocityTheCovarianceIsFourByFour() {
    SystemTrackMeasurement m =
        new SystemTrackMeasurement(P, 40, 60, -900, 200, -50, 2, 3, 30, 7, 1);
    assertThat(m.hasVelocity()).isTrue();
    assertThat(m.dimension()).isEqualTo(4);
    assertThat(m.covariance())
        .containsExactly(1600, -900, 0, 0, -900, 3600, 0, 0, 0, 0, 4, 0, 0, 0, 0, 9);
  }

  @Test
  void withoutVelocityItIsAPosition() {
    SystemTrackMeasurement m =
        new SystemTrackMeasurement(P, 40, 60, 0, Double.NaN, Double.NaN, 2, 3, 30, -1, Double.NaN);
    assertThat(m.hasVelocity()).isFalse();
    assertThat(m.dimension()).isEqualTo(2);
    assertThat(m.covariance()).containsExactly(1600, 0, 0, 3600);
  }
}
