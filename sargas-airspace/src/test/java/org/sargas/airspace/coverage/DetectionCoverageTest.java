package org.sargas.airspace.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.sensor.SensorKind;

/**
 * Coverage follows the 4/3-earth radar horizon, the instrumented range and the lowest elevation.
 */
class DetectionCoverageTest {
  private static final GeoPoint SITE = new GeoPoint(54.66, 23.05, 30);
  private final DetectionCoverage coverage = new DetectionCoverage();
  private final GeometryFactory gf = new GeometryFactory();

  private static Sensor radar(double maxRangeM) {
    return new Sensor("R", "radar", SensorKind.PRIMARY_RADAR, SITE, maxRangeM, 4);
  }

  private boolean inside(CoverageArea c, double azimuthDeg, double distanceM) {
    GeoPoint p = Wgs84.destination(SITE, azimuthDeg, distanceM);
    return c.area().contains(gf.createPoint(new Coordinate(p.lonDeg(), p.latDeg())));
  }

  @Test
  void aLowDroneIsSeenOnlyToTheRadarHorizonOfTheFourThirdsEarth() {
    // sqrt(2 kR 30 m) + sqrt(2 kR 200 m), k = 4/3, R = 6371 km: the textbook radar horizon.
    double kR = 4.0 / 3.0 * 6_371_000.0;
    double expected = Math.sqrt(2 * kR * 30) + Math.sqrt(2 * kR * 200);
    assertThat(expected).isCloseTo(80_867, within(1.0));
    CoverageArea c = coverage.sensor(SensorCoverageSpec.of(radar(400_000)), 200);
    assertThat(c.limit()).isEqualTo(CoverageLimit.HORIZON);
    assertThat(c.rangeM()).isCloseTo(expected, within(1e-6));
    for (double az = 0; az < 360; az += 45) {
      assertThat(inside(c, az, 0.99 * expected)).as("inside at %s°", az).isTrue();
      assertThat(inside(c, az, 1.01 * expected)).as("outside at %s°", az).isFalse();
    }
  }

  @Test
  void highTargetsAreLimitedByRangeAndTheLowestElevationCutsTheLowOnes() {
    assertThat(coverage.sensor(SensorCoverageSpec.of(radar(60_000)), 10_000).limit())
        .isEqualTo(CoverageLimit.RANGE);
    CoverageArea elevated = coverage.sensor(new SensorCoverageSpec(radar(400_000), 0.5), 200);
    // Elevation ≥ 0.5° for a target 170 m above the antenna: (170/d) − d/(2kR) ≥ tan 0.5°.
    double d = elevated.rangeM();
    assertThat(elevated.limit()).isEqualTo(CoverageLimit.MIN_ELEVATION);
    assertThat(170 / d - d / (2 * DetectionCoverage.EFFECTIVE_EARTH_RADIUS_M))
        .isCloseTo(Math.tan(Math.toRadians(0.5)), within(1e-9));
    CoverageArea blind = coverage.sensor(new SensorCoverageSpec(radar(400_000), 2.0), 20);
    assertThat(blind.limit()).isEqualTo(CoverageLimit.NONE);
    assertThat(blind.area().isEmpty()).isTrue();
  }

  @Test
  void acousticArraysNeedNoLineOfSightAndReceiversSeeOnlyCooperativeTargets() {
    Sensor acoustic =
        new Sensor("A", null, SensorKind.ACOUSTIC, new GeoPoint(54.6, 25.69, 2), 4000, 1);
    assertThat(coverage.sensor(SensorCoverageSpec.of(acoustic), 0).rangeM()).isEqualTo(4000);
    Sensor adsb = new Sensor("B", null, SensorKind.ADSB_RECEIVER, SITE, 450_000, 1);
    List<CoverageArea> all =
        coverage.all(
            List.of(SensorCoverageSpec.of(radar(400_000)), SensorCoverageSpec.of(adsb)), 200);
    assertThat(all)
        .extracting(CoverageArea::sensorId)
        .containsExactly("R", "B", DetectionCoverage.FUSED);
    assertThat(all.get(1).cooperativeOnly()).isTrue();
    assertThat(all.get(2).area().getArea())
        .as("the fused layer is what sees a non-cooperative drone")
        .isCloseTo(all.get(0).area().getArea(), within(1e-9));
  }
}
