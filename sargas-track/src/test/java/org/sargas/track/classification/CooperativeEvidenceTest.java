package org.sargas.track.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sargas.model.observation.EmitterCategory;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.WakeTurbulenceCategory;

/** Emitter categories, squawk kinds, wake categories, address blocks. */
class CooperativeEvidenceTest {

  /** DO-260B §2.2.3.2.5.2: type codes 4, 3, 2, 1 are sets A, B, C, D. */
  @ParameterizedTest(name = "TC {0} category {1}: {2}")
  @CsvSource({
    "4, 0, NO_INFORMATION",
    "4, 1, LIGHT",
    "4, 2, SMALL",
    "4, 3, LARGE",
    "4, 4, HIGH_VORTEX_LARGE",
    "4, 5, HEAVY",
    "4, 6, HIGH_PERFORMANCE",
    "4, 7, ROTORCRAFT",
    "3, 1, GLIDER",
    "3, 2, LIGHTER_THAN_AIR",
    "3, 3, PARACHUTIST",
    "3, 4, ULTRALIGHT",
    "3, 5, RESERVED",
    "3, 6, UNMANNED",
    "3, 7, SPACE",
    "2, 1, SURFACE_EMERGENCY_VEHICLE",
    "2, 2, SURFACE_SERVICE_VEHICLE",
    "2, 3, OBSTACLE",
    "1, 0, NO_INFORMATION",
    "1, 3, RESERVED",
  })
  void adsbEmitterCategory(int typeCode, int category, EmitterCategory expected) {
    assertThat(EmitterCategory.ofAdsb(typeCode, category)).isEqualTo(expected);
  }

  @Test
  void adsbEmitterCategoryRejectsWhatIsNoIdentificationMessage() {
    assertThatThrownBy(() -> EmitterCategory.ofAdsb(11, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmitterCategory.ofAdsb(4, 8))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** ASTERIX CAT021 I021/020 ECAT (and CAT062 I062/380 EMC). */
  @ParameterizedTest(name = "ECAT {0}: {1}")
  @CsvSource({
    "0, NO_INFORMATION",
    "1, LIGHT",
    "3, LARGE",
    "5, HEAVY",
    "6, HIGH_PERFORMANCE",
    "7, RESERVED",
    "10, ROTORCRAFT",
    "11, GLIDER",
    "12, LIGHTER_THAN_AIR",
    "13, UNMANNED",
    "14, SPACE",
    "15, ULTRALIGHT",
    "16, PARACHUTIST",
    "20, SURFACE_EMERGENCY_VEHICLE",
    "22, OBSTACLE",
    "24, OBSTACLE",
    "25, RESERVED",
  })
  void asterixEmitterCategory(int ecat, EmitterCategory expected) {
    assertThat(EmitterCategory.ofAsterix(ecat)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "7000, VFR_CONSPICUITY",
    "1200, VFR_CONSPICUITY",
    "2000, NO_CODE_ASSIGNED",
    "7500, EMERGENCY",
    "7600, EMERGENCY",
    "7700, EMERGENCY",
    "4521, DISCRETE",
    "0021, DISCRETE",
  })
  void squawkKind(String code, SquawkKind expected) {
    assertThat(SquawkKind.of(code)).isEqualTo(expected);
  }

  @Test
  void noSquawkHasNoKind() {
    assertThat(SquawkKind.of(null)).isNull();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"L, LIGHT", "m, MEDIUM", "H, HEAVY", "J, SUPER"})
  void wakeCategory(char wtc, WakeTurbulenceCategory expected) {
    assertThat(WakeTurbulenceCategory.ofIcao(wtc)).isEqualTo(expected);
  }

  @Test
  void anotherWakeCharacterHasNoCategory() {
    assertThat(WakeTurbulenceCategory.ofIcao('X')).isNull();
  }

  @Test
  void anAddressBlockContainsItsEndsAndNothingOutside() {
    ModeSAddressBlock b = new ModeSAddressBlock(0x43C000, 0x43CFFF, "test");
    assertThat(b.contains("43C000")).isTrue();
    assertThat(b.contains("43cfff")).isTrue();
    assertThat(b.contains("43BFFF")).isFalse();
    assertThat(b.contains("43D000")).isFalse();
    assertThat(b.contains(null)).isFalse();
    assertThat(b.contains("XYZ123")).isFalse();
    assertThat(b.contains("43C0")).isFalse();
    assertThatThrownBy(() -> new ModeSAddressBlock(0x500000, 0x400000, "reversed"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDescriptionWithNothingInformativeIsEmpty() {
    assertThat(AircraftDescription.NONE.isEmpty()).isTrue();
    assertThat(AircraftDescription.of(EmitterCategory.NO_INFORMATION).isEmpty()).isTrue();
    assertThat(new AircraftDescription(null, "  a320 ", null).aircraftType()).isEqualTo("A320");
    assertThat(new AircraftDescription(null, " ", null).isEmpty()).isTrue();
  }

  /** The classifier reads what the track's fused identity declares (CAT062 I062/390, ADS-B). */
  @Test
  void theDeclaredDescriptionComesFromTheFusedIdentity() {
    Identity declared =
        new Identity("4CA7A8", "BTI2LK", "1275", null, null)
            .withDescription(null, "a20n", WakeTurbulenceCategory.MEDIUM);
    TrackFeatures f = new TrackFeatures(230, 2, 11_000, 0, 20, declared);
    assertThat(f.description())
        .isEqualTo(new AircraftDescription(null, "A20N", WakeTurbulenceCategory.MEDIUM));
    assertThat(AircraftDescription.of(Identity.NONE)).isSameAs(AircraftDescription.NONE);
    assertThat(new RuleBasedClassifier().classify(f).reason()).contains("aircraft type A20N");
  }
}
