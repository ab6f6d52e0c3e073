package org.sargas.server.ingest;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;

/**
 * Reads the packets of a pcap or pcapng capture held in memory. Truncated or inconsistent records
 * end the file with a {@link DecodeFailure}; nothing throws. Lengths and counts from the file are
 * unsigned 32-bit values and failures print them so (a corrupted length reads 4294967295, never
 * -1). Stateless and thread-safe.
 */
public final class CaptureReader {
  private CaptureReader() {}

  /**
   * Calls {@code packets} for each packet in file order.
   *
   * @return number of packets
   */
  public static int read(
      byte[] file,
      String source,
      Consumer<CapturedPacket> packets,
      Consumer<DecodeFailure> failures) {
    return switch (CaptureFormat.detect(file)) {
      case PCAP -> readPcap(file, source, packets, failures);
      case PCAPNG -> readPcapng(file, source, packets, failures);
      case RAW -> {
        failures.accept(new DecodeFailure(source, 0, "not a pcap or pcapng file"));
        yield 0;
      }
    };
  }

  private static int readPcap(
      byte[] f, String source, Consumer<CapturedPacket> packets, Consumer<DecodeFailure> failures) {
    if (f.length < 24) {
      failures.accept(new DecodeFailure(source, 0, "truncated pcap header"));
      return 0;
    }
    ByteBuffer b = ByteBuffer.wrap(f);
    int magic = b.getInt(0);
    if (magic != 0xa1b2c3d4 && magic != 0xa1b23c4d) {
      b.order(ByteOrder.LITTLE_ENDIAN);
      magic = b.getInt(0);
    }
    boolean nanos = magic == 0xa1b23c4d;
    int linkType = b.getInt(20) & 0x0fffffff;
    int pos = 24;
    int n = 0;
    while (pos < f.length) {
      if (pos + 16 > f.length) {
        failures.accept(new DecodeFailure(source, pos, "truncated pcap record header"));
        return n;
      }
      long sec = b.getInt(pos) & 0xffffffffL;
      long frac = b.getInt(pos + 4) & 0xffffffffL;
      // Lengths are unsigned 32-bit on the wire: read as long so corruption is never negative.
      long incl = b.getInt(pos + 8) & 0xffffffffL;
      if (pos + 16L + incl > f.length) {
        failures.accept(
            new DecodeFailure(
                source,
                pos,
                "pcap record length "
                    + incl
                    + " runs past the end of the file ("
                    + (f.length - pos - 16)
                    + " octets left)"));
        return n;
      }
      packets.accept(
          new CapturedPacket(
              sec * 1_000_000_000L + (nanos ? frac : frac * 1000),
              linkType,
              f,
              pos + 16,
              (int) incl));
      n++;
      pos += 16 + (int) incl;
    }
    return n;
  }

  private static int readPcapng(
      byte[] f, String source, Consumer<CapturedPacket> packets, Consumer<DecodeFailure> failures) {
    ByteBuffer b = ByteBuffer.wrap(f);
    int[] linkTypes = new int[64];
    long[] tsUnitsPerSec = new long[64];
    int interfaces = 0;
    int pos = 0;
    int n = 0;
    while (pos < f.length) {
      if (pos + 12 > f.length) {
        failures.accept(new DecodeFailure(source, pos, "truncated pcapng block header"));
        return n;
      }
      int type = b.getInt(pos);
      if (type == 0x0a0d0d0a) {
        int bom = b.order(ByteOrder.BIG_ENDIAN).getInt(pos + 8);
        b.order(bom == 0x1a2b3c4d ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        interfaces = 0;
      }
      long blockLen = b.getInt(pos + 4) & 0xffffffffL;
      if (blockLen < 12 || (blockLen & 3) != 0 || pos + blockLen > f.length) {
        failures.accept(
            new DecodeFailure(
                source,
                pos,
                "pcapng block length "
                    + blockLen
                    + " invalid ("
                    + (blockLen < 12
                        ? "below 12"
                        : (blockLen & 3) != 0
                            ? "not a multiple of 4"
                            : "runs past the end of the file, " + (f.length - pos) + " octets left")
                    + ")"));
        return n;
      }
      int len = (int) blockLen;
      if (type == 1 && interfaces < linkTypes.length) {
        linkTypes[interfaces] = b.getShort(pos + 8) & 0xffff;
        tsUnitsPerSec[interfaces] = interfaceResolution(b, pos + 16, pos + len - 4);
        interfaces++;
      } else if (type == 6 && len >= 32) {
        long iface = b.getInt(pos + 8) & 0xffffffffL;
        long ts = (b.getInt(pos + 12) & 0xffffffffL) << 32 | (b.getInt(pos + 16) & 0xffffffffL);
        long cap = b.getInt(pos + 20) & 0xffffffffL;
        if (iface >= interfaces) {
          failures.accept(
              new DecodeFailure(
                  source,
                  pos,
                  "pcapng enhanced packet block names interface " + iface + " of " + interfaces));
        } else if (28 + cap > len - 4) {
          failures.accept(
              new DecodeFailure(
                  source,
                  pos,
                  "pcapng enhanced packet block captured length "
                      + cap
                      + " exceeds its block length "
                      + len));
        } else {
          long units = tsUnitsPerSec[(int) iface];
          long nanosTs = units == 1_000_000_000L ? ts : (long) (ts * (1e9 / units));
          packets.accept(
              new CapturedPacket(nanosTs, linkTypes[(int) iface], f, pos + 28, (int) cap));
          n++;
        }
      } else if (type == 3 && interfaces > 0) {
        long orig = b.getInt(pos + 8) & 0xffffffffL;
        int cap = (int) Math.min(orig, len - 16);
        packets.accept(new CapturedPacket(0, linkTypes[0], f, pos + 12, Math.max(0, cap)));
        n++;
      }
      pos += len;
    }
    return n;
  }

  private static long interfaceResolution(ByteBuffer b, int from, int to) {
    int p = from;
    while (p + 4 <= to) {
      int code = b.getShort(p) & 0xffff;
      int olen = b.getShort(p + 2) & 0xffff;
      if (code == 0) {
        break;
      }
      if (code == 9 && olen >= 1 && p + 4 < to) {
        int v = b.get(p + 4) & 0xff;
        return (v & 0x80) != 0 ? 1L << (v & 0x7f) : (long) Math.pow(10, v);
      }
      p += 4 + ((olen + 3) & ~3);
    }
    return 1_000_000L;
  }
}
