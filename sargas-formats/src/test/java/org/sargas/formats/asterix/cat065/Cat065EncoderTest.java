package org.sargas.formats.asterix.cat065;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.editions.AsterixEditions;
import org.sargas.formats.asterix.editions.Cat065Edition1_6;

/** CAT065 1.6 records as we write them, octet by octet and read back by our decoder. */
class Cat065EncoderTest {
  @Test
  void endOfBatchAndSdpsStatusOctetByOctet() {
    ByteBuffer buf = ByteBuffer.allocate(64);
    int len =
        Cat065Encoder.encodeBlock(
            buf,
            List.of(
                Cat065Record.sdpsStatus(25, 100, 0, 100.5, Cat065SdpsState.OPERATIONAL, false),
                Cat065Record.endOfBatch(25, 100, 0, 100.5, 257)));
    byte[] b = new byte[len];
    buf.flip().get(b);
    assertThat(b)
        .containsExactly(
            // CAT 65, LEN 21
            0x41,
            0x00,
            0x15,
            // FSPEC: 010 000 015 030 . 040 (FRN 1-4, 6)
            0xF4,
            25,
            100,
            1,
            0,
            0x00,
            0x32,
            0x40,
            0x00,
            // FSPEC: 010 000 015 030 020; SAC SIC, type 2, service 0, time, batch 257 mod 256 = 1
            0xF8,
            25,
            100,
            2,
            0,
            0x00,
            0x32,
            0x40,
            1);
    List<Integer> types = new ArrayList<>();
    new AsterixDecoder(AsterixEditions.latest())
        .decode(
            b,
            0,
            b.length,
            "t",
            0,
            new AsterixRecordSink() {
              @Override
              public void record(AsterixRecordView r) {
                assertThat(r.category()).isEqualTo(65);
                types.add(
                    r.buffer()[r.itemOffset(Cat065Edition1_6.CATEGORY.indexOf("000"))] & 0xff);
              }

              @Override
              public void failure(DecodeFailure failure, int skippedBytes) {
                throw new AssertionError(failure.toString());
              }
            });
    assertThat(types).containsExactly(1, 2);
  }
}
