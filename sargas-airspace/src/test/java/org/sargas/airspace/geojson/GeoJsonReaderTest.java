package org.sargas.airspace.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class GeoJsonReaderTest {
  private static final String ZONES =
      "{\"type\":\"FeatureCollection\",\"features\":[\n"
          + "{\"type\":\"Feature\",\"properties\":{\"id\":\"EYP1\",\"name\":\"Ign\\u0061lina \\\"NPP\\\"\","
          + "\"floor\":0,\"ceiling\":1500.5,\"active\":true,\"note\":null},"
          + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[26,55],[27,55],[27,56],[26,56],[26,55]],"
          + "[[26.2,55.2],[26.2,55.4],[26.4,55.4],[26.2,55.2]]]}},\n"
          + "{\"type\":\"Feature\",\"properties\":{\"id\":\"M\"},\"geometry\":{\"type\":\"MultiPolygon\","
          + "\"coordinates\":[[[[20,54],[21,54],[21,55],[20,54]]],[[[22,54],[23,54],[23,55],[22,54]]]]}},\n"
          + "{\"type\":\"Feature\",\"properties\":null,\"geometry\":null}\n"
          + "]}";

  @Test
  void readsFeaturesWithPropertiesHolesAndMultipolygons() throws Exception {
    List<GeoJsonFeature> fs = new GeoJsonReader().read("zones", ZONES);
    assertThat(fs).hasSize(2);
    GeoJsonFeature a = fs.get(0);
    assertThat(a.text("id")).isEqualTo("EYP1");
    assertThat(a.text("name")).isEqualTo("Ignalina \"NPP\"");
    assertThat(a.text("floor")).isEqualTo("0");
    assertThat(a.properties().get("ceiling")).isEqualTo(1500.5);
    assertThat(a.properties().get("active")).isEqualTo(Boolean.TRUE);
    assertThat(a.properties()).containsKey("note");
    assertThat(a.geometry()).isInstanceOf(Polygon.class);
    assertThat(((Polygon) a.geometry()).getNumInteriorRing()).isEqualTo(1);
    assertThat(a.geometry().getArea())
        .isCloseTo(1.0 - 0.02, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(fs.get(1).geometry()).isInstanceOf(MultiPolygon.class);
    assertThat(fs.get(1).geometry().getNumGeometries()).isEqualTo(2);
  }

  @Test
  void writeThenReadKeepsEveryCoordinateExactly() throws Exception {
    List<GeoJsonFeature> fs = new GeoJsonReader().read("zones", ZONES);
    StringWriter w = new StringWriter();
    new GeoJsonWriter().write(fs, w);
    List<GeoJsonFeature> back = new GeoJsonReader().read("again", w.toString());
    assertThat(back).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(back.get(i).geometry().equalsExact(fs.get(i).geometry())).isTrue();
      assertThat(back.get(i).properties()).isEqualTo(fs.get(i).properties());
    }
  }

  @Test
  void malformedJsonNamesSourceAndOffset() {
    assertThatThrownBy(() -> new GeoJsonReader().read("bad.geojson", "{\"type\":\"Feature\",,}"))
        .isInstanceOf(GeoDataException.class)
        .hasMessageContaining("bad.geojson")
        .satisfies(e -> assertThat(((GeoDataException) e).offset()).isEqualTo(18));
    assertThatThrownBy(() -> new GeoJsonReader().read("n", "[1, 2"))
        .isInstanceOf(GeoDataException.class)
        .hasMessageContaining("end-of-input");
    assertThatThrownBy(() -> new GeoJsonReader().read("n", "{\"a\": 01}"))
        .isInstanceOf(GeoDataException.class)
        .hasMessageContaining("Leading zeroes");
  }

  @Test
  void invalidGeoJsonIsReportedWithAReason() {
    String open = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}";
    assertThatThrownBy(() -> new GeoJsonReader().read("open", open))
        .isInstanceOf(GeoDataException.class)
        .hasMessageContaining("not closed");
    String range = "{\"type\":\"Point\",\"coordinates\":[10,95]}";
    assertThatThrownBy(() -> new GeoJsonReader().read("range", range))
        .isInstanceOf(GeoDataException.class)
        .hasMessageContaining("out of range");
    String unknown = "{\"type\":\"Circle\",\"coordinates\":[10,50]}";
    assertThatThrownBy(() -> new GeoJsonReader().read("c", unknown))
        .isInstanceOf(GeoDataException.class)
        .hasMessageContaining("unknown geometry type 'Circle'");
  }
}
