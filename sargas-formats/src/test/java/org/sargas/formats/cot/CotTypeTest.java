package org.sargas.formats.cot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.TargetClass;

/** The CoT type table of docs/sharing.md. */
class CotTypeTest {
  @ParameterizedTest
  @CsvSource({
    "HOSTILE, FAST_JET, a-h-A-M-F-F",
    "HOSTILE, LARGE_AIRCRAFT, a-h-A-M-F",
    "UNKNOWN, SMALL_DRONE, a-u-A-M-F-Q",
    "SUSPECT, LOITERING_MUNITION, a-s-A-M-F-Q",
    "FRIEND, LARGE_UAS, a-f-A-M-F-Q",
    "HOSTILE, HELICOPTER, a-h-A-M-H",
    "NEUTRAL, HELICOPTER, a-n-A-C-H",
    "NEUTRAL, AIRLINER, a-n-A-C-F",
    "ASSUMED_FRIEND, LIGHT_AIRCRAFT, a-a-A-C-F",
    "NEUTRAL, GLIDER, a-n-A-C-F",
    "UNKNOWN, BALLOON, a-u-A-C-L",
    "PENDING, UNKNOWN, a-p-A",
    "JOKER, FAST_JET, a-j-A-M-F-F",
    "FAKER, SMALL_DRONE, a-k-A-M-F-Q",
  })
  void typeFromIdentityAndClass(StandardIdentity id, TargetClass c, String type) {
    assertThat(CotType.of(id, c)).isEqualTo(type);
  }

  @ParameterizedTest
  @EnumSource(TargetClass.class)
  void everyClassGivesAnAirAtomWithTheIdentityLetter(TargetClass c) {
    for (StandardIdentity id : StandardIdentity.values()) {
      assertThat(CotType.of(id, c))
          .startsWith("a-" + Character.toLowerCase(id.letter()) + "-A")
          .matches("\\w+(-\\w+)*");
    }
  }
}
