package org.sargas.model.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityTest {
  private static final Identity TRANSPONDER = new Identity("4CA7A8", "RYR174C", "1275", null, null);

  @Test
  void theFiveFieldIdentityDeclaresNothing() {
    assertThat(TRANSPONDER.emitterCategory()).isNull();
    assertThat(TRANSPONDER.aircraftType()).isNull();
    assertThat(TRANSPONDER.wakeCategory()).isNull();
    assertThat(TRANSPONDER.departure()).isNull();
    assertThat(TRANSPONDER.destination()).isNull();
    assertThat(Identity.NONE.isEmpty()).isTrue();
  }

  @Test
  void designatorsAreTrimmedAndUpperCasedAndBlankIsUnknown() {
    Identity id = TRANSPONDER.withDescription(null, " a20n ", null).withAerodromes("eyvi", "  ");
    assertThat(id.aircraftType()).isEqualTo("A20N");
    assertThat(id.departure()).isEqualTo("EYVI");
    assertThat(id.destination()).isNull();
  }

  @Test
  void aDeclarationAloneIsNotEmpty() {
    assertThat(Identity.NONE.withAerodromes(null, "EPWA").isEmpty()).isFalse();
    assertThat(Identity.NONE.withDescription(EmitterCategory.LIGHT, null, null).isEmpty())
        .isFalse();
  }

  @Test
  void mergingKeepsOlderDeclarationsAndTakesNewerOnes() {
    Identity flightPlan =
        Identity.NONE
            .withDescription(null, "A320", WakeTurbulenceCategory.MEDIUM)
            .withAerodromes("EYVI", "EPWA");
    Identity adsb =
        new Identity("4CA7A8", "RYR174C", null, null, null)
            .withDescription(EmitterCategory.LARGE, null, null);
    Identity merged =
        flightPlan.mergedWith(adsb).mergedWith(new Identity(null, null, "1275", null, null));
    assertThat(merged)
        .isEqualTo(
            new Identity(
                "4CA7A8",
                "RYR174C",
                "1275",
                null,
                null,
                EmitterCategory.LARGE,
                "A320",
                WakeTurbulenceCategory.MEDIUM,
                "EYVI",
                "EPWA"));
  }

  @Test
  void anUninformativeCategoryDoesNotReplaceAnInformativeOne() {
    Identity large = Identity.NONE.withDescription(EmitterCategory.LARGE, null, null);
    Identity none = Identity.NONE.withDescription(EmitterCategory.NO_INFORMATION, null, null);
    assertThat(large.mergedWith(none).emitterCategory()).isEqualTo(EmitterCategory.LARGE);
    assertThat(none.mergedWith(large).emitterCategory()).isEqualTo(EmitterCategory.LARGE);
    assertThat(Identity.NONE.mergedWith(none).emitterCategory())
        .isEqualTo(EmitterCategory.NO_INFORMATION);
  }
}
