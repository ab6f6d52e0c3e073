package org.sargas.formats.modes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sargas.formats.DecodeFailure;

/**
 * SBS-1 fields outside their domain: one row per field, written into field {@code n} (1-based) of a
 * valid MSG,3 line; each gives a failure naming the field and no message.
 */
class SbsDomainTest {
  // MSG,3: fields 12 altitude 36000 ft, 15 latitude 51.14566, 16 longitude 7.24430, 22 on ground 0.
  static final String LINE =
      "MSG,3,1,1,406B90,1,2026/11/21,05:22:11.852,2026/11/21,05:22:11.852,,36000,,,51.14566,7.24430,,,,,,0";

  private static String with(int field, String value) {
    String[] f = LINE.split(",", -1);
    f[field - 1] = value;
    return String.join(",", f);
  }

  @ParameterizedTest(name = "field {0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "15|95.0|SBS MSG,3 field 15 latitude 95.0000000° outside [-90, 90]",
        "15|-90.5|SBS MSG,3 field 15 latitude -90.5000000° outside [-90, 90]",
        "16|-200|SBS MSG,3 field 16 longitude -200.0000000° outside [-180, 180]",
        "12|100000|SBS MSG,3 field 12 pressure altitude 30480.0 m outside [-1500 m, 30000 m]",
        "12|-5000|SBS MSG,3 field 12 pressure altitude -1524.0 m outside [-1500 m, 30000 m]",
        "13|3000|SBS MSG,3 field 13 ground speed 1543.3 m/s outside [0 m/s, 1500 m/s]",
        "13|-1|SBS MSG,3 field 13 ground speed -0.5 m/s outside [0 m/s, 1500 m/s]",
        "14|361|SBS MSG,3 field 14 track 361.0° outside [0, 360]",
        "18|9999|SBS MSG,3 field 18 squawk \"9999\" is not four octal digits",
        "18|77000|SBS MSG,3 field 18 squawk \"77000\" is not four octal digits"
      })
  void aFieldOutsideItsDomainIsAFailure(int field, String value, String reason) {
    List<DecodeFailure> fails = new ArrayList<>();
    assertThat(SbsParser.parse(with(field, value), "sbs", 300, fails::add)).isNull();
    assertThat(fails).containsExactly(new DecodeFailure("sbs", 300, reason));
  }

  @ParameterizedTest(name = "field {0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {"15|90", "16|-180", "12|98400", "12|-4900", "13|2900", "14|360", "18|7700"})
  void valuesOnTheEdgeDecode(int field, String value) {
    List<DecodeFailure> fails = new ArrayList<>();
    assertThat(SbsParser.parse(with(field, value), "sbs", 0, fails::add)).isNotNull();
    assertThat(fails).isEmpty();
  }
}
