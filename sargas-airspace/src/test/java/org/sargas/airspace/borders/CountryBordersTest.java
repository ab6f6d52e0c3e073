package org.sargas.airspace.borders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** Against the border file the build cut from the OpenStreetMap package. */
class CountryBordersTest {
  private static CountryBorders borders;

  @BeforeAll
  static void load() {
    borders = CountryBorders.easternFlank();
  }

  @Test
  void holdsTheEasternFlankCountriesAtFullResolution() {
    assertThat(borders.codes())
        .containsExactlyInAnyOrder(
            "LTU", "LVA", "EST", "POL", "BLR", "RUS", "UKR", "FIN", "NOR", "SWE", "DEU", "ROU",
            "MDA", "SVK", "HUN", "DNK");
    assertThat(borders.territory("LTU").getNumPoints()).isGreaterThan(9000);
    Geometry rus = borders.territory("RUS");
    assertThat(rus.getEnvelopeInternal().getMaxX()).isLessThanOrEqualTo(45.0);
    assertThat(rus.getEnvelopeInternal().getMaxY()).isLessThanOrEqualTo(72.0);
    assertThat(rus.getNumGeometries()).as("Kaliningrad is a separate part").isGreaterThan(1);
  }

  @Test
  void findsTheCountryOfAPoint() {
    assertThat(borders.countryAt(54.687, 25.280)).isEqualTo("LTU"); // Vilnius
    assertThat(borders.countryAt(54.710, 20.510)).isEqualTo("RUS"); // Kaliningrad
    assertThat(borders.countryAt(54.633, 21.815)).isEqualTo("RUS"); // Chernyakhovsk
    assertThat(borders.countryAt(53.900, 27.560)).isEqualTo("BLR"); // Minsk
    assertThat(borders.countryAt(52.230, 21.010)).isEqualTo("POL"); // Warsaw
    assertThat(borders.countryAt(59.437, 24.745)).isEqualTo("EST"); // Tallinn
    assertThat(borders.countryAt(56.948, 24.106)).isEqualTo("LVA"); // Riga
    assertThat(borders.countryAt(55.500, 18.500)).isNull(); // Baltic Sea, international
  }

  @Test
  void territorialSeaBelongsToTheCountry() {
    // 10 km off Klaipėda (21.03 E, 55.70 N): inside the 12 NM (22.2 km) territorial sea.
    assertThat(borders.countryAt(55.70, 20.88)).isEqualTo("LTU");
    // 40 km off shore: beyond the territorial sea.
    assertThat(borders.countryAt(55.70, 20.40)).isNull();
  }

  @Test
  void unknownCountryIsAClearError() {
    assertThatThrownBy(() -> borders.nationalAirspace("FRA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FRA");
  }
}
