package org.sargas.airspace.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.airspace.csv.InputFailure;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;

class OpenAirReaderTest {
  private static final String FILE =
      "* hand-written test airspace\n"
          + "AC R\n"
          + "AN EYR-TEST box\n"
          + "AI EYR1\n"
          + "AL GND\n"
          + "AH FL95\n"
          + "DP 54:30:00 N 024:00:00 E\n"
          + "DP 54:30:00 N 024:30:00 E\n"
          + "DP 54:45:00 N 024:30:00 E\n"
          + "DP 54:45:00 N 024:00:00 E\n"
          + "\n"
          + "AC P\n"
          + "AN Circle\n"
          + "AL 1000ft AMSL\n"
          + "AH UNL\n"
          + "V X=55:00:00 N 025:00:00 E\n"
          + "DC 2\n"
          + "AC Q\n"
          + "AN Half disc\n"
          + "V X=55:30:00N 025:00:00E\n"
          + "V D=+\n"
          + "DA 5, 0, 180\n"
          + "AC CTR\n"
          + "AN Vilnius CTR (not watched by default)\n"
          + "DP 54:30 N 025:00 E\n"
          + "DP 54:31 N 025:00 E\n"
          + "DP 54:31 N 025:01 E\n"
          + "AC R\n"
          + "AN Broken\n"
          + "DP 54:30:00 N 999:00:00 E\n"
          + "DP 54:30:00 N 024:30:00 E\n"
          + "AC R\n"
          + "AN Arc between points\n"
          + "V X=56:00:00 N 024:00:00 E\n"
          + "V D=-\n"
          + "DB 56:05:00 N 024:00:00 E, 55:55:00 N 024:00:00 E\n";

  @Test
  void readsPolygonsCirclesAndArcsWithLimits() throws Exception {
    List<InputFailure> failures = new ArrayList<>();
    List<ZoneArea> zones = new OpenAirReader().read("test.txt", new StringReader(FILE), failures);
    assertThat(zones)
        .extracting(ZoneArea::id)
        .containsExactly("EYR1", "Circle", "Half disc", "Arc between points");
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).line()).isEqualTo(30);
    assertThat(failures.get(0).reason()).contains("999:00:00");

    ZoneArea box = zones.get(0);
    assertThat(box.zone().kind()).isEqualTo(ZoneKind.RESTRICTED);
    assertThat(box.zone().name()).isEqualTo("EYR-TEST box");
    assertThat(box.zone().ceilingM()).isCloseTo(9500 * 0.3048, within(1e-9));
    assertThat(box.contains(54.6, 24.2)).isTrue();
    assertThat(box.contains(54.8, 24.2)).isFalse();

    ZoneArea circle = zones.get(1);
    assertThat(circle.zone().kind()).isEqualTo(ZoneKind.PROHIBITED);
    assertThat(circle.zone().floorM()).isCloseTo(304.8, within(1e-9));
    GeoPoint c = GeoPoint.of(55, 25);
    assertThat(circle.boundary().distanceM(55, 25, null)).isCloseTo(2 * 1852, within(1.0));
    GeoPoint in = Wgs84.destination(c, 77, 3600);
    assertThat(circle.contains(in.latDeg(), in.lonDeg())).isTrue();

    // Clockwise from bearing 0 to 180: the eastern half disc.
    ZoneArea half = zones.get(2);
    assertThat(half.zone().kind()).isEqualTo(ZoneKind.DANGER);
    GeoPoint east = Wgs84.destination(GeoPoint.of(55.5, 25), 90, 4000);
    GeoPoint west = Wgs84.destination(GeoPoint.of(55.5, 25), 270, 4000);
    assertThat(half.contains(east.latDeg(), east.lonDeg())).isTrue();
    assertThat(half.contains(west.latDeg(), west.lonDeg())).isFalse();

    // Counter-clockwise from north to south: the western half disc.
    ZoneArea db = zones.get(3);
    GeoPoint w = Wgs84.destination(GeoPoint.of(56, 24), 270, 5000);
    GeoPoint e = Wgs84.destination(GeoPoint.of(56, 24), 90, 5000);
    assertThat(db.contains(w.latDeg(), w.lonDeg())).isTrue();
    assertThat(db.contains(e.latDeg(), e.lonDeg())).isFalse();
  }

  @Test
  void coordinateForms() {
    GeoPoint a = OpenAirReader.coordinate("54:30:30.5 N 024:15:15 E");
    assertThat(a.latDeg()).isCloseTo(54 + 30 / 60.0 + 30.5 / 3600, within(1e-12));
    assertThat(a.lonDeg()).isCloseTo(24 + 15 / 60.0 + 15 / 3600.0, within(1e-12));
    GeoPoint b = OpenAirReader.coordinate("54:30.5S 024:15.25W");
    assertThat(b.latDeg()).isCloseTo(-(54 + 30.5 / 60), within(1e-12));
    assertThat(b.lonDeg()).isCloseTo(-(24 + 15.25 / 60), within(1e-12));
  }
}
