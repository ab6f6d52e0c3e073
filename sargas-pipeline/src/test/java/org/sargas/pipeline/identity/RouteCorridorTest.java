package org.sargas.pipeline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;

/** Distances to a route against GeographicLib's geodesics. */
class RouteCorridorTest {
  @Test
  void crossTrackDistanceAgreesWithTheGeodesicDistanceToTheFoot() {
    // a meridian leg 54°N → 56°N at 24°E; a point 0.3° of longitude east at 55°N
    List<GeoPoint> route = List.of(GeoPoint.of(54, 24), GeoPoint.of(56, 24));
    GeoPoint p = GeoPoint.of(55, 24.3);
    GeodesicData g = Geodesic.WGS84.Inverse(55, 24, 55, 24.3);
    assertThat(RouteCorridor.distanceM(p, route)).isCloseTo(g.s12, within(g.s12 * 0.005));
  }

  @Test
  void beyondTheEndsTheDistanceIsToTheNearerEnd() {
    List<GeoPoint> route = List.of(GeoPoint.of(54, 24), GeoPoint.of(56, 24));
    GeodesicData g = Geodesic.WGS84.Inverse(57, 24, 56, 24);
    assertThat(RouteCorridor.distanceM(GeoPoint.of(57, 24), route))
        .isCloseTo(g.s12, within(g.s12 * 0.005));
  }

  @Test
  void aPointOnTheRouteIsAtZeroAndAnEmptyRouteIsInfinitelyFar() {
    List<GeoPoint> route = List.of(GeoPoint.of(54, 24), GeoPoint.of(55, 25), GeoPoint.of(56, 24));
    assertThat(RouteCorridor.distanceM(GeoPoint.of(55, 25), route)).isLessThan(1);
    assertThat(RouteCorridor.distanceM(GeoPoint.of(55, 25), List.of())).isInfinite();
  }
}
