package org.sargas.airspace.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sargas.airspace.csv.InputFailure;
import org.sargas.airspace.csv.TrackCsvReader;
import org.sargas.airspace.zone.OpenAirReader;
import org.sargas.airspace.zone.ZoneFileReader;

/**
 * Seeded random corruptions (deleted, inserted, replaced characters; truncation) of valid inputs:
 * every reader either succeeds or reports a {@link GeoDataException} / {@link InputFailure};
 * nothing else escapes.
 */
class MalformedInputTest {
  private static final String ZONES =
      "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
          + "{\"id\":\"Z1\",\"kind\":\"restricted\",\"floor\":\"GND\",\"ceiling\":\"FL95\","
          + "\"active\":[\"2025-09-22T18:00:00Z/2025-09-23T02:00:00Z\"]},\"geometry\":"
          + "{\"type\":\"Polygon\",\"coordinates\":[[[24.0,55.0],[24.3,55.0],[24.3,55.2],"
          + "[24.0,55.0]]]}},{\"type\":\"Feature\",\"properties\":{\"id\":\"C\",\"radiusM\":500},"
          + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[25.1,54.6]}}]}";
  private static final String OPENAIR =
      "AC R\nAN Box\nAL GND\nAH FL95\nDP 54:30:00 N 024:00:00 E\nDP 54:30:00 N 024:30:00 E\n"
          + "DP 54:45:00 N 024:30:00 E\nAC P\nAN Circle\nV X=55:00:00 N 025:00:00 E\nDC 2\n"
          + "AC Q\nV D=-\nV X=55:30:00N 025:00:00E\nDA 5, 0, 180\n";
  private static final String CSV =
      "time_s,track_id,lat_deg,lon_deg,alt_m,sigma_m\n1761220800,A,54.6,22.6,900,30\n"
          + "1761220801.5,A,54.61,22.61,NaN,\n1761220802,B,54.7,22.7,,40\n";

  static Stream<Integer> seeds() {
    return IntStream.range(0, 300).boxed();
  }

  private static String corrupt(String text, Random rnd) {
    StringBuilder sb = new StringBuilder(text);
    int edits = 1 + rnd.nextInt(4);
    String alphabet = "{}[]\",:0123456789.-eE nNtrufalsNDPACXV=+\\\n";
    for (int i = 0; i < edits && sb.length() > 0; i++) {
      int at = rnd.nextInt(sb.length());
      switch (rnd.nextInt(4)) {
        case 0:
          sb.deleteCharAt(at);
          break;
        case 1:
          sb.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
          break;
        case 2:
          sb.setCharAt(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
          break;
        default:
          sb.setLength(at);
      }
    }
    return sb.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void corruptedInputIsReportedNeverThrownOtherwise(int seed) throws Exception {
    Random rnd = new Random(seed);
    String zones = corrupt(ZONES, rnd);
    try {
      new ZoneFileReader().read("z.geojson", zones);
    } catch (GeoDataException e) {
      assertThat(e.getMessage()).startsWith("z.geojson");
    }
    List<InputFailure> failures = new ArrayList<>();
    new OpenAirReader().read("a.txt", new StringReader(corrupt(OPENAIR, rnd)), failures);
    assertThat(failures).allSatisfy(f -> assertThat(f.source()).isEqualTo("a.txt"));
    String csv = corrupt(CSV, rnd);
    try {
      new TrackCsvReader().read("t.csv", new StringReader(csv));
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).contains("t.csv").contains("header");
    }
  }
}
