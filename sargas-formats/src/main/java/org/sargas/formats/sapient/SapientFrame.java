package org.sargas.formats.sapient;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.MessageLite;
import java.io.IOException;

/**
 * The TCP framing of SAPIENT (BSI Flex 335 v2.0): each message is preceded by its length in octets
 * as a 4-octet little-endian unsigned integer. Sargas refuses messages longer than {@link
 * #MAX_MESSAGE_OCTETS}: a SAPIENT message is a few hundred octets, a length beyond that means the
 * stream has lost its framing. Stateless.
 */
public final class SapientFrame {
  /** Length of the prefix, octets. */
  public static final int PREFIX_OCTETS = 4;

  /** Longest message accepted, octets (1 MiB). */
  public static final int MAX_MESSAGE_OCTETS = 1 << 20;

  private SapientFrame() {}

  /**
   * The length prefix at {@code b[off..off+3]}.
   *
   * @return the unsigned length, 0..2³²-1
   */
  public static long length(byte[] b, int off) {
    return (b[off] & 0xffL)
        | (b[off + 1] & 0xffL) << 8
        | (b[off + 2] & 0xffL) << 16
        | (b[off + 3] & 0xffL) << 24;
  }

  /**
   * A message with its length prefix, as written to the TCP stream.
   *
   * @throws IllegalArgumentException when the message is longer than {@link #MAX_MESSAGE_OCTETS}
   */
  public static byte[] frame(MessageLite message) {
    int n = message.getSerializedSize();
    if (n > MAX_MESSAGE_OCTETS) {
      throw new IllegalArgumentException("SAPIENT message of " + n + " octets exceeds 1 MiB");
    }
    byte[] out = new byte[PREFIX_OCTETS + n];
    out[0] = (byte) n;
    out[1] = (byte) (n >>> 8);
    out[2] = (byte) (n >>> 16);
    out[3] = (byte) (n >>> 24);
    try {
      CodedOutputStream body = CodedOutputStream.newInstance(out, PREFIX_OCTETS, n);
      message.writeTo(body);
      body.checkNoSpaceLeft();
    } catch (IOException e) {
      throw new IllegalStateException("protobuf wrote past its own size", e);
    }
    return out;
  }
}
