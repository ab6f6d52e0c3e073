package org.sargas.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.modes.AvrCodec;
import org.sargas.formats.modes.BeastFrameSink;
import org.sargas.formats.modes.BeastReader;
import org.sargas.formats.modes.ModeSDecoder;
import org.sargas.formats.modes.ModeSFields;
import org.sargas.formats.modes.SbsParser;

/**
 * Beast streams split at an arbitrary chunk boundary (octet 0 & 0x3F, the stream follows), AVR
 * lines and SBS lines never throw.
 */
class ReceiverFramingFuzzTest {
  private static final ModeSDecoder DECODER = new ModeSDecoder();
  private static final ModeSFields OUT = new ModeSFields();

  @FuzzTest(maxDuration = "10m")
  void beastStream(byte[] data) {
    if (data.length == 0) {
      return;
    }
    int split = data[0] & 0x3f;
    byte[] stream = java.util.Arrays.copyOfRange(data, 1, data.length);
    BeastReader reader = new BeastReader();
    BeastFrameSink sink =
        new BeastFrameSink() {
          @Override
          public void frame(int type, long ts, int signal, byte[] buf, int off, int len, long at) {
            if (len != 2 && len != 7 && len != 14) {
              throw new AssertionError("frame of " + len);
            }
            DECODER.decode(buf, off, len, ts / 12_000, OUT, "fuzz", at);
          }

          @Override
          public void failure(DecodeFailure failure, int skippedBytes) {
            if (skippedBytes <= 0) {
              throw new AssertionError("failure without skipped bytes " + failure);
            }
          }
        };
    int first = Math.min(split, stream.length);
    int used = reader.read(stream, 0, first, false, "fuzz", 0, sink);
    if (used < 0 || used > first) {
      throw new AssertionError("consumed " + used + " of " + first);
    }
    reader.read(stream, used, stream.length - used, true, "fuzz", used, sink);
  }

  @FuzzTest(maxDuration = "10m")
  void textLines(byte[] data) {
    String line = new String(data, StandardCharsets.ISO_8859_1);
    byte[] frame = new byte[14];
    long[] ts = new long[1];
    int n = AvrCodec.parse(line, frame, ts);
    if (n == 7 || n == 14) {
      DECODER.decode(frame, 0, n, Math.max(0, ts[0]) / 12_000, OUT, "fuzz", 0);
    }
    SbsParser.parse(line, "fuzz", 0, f -> {});
  }
}
