package org.sargas.formats.modes;

import org.sargas.formats.DecodeFailure;

/**
 * Splits a Mode-S Beast binary stream into frames: {@code 0x1A}, a type octet ('1' Mode A/C, '2'
 * Mode S short, '3' Mode S long; '4' status frames are skipped), a 6-octet 12 MHz MLAT counter, a
 * signal octet and the frame, where every 0x1A in the counter, signal or frame is doubled. Works on
 * stream chunks: {@link #read} returns how much it consumed and the caller keeps the rest for the
 * next call. Garbage is reported once per resynchronisation. Allocation-free; not thread-safe.
 */
public final class BeastReader {
  private static final int ESC = 0x1a;
  private final byte[] frame = new byte[7 + 14];

  /**
   * @param endOfInput whether no more bytes will follow (an incomplete trailing frame is then a
   *     failure instead of being left unconsumed)
   * @param sourceOffset source offset of {@code buf[off]}
   * @return octets consumed from {@code buf[off...]}
   */
  public int read(
      byte[] buf,
      int off,
      int len,
      boolean endOfInput,
      String source,
      long sourceOffset,
      BeastFrameSink sink) {
    int end = off + len;
    int p = off;
    int garbageStart = -1;
    while (p < end) {
      if ((buf[p] & 0xff) != ESC || p + 1 >= end) {
        if ((buf[p] & 0xff) == ESC && !endOfInput) {
          break;
        }
        if (garbageStart < 0) {
          garbageStart = p;
        }
        p++;
        continue;
      }
      int type = buf[p + 1] & 0xff;
      int payload = type == '1' ? 2 : type == '2' ? 7 : type == '3' ? 14 : type == '4' ? 14 : -1;
      if (payload < 0) {
        if (garbageStart < 0) {
          garbageStart = p;
        }
        p++;
        continue;
      }
      int need = 7 + payload;
      int q = p + 2;
      int n = 0;
      boolean bad = false;
      while (n < need && q < end) {
        int b = buf[q] & 0xff;
        if (b == ESC) {
          if (q + 1 >= end) {
            break;
          }
          if ((buf[q + 1] & 0xff) != ESC) {
            bad = true;
            break;
          }
          q++;
        }
        frame[n++] = (byte) b;
        q++;
      }
      if (bad) {
        if (garbageStart < 0) {
          garbageStart = p;
        }
        p = q;
        continue;
      }
      if (n < need) {
        if (!endOfInput) {
          break;
        }
        if (garbageStart < 0) {
          garbageStart = p;
        }
        p = end;
        break;
      }
      if (garbageStart >= 0) {
        report(source, sourceOffset + (garbageStart - off), p - garbageStart, sink);
        garbageStart = -1;
      }
      if (type != '4') {
        long ts = 0;
        for (int k = 0; k < 6; k++) {
          ts = (ts << 8) | (frame[k] & 0xff);
        }
        sink.frame(type, ts, frame[6] & 0xff, frame, 7, payload, sourceOffset + (p - off));
      }
      p = q;
    }
    if (garbageStart >= 0) {
      report(source, sourceOffset + (garbageStart - off), p - garbageStart, sink);
    }
    return p - off;
  }

  private static void report(String source, long at, int n, BeastFrameSink sink) {
    sink.failure(new DecodeFailure(source, at, n + " octet(s) outside Beast frames"), n);
  }
}
