package org.sargas.airspace.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.sargas.airspace.geojson.GeoDataException;
import org.sargas.model.airspace.Applicability;
import org.sargas.model.airspace.ZoneKind;

class ZoneFileReaderTest {
  private static final String FILE =
      "{\"type\":\"FeatureCollection\",\"features\":["
          + "{\"type\":\"Feature\",\"properties\":{\"id\":\"EYP2\",\"name\":\"Ignalina\",\"kind\":\"P\","
          + "\"floor\":\"GND\",\"ceiling\":\"FL95\",\"country\":\"LTU\"},"
          + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[26.0,55.5],[26.2,55.5],[26.2,55.7],"
          + "[26.0,55.7],[26.0,55.5]]]}},"
          + "{\"type\":\"Feature\",\"properties\":{\"id\":\"VNO-DRONE\",\"kind\":\"airport_drone_restriction\","
          + "\"appliesTo\":\"drones_only\",\"ceiling\":\"120 m AGL\",\"groundElevationM\":197,"
          + "\"radiusM\":5000,\"active\":[\"2025-09-22T18:00:00Z/2025-09-23T02:00:00Z\"]},"
          + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[25.2858,54.6341]}}"
          + "]}";

  @Test
  void readsPolygonAndCircleZonesWithLimits() throws Exception {
    List<ZoneArea> zones = new ZoneFileReader().read("zones.geojson", FILE);
    assertThat(zones).hasSize(2);
    ZoneArea p = zones.get(0);
    assertThat(p.zone().id()).isEqualTo("EYP2");
    assertThat(p.zone().kind()).isEqualTo(ZoneKind.PROHIBITED);
    assertThat(p.zone().floorM()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(p.zone().ceilingM()).isCloseTo(9500 * 0.3048, within(1e-9));
    assertThat(p.zone().countryCode()).isEqualTo("LTU");
    assertThat(p.contains(55.6, 26.1)).isTrue();
    assertThat(p.contains(55.6, 26.3)).isFalse();

    ZoneArea c = zones.get(1);
    assertThat(c.zone().kind()).isEqualTo(ZoneKind.AIRPORT_DRONE_RESTRICTION);
    assertThat(c.zone().appliesTo()).isEqualTo(Applicability.DRONES_ONLY);
    assertThat(c.zone().ceilingM()).isEqualTo(317.0);
    // 4.9 km and 5.1 km from the centre, checked with geodesics.
    double[] in = destination(54.6341, 25.2858, 33, 4900);
    double[] out = destination(54.6341, 25.2858, 33, 5100);
    assertThat(c.contains(in[0], in[1])).isTrue();
    assertThat(c.contains(out[0], out[1])).isFalse();
    assertThat(c.boundary().distanceM(54.6341, 25.2858, null)).isCloseTo(5000, within(1.0));
    assertThat(c.schedule().activeAt(java.time.Instant.parse("2025-09-22T20:00:00Z"))).isTrue();
    assertThat(c.schedule().activeAt(java.time.Instant.parse("2025-09-23T02:00:00Z"))).isFalse();
    assertThat(p.schedule().always()).isTrue();
  }

  private static double[] destination(double lat, double lon, double azi, double s) {
    var d = Geodesic.WGS84.Direct(lat, lon, azi, s);
    return new double[] {d.lat2, d.lon2};
  }

  @Test
  void malformedZonesAreNamed() {
    String noId =
        "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}";
    assertThatThrownBy(() -> new ZoneFileReader().read("z.geojson", noId))
        .isInstanceOf(GeoDataException.class)
        .hasMessageContaining("z.geojson feature 0")
        .hasMessageContaining("id");
    String badKind =
        "{\"type\":\"Feature\",\"properties\":{\"id\":\"A\",\"kind\":\"volcano\"},"
            + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},\"radiusM\":5}";
    assertThatThrownBy(() -> new ZoneFileReader().read("z.geojson", badKind))
        .isInstanceOf(GeoDataException.class)
        .hasMessageContaining("(A)")
        .hasMessageContaining("VOLCANO");
    String badLimit =
        "{\"type\":\"Feature\",\"properties\":{\"id\":\"B\",\"ceiling\":\"high\",\"radiusM\":5},"
            + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}";
    assertThatThrownBy(() -> new ZoneFileReader().read("z.geojson", badLimit))
        .isInstanceOf(GeoDataException.class)
        .hasMessageContaining("'high'");
  }

  @Test
  void verticalLimitForms() {
    assertThat(VerticalLimit.parseM("FL 95", 0, false)).isCloseTo(2895.6, within(1e-9));
    assertThat(VerticalLimit.parseM("2500ft AMSL", 0, false)).isCloseTo(762.0, within(1e-9));
    assertThat(VerticalLimit.parseM("1000 ft AGL", 100, false)).isCloseTo(404.8, within(1e-9));
    assertThat(VerticalLimit.parseM("300 m", 0, false)).isEqualTo(300.0);
    assertThat(VerticalLimit.parseM("UNL", 0, false)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(VerticalLimit.parseM("SFC", 50, true)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(VerticalLimit.parseM("GND", 50, false)).isEqualTo(50.0);
  }
}
