package org.sargas.server.ingest;

/**
 * Finds the UDP payload of an IPv4 packet inside a link-layer frame: Ethernet II (with 802.1Q
 * tags), Linux cooked capture v1/v2, BSD loopback and raw IP. Fragments and non-UDP packets have no
 * payload. Allocation-free.
 *
 * @param offset payload offset in the frame's array
 * @param length payload length
 * @param srcAddress IPv4 source address
 * @param srcPort UDP source port
 * @param dstPort UDP destination port
 */
public record UdpPayload(int offset, int length, int srcAddress, int srcPort, int dstPort) {

  /** LINKTYPE_ETHERNET. */
  public static final int LINK_ETHERNET = 1;

  /** The UDP payload of {@code packet}, or null when it has none. */
  public static UdpPayload of(CapturedPacket packet) {
    byte[] b = packet.data();
    int p = packet.offset();
    int end = p + packet.length();
    int etherType;
    switch (packet.linkType()) {
      case 1 -> {
        if (end - p < 14) {
          return null;
        }
        etherType = u16(b, p + 12);
        p += 14;
        while ((etherType == 0x8100 || etherType == 0x88a8) && end - p >= 4) {
          etherType = u16(b, p + 2);
          p += 4;
        }
      }
      case 113 -> {
        if (end - p < 16) {
          return null;
        }
        etherType = u16(b, p + 14);
        p += 16;
      }
      case 276 -> {
        if (end - p < 20) {
          return null;
        }
        etherType = u16(b, p);
        p += 20;
      }
      case 0, 108 -> {
        if (end - p < 4) {
          return null;
        }
        etherType = 0x0800;
        p += 4;
      }
      case 101, 12, 228 -> etherType = 0x0800;
      default -> {
        return null;
      }
    }
    if (etherType != 0x0800 || end - p < 20 || (b[p] & 0xf0) != 0x40) {
      return null;
    }
    int ihl = (b[p] & 0x0f) * 4;
    int totalLen = u16(b, p + 2);
    int frag = u16(b, p + 6);
    if (b[p + 9] != 17 || (frag & 0x3fff) != 0 || ihl < 20) {
      return null;
    }
    int ipEnd = Math.min(end, p + totalLen);
    int src =
        (b[p + 12] & 0xff) << 24
            | (b[p + 13] & 0xff) << 16
            | (b[p + 14] & 0xff) << 8
            | (b[p + 15] & 0xff);
    p += ihl;
    if (ipEnd - p < 8) {
      return null;
    }
    int udpLen = u16(b, p + 4);
    int payloadLen = Math.min(udpLen - 8, ipEnd - p - 8);
    if (payloadLen < 0) {
      return null;
    }
    return new UdpPayload(p + 8, payloadLen, src, u16(b, p), u16(b, p + 2));
  }

  private static int u16(byte[] b, int p) {
    return (b[p] & 0xff) << 8 | (b[p + 1] & 0xff);
  }
}
