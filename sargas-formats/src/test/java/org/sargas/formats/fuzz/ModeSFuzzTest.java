package org.sargas.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sargas.formats.modes.ModeSDecoder;
import org.sargas.formats.modes.ModeSFields;

/**
 * A sequence of frames into one stateful decoder (CPR pairs, trust, expiry). Input layout (so that
 * seeds can be written by hand): octet 0 bit 0 = single-bit correction on; then per step one header
 * octet (bit 7: 14-octet frame else 7; bits 0-6: time increment in 200 ms units) and the frame
 * octets (the last frame may be short).
 */
class ModeSFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void decodeFrames(byte[] data) {
    if (data.length == 0) {
      return;
    }
    ModeSDecoder decoder = new ModeSDecoder(8, 30_000, (data[0] & 1) != 0, 51.0, 7.0);
    ModeSFields out = new ModeSFields();
    long timeMs = 0;
    int p = 1;
    while (p < data.length) {
      int header = data[p++] & 0xff;
      timeMs += (header & 0x7f) * 200L;
      int len = Math.min((header & 0x80) != 0 ? 14 : 7, data.length - p);
      decoder.decode(data, p, len, timeMs, out, "fuzz", p);
      p += len;
      if (!Double.isNaN(out.latDeg) && (Math.abs(out.latDeg) > 90 || Math.abs(out.lonDeg) > 540)) {
        throw new AssertionError("position out of range " + out.latDeg + " " + out.lonDeg);
      }
    }
  }
}
