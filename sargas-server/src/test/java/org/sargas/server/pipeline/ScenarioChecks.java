package org.sargas.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.Warning;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;

/** Checks shared by the scenario end-to-end tests. */
final class ScenarioChecks {
  private ScenarioChecks() {}

  /** Horizontal distance between two points, metres (local tangent plane at {@code a}). */
  static double distanceM(GeoPoint a, GeoPoint b) {
    double[] enu = new double[3];
    new LocalTangentPlane(a.withAltitudeM(0.0)).toEnu(b.latDeg(), b.lonDeg(), 0, enu);
    return Math.hypot(enu[0], enu[1]);
  }

  /** The earliest early warning for the violation's track and zone issued before its entry. */
  static Optional<Warning> firstWarningBefore(ScenarioResult result, Violation v) {
    return result.warnings().stream()
        .filter(w -> w.trackId().equals(v.trackId()) && w.zoneId().equals(v.zoneId()))
        .filter(w -> w.issuedAt().isBefore(v.entryTime()))
        .min(Comparator.comparing(Warning::issuedAt));
  }

  /**
   * Every measured violation that came from another country was warned of at least {@code minLeadS}
   * before the measured entry.
   */
  static void assertEachCrossingFromAbroadWasWarned(ScenarioResult result, long minLeadS) {
    List<Violation> fromAbroad =
        result.violations().stream()
            .filter(v -> v.originCountry() != null && !v.originCountry().equals(v.zoneId()))
            .toList();
    assertThat(fromAbroad).isNotEmpty();
    for (Violation v : fromAbroad) {
      Warning w =
          firstWarningBefore(result, v)
              .orElseThrow(() -> new AssertionError("no early warning before " + v.violationId()));
      assertThat(Duration.between(w.issuedAt(), v.entryTime()).toSeconds())
          .as("lead time of the first warning for %s", v.trackId())
          .isGreaterThanOrEqualTo(minLeadS);
      assertThat(w.leadTimeS()).isPositive();
    }
  }
}
