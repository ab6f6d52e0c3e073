package org.sargas.formats.modes;

import java.time.Instant;
import java.util.Arrays;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.ObservationDecoder;
import org.sargas.formats.SensorCalibration;

/**
 * A Beast TCP stream of one receiver to observations: chunks in any split, frames reassembled
 * across chunks (at most 64 KiB carried over; more is a resynchronisation failure), Mode S and Mode
 * A/C frames decoded by the receiver's {@link ModeSReceiver} state; event time = receive time of
 * the chunk (the Beast MLAT counter is free-running, not absolute). Not thread-safe: one per feed.
 */
public final class BeastObservationDecoder implements ObservationDecoder {
  private final BeastReader reader = new BeastReader();
  private final ModeSReceiver receiver;
  private byte[] carry = new byte[0];
  private Instant receiveTime;
  private DecodeListener listener;
  private int count;
  private String source;

  private final BeastFrameSink sink =
      new BeastFrameSink() {
        @Override
        public void frame(int type, long ts, int signal, byte[] buf, int off, int len, long at) {
          if (type == '2' || type == '3') {
            count += receiver.frame(buf, off, len, receiveTime, source, at, listener);
          }
        }

        @Override
        public void failure(DecodeFailure failure, int skippedBytes) {
          listener.failure(failure);
        }
      };

  /**
   * @param receiver the receiver's id, site (local CPR decoding) and default error
   */
  public BeastObservationDecoder(SensorCalibration receiver) {
    this.receiver = new ModeSReceiver(receiver);
  }

  @Override
  public int decode(
      byte[] bytes,
      int off,
      int len,
      Instant receiveTime,
      String source,
      long sourceOffset,
      DecodeListener listener) {
    this.receiveTime = receiveTime;
    this.listener = listener;
    this.source = source;
    this.count = 0;
    byte[] buf;
    int start;
    int n;
    long base;
    if (carry.length == 0) {
      buf = bytes;
      start = off;
      n = len;
      base = sourceOffset;
    } else {
      buf = new byte[carry.length + len];
      System.arraycopy(carry, 0, buf, 0, carry.length);
      System.arraycopy(bytes, off, buf, carry.length, len);
      start = 0;
      n = buf.length;
      base = sourceOffset - carry.length;
    }
    int used = reader.read(buf, start, n, false, source, base, sink);
    carry = used >= n ? new byte[0] : Arrays.copyOfRange(buf, start + used, start + n);
    if (carry.length > 1 << 16) {
      listener.failure(
          new DecodeFailure(
              source,
              base + used,
              "Beast resynchronisation: "
                  + carry.length
                  + " octets without a complete frame dropped"));
      carry = new byte[0];
    }
    return count;
  }
}
