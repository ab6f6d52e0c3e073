package org.sargas.formats.remoteid;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Encodes ASTM F3411-22a broadcast messages (protocol version 2): Basic ID, Location/Vector, System
 * and the Message Pack that carries them together, byte for byte as {@link RemoteIdDecoder} reads
 * them (multi-octet fields little-endian). Used by the simulator's Remote ID transmitters and
 * tests. Stateless; every method writes 25 octets at {@code out[off]} (a pack 3 + 25·n).
 */
public final class RemoteIdEncoder {
  private static final int VERSION = 2;

  private RemoteIdEncoder() {}

  /**
   * Basic ID (type 0).
   *
   * @param uasId up to 20 ASCII characters (longer ids are cut)
   */
  public static void basicId(
      RemoteIdIdType idType, RemoteIdUaType uaType, String uasId, byte[] out, int off) {
    clear(out, off);
    out[off] = (byte) (RemoteIdMessageType.BASIC_ID.code() << 4 | VERSION);
    out[off + 1] = (byte) (Math.max(0, idType.code()) << 4 | Math.max(0, uaType.code()));
    byte[] id = uasId.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(id, 0, out, off + 2, Math.min(20, id.length));
  }

  /**
   * Location/Vector (type 1), airborne. NaN values are encoded as "unknown".
   *
   * @param directionDeg track over ground, degrees clockwise from true north
   * @param speedMps ground speed, m/s (≤ 254.25)
   * @param verticalSpeedMps up positive, m/s (|v| ≤ 62)
   * @param geodeticAltitudeM WGS-84 height, m
   * @param horizontalAccuracy F3411 horizontal accuracy category 0..12 (e.g. 10: < 10 m, 95 %)
   * @param timestampTenthsSinceHour 1/10 s since the full hour
   */
  public static void location(
      double latDeg,
      double lonDeg,
      double geodeticAltitudeM,
      double directionDeg,
      double speedMps,
      double verticalSpeedMps,
      int horizontalAccuracy,
      int timestampTenthsSinceHour,
      byte[] out,
      int off) {
    clear(out, off);
    out[off] = (byte) (RemoteIdMessageType.LOCATION_VECTOR.code() << 4 | VERSION);
    int flags = 2 << 4; // operational status: airborne
    int dir = 181;
    if (!Double.isNaN(directionDeg)) {
      int d = (int) Math.round(((directionDeg % 360) + 360) % 360) % 360;
      if (d >= 180) {
        flags |= 0x02;
        d -= 180;
      }
      dir = d;
    }
    int speed = 255;
    if (!Double.isNaN(speedMps)) {
      if (speedMps <= 254 * 0.25) {
        speed = (int) Math.round(speedMps / 0.25);
      } else {
        flags |= 0x01;
        speed = (int) Math.min(254, Math.round((speedMps - 255 * 0.25) / 0.75));
      }
    }
    out[off + 1] = (byte) flags;
    out[off + 2] = (byte) dir;
    out[off + 3] = (byte) speed;
    out[off + 4] =
        (byte)
            (Double.isNaN(verticalSpeedMps)
                ? 126
                : Math.max(-124, Math.min(124, Math.round(verticalSpeedMps / 0.5))));
    s32(out, off + 5, (int) Math.round(latDeg * 1e7));
    s32(out, off + 9, (int) Math.round(lonDeg * 1e7));
    u16(out, off + 13, 0);
    u16(out, off + 15, altitude(geodeticAltitudeM));
    u16(out, off + 17, 0);
    out[off + 19] = (byte) (horizontalAccuracy & 0x0f);
    u16(out, off + 21, timestampTenthsSinceHour & 0xffff);
  }

  /**
   * System (type 4): live operator position (GNSS), EU classification undeclared.
   *
   * @param timestampS seconds since 2019-01-01T00:00Z ({@link RemoteIdDecoder#EPOCH_2019_S})
   */
  public static void system(
      double operatorLatDeg, double operatorLonDeg, long timestampS, byte[] out, int off) {
    clear(out, off);
    out[off] = (byte) (RemoteIdMessageType.SYSTEM.code() << 4 | VERSION);
    out[off + 1] = 1; // operator location: live GNSS
    s32(out, off + 2, (int) Math.round(operatorLatDeg * 1e7));
    s32(out, off + 6, (int) Math.round(operatorLonDeg * 1e7));
    u16(out, off + 10, 1);
    s32(out, off + 20, (int) timestampS);
  }

  /**
   * A Message Pack (type 0xF) of 25-octet messages.
   *
   * @return octets written: 3 + 25 × messages
   */
  public static int messagePack(List<byte[]> messages, byte[] out, int off) {
    if (messages.size() > 9) {
      throw new IllegalArgumentException("a Message Pack holds at most 9 messages");
    }
    out[off] = (byte) (RemoteIdMessageType.MESSAGE_PACK.code() << 4 | VERSION);
    out[off + 1] = (byte) RemoteIdDecoder.MESSAGE_OCTETS;
    out[off + 2] = (byte) messages.size();
    int p = off + 3;
    for (byte[] m : messages) {
      System.arraycopy(m, 0, out, p, RemoteIdDecoder.MESSAGE_OCTETS);
      p += RemoteIdDecoder.MESSAGE_OCTETS;
    }
    return p - off;
  }

  private static int altitude(double m) {
    return Double.isNaN(m) ? 0 : (int) Math.max(1, Math.min(0xffff, Math.round((m + 1000) / 0.5)));
  }

  private static void clear(byte[] out, int off) {
    java.util.Arrays.fill(out, off, off + RemoteIdDecoder.MESSAGE_OCTETS, (byte) 0);
  }

  private static void u16(byte[] b, int p, int v) {
    b[p] = (byte) v;
    b[p + 1] = (byte) (v >>> 8);
  }

  private static void s32(byte[] b, int p, int v) {
    b[p] = (byte) v;
    b[p + 1] = (byte) (v >>> 8);
    b[p + 2] = (byte) (v >>> 16);
    b[p + 3] = (byte) (v >>> 24);
  }
}
