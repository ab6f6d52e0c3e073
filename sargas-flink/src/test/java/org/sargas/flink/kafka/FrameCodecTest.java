package org.sargas.flink.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;

class FrameCodecTest {
  @Test
  void roundTrip() {
    RawFrame f =
        new RawFrame(
            "pl-radar-1",
            Instant.parse("2025-09-10T00:41:12.123456789Z"),
            new byte[] {48, 0, 5, 1, 2},
            FrameFormat.ASTERIX);
    assertThat(FrameCodec.decode("pl-radar-1", 0, FrameCodec.encode(f))).isEqualTo(f);
  }

  @Test
  void badValuesNameSourceOffsetAndReason() {
    assertThatThrownBy(() -> FrameCodec.decode("s1", 42, new byte[3]))
        .hasMessageContaining("s1")
        .hasMessageContaining("offset 42")
        .hasMessageContaining("shorter");
    byte[] v =
        FrameCodec.encode(new RawFrame("s1", Instant.EPOCH, new byte[0], FrameFormat.SAPIENT));
    v[0] = 9;
    assertThatThrownBy(() -> FrameCodec.decode("s1", 7, v)).hasMessageContaining("version 9");
  }
}
