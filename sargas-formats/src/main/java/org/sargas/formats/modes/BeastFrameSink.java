package org.sargas.formats.modes;

import org.sargas.formats.DecodeFailure;

/** Receives the frames {@link BeastReader} finds in a byte stream. */
public interface BeastFrameSink {
  /**
   * One unescaped frame; {@code buf} is reused after the call returns.
   *
   * @param type Beast type: '1' Mode A/C (2 octets), '2' Mode S short (7), '3' Mode S long (14)
   * @param timestamp12Mhz the 48-bit MLAT counter (12 MHz ticks)
   * @param signal signal level octet (RSSI, receiver specific scale)
   * @param sourceOffset offset of the frame's leading 0x1A in the source
   */
  void frame(
      int type, long timestamp12Mhz, int signal, byte[] buf, int off, int len, long sourceOffset);

  /**
   * Bytes that do not form a frame.
   *
   * @param skippedBytes octets discarded while resynchronising
   */
  void failure(DecodeFailure failure, int skippedBytes);
}
