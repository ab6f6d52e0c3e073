package org.sargas.response.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;

class AreaTestsTest {

  @Test
  void aCircleHoldsWhatIsWithinItsGeodesicRadius() {
    GeoPoint c = GeoPoint.of(54.687, 25.28);
    CircleAreaTest vilnius = new CircleAreaTest(c, 9_000);
    GeoPoint in = Wgs84.destination(c, 77, 8_990);
    GeoPoint out = Wgs84.destination(c, 77, 9_010);
    assertThat(vilnius.inside(in.latDeg(), in.lonDeg())).isTrue();
    assertThat(vilnius.inside(out.latDeg(), out.lonDeg())).isFalse();
    assertThat(vilnius.inside(55.5, 25.28)).isFalse();
    assertThatThrownBy(() -> new CircleAreaTest(c, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPolygonUsesTheEvenOddRuleAndAcceptsAClosedRing() {
    PolygonAreaTest box = PolygonAreaTest.box(54, 24, 55, 25);
    assertThat(box.inside(54.5, 24.5)).isTrue();
    assertThat(box.inside(55.5, 24.5)).isFalse();
    assertThat(box.inside(54.5, 25.5)).isFalse();
    // A concave "U": the notch is outside.
    PolygonAreaTest u =
        new PolygonAreaTest(
            List.of(
                GeoPoint.of(0, 0),
                GeoPoint.of(0, 3),
                GeoPoint.of(3, 3),
                GeoPoint.of(3, 2),
                GeoPoint.of(1, 2),
                GeoPoint.of(1, 1),
                GeoPoint.of(3, 1),
                GeoPoint.of(3, 0),
                GeoPoint.of(0, 0)));
    assertThat(u.inside(0.5, 1.5)).isTrue();
    assertThat(u.inside(2, 1.5)).isFalse();
    assertThat(u.inside(2, 0.5)).isTrue();
  }

  @Test
  void aUnionIsInsideWhenAnyPartIs() {
    AreaTest both =
        AreaTest.anyOf(List.of(PolygonAreaTest.box(0, 0, 1, 1), PolygonAreaTest.box(2, 2, 3, 3)));
    assertThat(both.inside(0.5, 0.5)).isTrue();
    assertThat(both.inside(2.5, 2.5)).isTrue();
    assertThat(both.inside(1.5, 1.5)).isFalse();
    assertThat(AreaTest.anyOf(List.of()).inside(0, 0)).isFalse();
  }

  @Test
  void aSiteIsReachedWithinItsRadius() {
    ProtectedSite s = new ProtectedSite("VNO", null, GeoPoint.of(54.687, 25.28), 5_000);
    assertThat(s.name()).isEqualTo("VNO");
    GeoPoint p = Wgs84.destination(s.position(), 0, 4_999);
    assertThat(s.reached(p.latDeg(), p.lonDeg())).isTrue();
    GeoPoint q = Wgs84.destination(s.position(), 0, 5_001);
    assertThat(s.reached(q.latDeg(), q.lonDeg())).isFalse();
  }
}
