package org.sargas.formats.asterix.cat062;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.editions.AsterixEditions;

/** The callsign goes out both as I062/245 (STI 0) and in I062/380 subfield #2. */
class Cat062EncoderTest {
  @Test
  void callsignIsWrittenAsI062_245() {
    ByteBuffer buf = ByteBuffer.allocate(128);
    Cat062Encoder.encodeBlock(
        buf,
        List.of(
            new Cat062Record(
                25,
                100,
                3600.0,
                42,
                54.5,
                25.25,
                Double.NaN,
                Double.NaN,
                10.0,
                -5.0,
                -1,
                -1,
                "LOT2AB",
                Double.NaN,
                1000.0,
                Double.NaN,
                false)));
    List<String> found = new ArrayList<>();
    new AsterixDecoder(AsterixEditions.latest())
        .decode(
            buf.array(),
            0,
            buf.position(),
            "t",
            0,
            new AsterixRecordSink() {
              @Override
              public void record(AsterixRecordView r) {
                int at = r.itemOffset(Cat062View.I245);
                assertThat(at).isGreaterThanOrEqualTo(0);
                assertThat(r.buffer()[at]).isEqualTo((byte) 0);
                assertThat(r.itemLength(Cat062View.I245)).isEqualTo(7);
                Cat062View v = new Cat062View().wrap(r);
                found.add(v.callsign());
                assertThat(v.trackNumber()).isEqualTo(42);
                assertThat(v.latDeg()).isCloseTo(54.5, within(180.0 / (1 << 25)));
              }

              @Override
              public void failure(DecodeFailure failure, int skippedBytes) {
                throw new AssertionError(failure.toString());
              }
            });
    assertThat(found).containsExactly("LOT2AB");
  }
}
