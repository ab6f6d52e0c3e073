package org.sargas.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.sapient.SapientFrame;
import org.sargas.formats.sapient.SapientObservationDecoder;
import org.sargas.model.observation.Observation;

/**
 * A SAPIENT TCP stream split into chunks of octet 0 & 0x3F (+1) octets, the stream follows: never
 * throws, every failure lies within the stream, and the decoder never holds more than one message
 * of at most 1 MiB.
 */
class SapientFuzzTest {
  private static final SensorCalibration NODE =
      new SensorCalibration("fuzz", -1, -1, null, 50, 0.03, 30, 30);
  private static final Instant T = Instant.parse("2026-11-21T00:00:00Z");

  @FuzzTest(maxDuration = "10m")
  void stream(byte[] data) {
    if (data.length == 0) {
      return;
    }
    int chunk = (data[0] & 0x3f) + 1;
    int n = data.length - 1;
    SapientObservationDecoder decoder = new SapientObservationDecoder(NODE);
    DecodeListener check =
        new DecodeListener() {
          @Override
          public void observation(Observation o) {
            if (!"fuzz".equals(o.sensorId())) {
              throw new AssertionError("observation of " + o.sensorId());
            }
          }

          @Override
          public void failure(DecodeFailure f) {
            if (f.offset() < 0 || f.offset() > n) {
              throw new AssertionError("failure outside the stream: " + f);
            }
          }
        };
    for (int k = 0; k < n; k += chunk) {
      decoder.decode(data, 1 + k, Math.min(chunk, n - k), T, "fuzz", k, check);
      if (decoder.heldOctets() > SapientFrame.PREFIX_OCTETS + SapientFrame.MAX_MESSAGE_OCTETS) {
        throw new AssertionError("holds " + decoder.heldOctets());
      }
    }
  }
}
