package org.sargas.formats.asterix;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The UDP payloads of a classic pcap file with Ethernet framing (optionally 802.1Q-tagged) and
 * IPv4, for reference-data tests of this module (the server's ingest has the full reader). Throws
 * on anything else: the reference captures are known to be clean at this level.
 */
public final class PcapUdpPayloads {
  /** One payload: where it lies in the file. */
  public record Payload(byte[] file, int offset, int length) {}

  private PcapUdpPayloads() {}

  public static List<Payload> read(byte[] f) {
    ByteBuffer b = ByteBuffer.wrap(f).order(ByteOrder.LITTLE_ENDIAN);
    if (b.getInt(0) != 0xa1b2c3d4 || b.getInt(20) != 1) {
      throw new IllegalArgumentException("not a little-endian Ethernet pcap");
    }
    List<Payload> out = new ArrayList<>();
    int pos = 24;
    while (pos + 16 <= f.length) {
      int incl = b.getInt(pos + 8);
      int p = pos + 16;
      int end = p + incl;
      int eth = 12;
      int type = (f[p + eth] & 0xff) << 8 | (f[p + eth + 1] & 0xff);
      if (type == 0x8100) {
        eth += 4;
        type = (f[p + eth] & 0xff) << 8 | (f[p + eth + 1] & 0xff);
      }
      int ip = p + eth + 2;
      if (type == 0x0800 && (f[ip + 9] & 0xff) == 17) {
        int udp = ip + (f[ip] & 0x0f) * 4;
        int udpLen = (f[udp + 4] & 0xff) << 8 | (f[udp + 5] & 0xff);
        out.add(new Payload(f, udp + 8, Math.min(udpLen - 8, end - udp - 8)));
      }
      pos = end;
    }
    return out;
  }
}
