package org.sargas.formats.modes;

import java.nio.ByteBuffer;

/**
 * Writes Mode S frames in the Beast binary framing (as served by dump1090/readsb on port 30005):
 * {@code 0x1A}, type, 6-octet 12 MHz MLAT counter, signal octet, frame, with 0x1A escaped by
 * doubling. Allocation-free and thread-safe (stateless).
 */
public final class BeastEncoder {
  /** Largest encoded long frame (all octets escaped), octets. */
  public static final int MAX_FRAME_OCTETS = 2 + 2 * (6 + 1 + 14);

  private BeastEncoder() {}

  /**
   * Appends one frame.
   *
   * @param timestamp12Mhz 48-bit MLAT counter in 12 MHz ticks (e.g. event time in ns * 12 / 1000)
   * @param signal signal level 0..255
   * @param frame 2 (Mode A/C), 7 or 14 octets
   * @return octets written
   */
  public static int encode(
      ByteBuffer out, long timestamp12Mhz, int signal, byte[] frame, int off, int len) {
    int start = out.position();
    int type = len == 2 ? '1' : len == 7 ? '2' : len == 14 ? '3' : -1;
    if (type < 0) {
      throw new IllegalArgumentException("Beast frame of " + len + " octets");
    }
    out.put((byte) 0x1a);
    out.put((byte) type);
    for (int shift = 40; shift >= 0; shift -= 8) {
      put(out, (byte) (timestamp12Mhz >>> shift));
    }
    put(out, (byte) signal);
    for (int k = 0; k < len; k++) {
      put(out, frame[off + k]);
    }
    return out.position() - start;
  }

  private static void put(ByteBuffer out, byte b) {
    out.put(b);
    if (b == 0x1a) {
      out.put(b);
    }
  }
}
