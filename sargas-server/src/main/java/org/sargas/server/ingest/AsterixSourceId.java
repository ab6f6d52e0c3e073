package org.sargas.server.ingest;

/**
 * Reads the SAC/SIC (item 010, FRN 1 in CAT001/002/021/034/048/062/065) of every data block's first
 * record in an ASTERIX datagram, without decoding the rest. Used by {@link UdpSource} to accept
 * only a feed's configured radar.
 */
public final class AsterixSourceId {
  /** Result: the datagram carries no readable SAC/SIC. */
  public static final int NONE = -1;

  /** Result: blocks carry different SAC/SIC values. */
  public static final int MIXED = -2;

  private AsterixSourceId() {}

  /** {@code sac << 8 | sic} common to all blocks, {@link #NONE} or {@link #MIXED}. */
  public static int of(byte[] b, int off, int len) {
    int end = off + len;
    int p = off;
    int found = NONE;
    while (p + 3 <= end) {
      int blockLen = (b[p + 1] & 0xff) << 8 | (b[p + 2] & 0xff);
      if (blockLen < 3 || p + blockLen > end) {
        return found;
      }
      int q = p + 3;
      int fspecStart = q;
      while (q < p + blockLen && (b[q] & 1) != 0) {
        q++;
      }
      q++;
      if (q + 2 <= p + blockLen && (b[fspecStart] & 0x80) != 0) {
        int id = (b[q] & 0xff) << 8 | (b[q + 1] & 0xff);
        if (found != NONE && found != id) {
          return MIXED;
        }
        found = id;
      }
      p += blockLen;
    }
    return found;
  }
}
