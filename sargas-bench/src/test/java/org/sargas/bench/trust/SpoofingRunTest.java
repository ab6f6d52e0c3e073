package org.sargas.bench.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sargas.model.track.TrustReason;
import org.sargas.sim.attack.AttackKind;

/**
 * Every attack of the library is flagged on every attacked emitter, with the reasons its checks
 * should give, and clean traffic is not flagged (behaviour only; the latencies are the {@code
 * spoofing} benchmark's).
 */
class SpoofingRunTest {

  @ParameterizedTest
  @EnumSource(value = AttackKind.class, names = "CLEAN", mode = EnumSource.Mode.EXCLUDE)
  void everyAttackedEmitterIsFlagged(AttackKind kind) {
    SpoofingRun.Result r = SpoofingRun.run(kind, 1);
    assertThat(r.attacked()).as(kind + " attacks someone").isPositive();
    assertEquals(r.attacked(), r.detected(), r.toString());
    assertEquals(0, r.falseFlags(), "bystanders stay trusted: " + r);
    switch (kind) {
      case POSITION_OFFSET ->
          assertThat(r.reasons()).contains(TrustReason.KINEMATIC_JUMP, TrustReason.RADAR_MISMATCH);
      case AREA_SPOOFING -> {
        assertThat(r.reasons())
            .contains(TrustReason.RADAR_MISMATCH, TrustReason.GNSS_INTERFERENCE_AREA);
        assertThat(r.advisoryWithinS()).as("a GNSS-interference advisory").isNotNaN();
      }
      case AREA_JAMMING -> {
        assertThat(r.reasons())
            .contains(TrustReason.INTEGRITY_COLLAPSE, TrustReason.GNSS_INTERFERENCE_AREA);
        assertThat(r.advisoryWithinS()).as("a GNSS-interference advisory").isNotNaN();
      }
      case GHOST_AIRCRAFT ->
          assertThat(r.reasons())
              .contains(TrustReason.RECEIVER_INCONSISTENT, TrustReason.NO_RADAR_CONFIRMATION);
      case REMOTE_ID_REPLAY -> assertThat(r.reasons()).contains(TrustReason.REPLAY);
      case TELEPORTING_DRONE -> assertThat(r.reasons()).contains(TrustReason.TELEPORT);
      default -> throw new AssertionError(kind);
    }
  }

  @Test
  void cleanTrafficIsNeverFlagged() {
    SpoofingRun.Result r = SpoofingRun.run(AttackKind.CLEAN, 1);
    assertThat(r.trackUpdates()).isGreaterThan(5_000);
    assertEquals(0, r.falseFlags(), r.toString());
    assertEquals(0, r.uncorroborated(), "no violation of clean traffic is uncorroborated");
    assertThat(r.advisoryWithinS()).isNaN();
  }
}
