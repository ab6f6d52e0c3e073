package org.sargas.sim.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.List;

/**
 * Writes UDP datagrams as a classic pcap capture (microsecond timestamps, LINKTYPE_ETHERNET, IPv4 +
 * UDP headers from 10.0.0.1:40000 to 232.2.1.1:{@code port}) — the recording format of a sensor
 * feed, as {@code tcpdump} would have written it.
 */
public final class PcapWriter {
  private PcapWriter() {}

  /** One captured datagram. */
  public record Datagram(Instant time, byte[] payload) {}

  /** The capture file's bytes. */
  public static byte[] write(List<Datagram> datagrams, int port) {
    int size = 24;
    for (Datagram d : datagrams) {
      size += 16 + 42 + d.payload().length;
    }
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0xa1b2c3d4)
        .putShort((short) 2)
        .putShort((short) 4)
        .putInt(0)
        .putInt(0)
        .putInt(65535)
        .putInt(1);
    for (Datagram d : datagrams) {
      byte[] p = d.payload();
      b.order(ByteOrder.LITTLE_ENDIAN)
          .putInt((int) d.time().getEpochSecond())
          .putInt(d.time().getNano() / 1000)
          .putInt(42 + p.length)
          .putInt(42 + p.length);
      b.order(ByteOrder.BIG_ENDIAN);
      b.put(new byte[] {1, 0, 0x5e, 2, 1, 1, 2, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
      b.put((byte) 0x45)
          .put((byte) 0)
          .putShort((short) (28 + p.length))
          .putInt(0)
          .put((byte) 64)
          .put((byte) 17)
          .putShort((short) 0)
          .put(new byte[] {10, 0, 0, 1})
          .put(new byte[] {(byte) 232, 2, 1, 1});
      b.putShort((short) 40000)
          .putShort((short) port)
          .putShort((short) (8 + p.length))
          .putShort((short) 0);
      b.put(p);
    }
    return b.array();
  }
}
