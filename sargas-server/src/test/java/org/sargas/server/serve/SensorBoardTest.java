package org.sargas.server.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.model.sensor.SensorKind;
import org.sargas.server.config.SensorConfig;
import org.sargas.server.live.SensorBoard;

/**
 * Feed status: UNKNOWN → UP on the first frame → DOWN after two silent update periods → UP again.
 */
class SensorBoardTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void downAfterTwoSilentUpdatePeriodsAndUpAgain() {
    SensorBoard b =
        new SensorBoard(
            List.of(
                new SensorConfig(
                    "R",
                    null,
                    SensorKind.PRIMARY_RADAR,
                    54,
                    24,
                    0,
                    100_000.0,
                    4.0,
                    25,
                    1,
                    null,
                    null)));
    assertEquals("UNKNOWN", b.snapshot().get(0).status());
    assertTrue(b.alive("R", T0));
    assertFalse(b.alive("R", T0.plusSeconds(4)));
    assertEquals(List.of(), b.checkSilence(T0.plusSeconds(12)));
    assertEquals(List.of("R"), b.checkSilence(T0.plusSeconds(12).plusMillis(1)));
    assertEquals("DOWN", b.snapshot().get(0).status());
    assertEquals(List.of(), b.checkSilence(T0.plusSeconds(60)));
    assertTrue(b.alive("R", T0.plusSeconds(61)));
    assertEquals("UP", b.snapshot().get(0).status());
    assertEquals(3, b.snapshot().get(0).frames());
    assertFalse(b.alive("other", T0));
  }
}
