package org.sargas.formats.remoteid;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;

/**
 * Decodes ASTM F3411-22a broadcast messages: the 25-octet Basic ID, Location/Vector,
 * Authentication, Self-ID, System and Operator ID messages, and Message Packs of them (type 0xF:
 * message size 25, count ≤ 9). Multi-octet fields are little-endian. Stateless and thread-safe;
 * malformed input becomes a {@link DecodeFailure}.
 */
public final class RemoteIdDecoder {
  /** Octets in one message. */
  public static final int MESSAGE_OCTETS = 25;

  /** Seconds from the Unix epoch to 2019-01-01T00:00:00Z, the F3411 timestamp epoch. */
  public static final long EPOCH_2019_S = 1_546_300_800L;

  private RemoteIdDecoder() {}

  private static int u8(byte[] b, int p) {
    return b[p] & 0xff;
  }

  private static int u16(byte[] b, int p) {
    return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
  }

  private static int s32(byte[] b, int p) {
    return (b[p] & 0xff)
        | (b[p + 1] & 0xff) << 8
        | (b[p + 2] & 0xff) << 16
        | (b[p + 3] & 0xff) << 24;
  }

  private static String ascii(byte[] b, int p, int n) {
    int end = p;
    while (end < p + n && b[end] != 0) {
      end++;
    }
    return new String(b, p, end - p, StandardCharsets.ISO_8859_1).strip();
  }

  private static double altitude(int raw) {
    return raw == 0 ? Double.NaN : raw * 0.5 - 1000.0;
  }

  /**
   * Decodes a message or Message Pack at {@code b[off]}, delivering each contained message.
   * Equivalent to {@link #decode(byte[], int, int, String, long, Consumer, Consumer)} keeping only
   * the first failure.
   *
   * @param len octets available from {@code off}
   * @return null when every message decoded, else the first failure
   */
  public static DecodeFailure decode(
      byte[] b, int off, int len, String source, long sourceOffset, Consumer<RemoteIdMessage> out) {
    DecodeFailure[] first = {null};
    decode(
        b,
        off,
        len,
        source,
        sourceOffset,
        out,
        f -> {
          if (first[0] == null) {
            first[0] = f;
          }
        });
    return first[0];
  }

  /**
   * Decodes a message or Message Pack at {@code b[off]}, delivering each valid contained message.
   *
   * <p>A message holding a value outside its domain (a latitude outside [-90°, 90°], a longitude
   * outside [-180°, 180°], an altitude or height outside [-1,500 m, 30,000 m], a vertical speed
   * beyond the ±62 m/s F3411 encodes, a Location timestamp of 3,600 s or more after the hour) is a
   * failure naming the message and the field; it is not delivered and the other members of its
   * Message Pack still are. A broken framing (reserved type, short message, bad or nested Message
   * Pack) ends the decoding: messages before it were delivered.
   *
   * @param len octets available from {@code off}
   * @param failures receives each failure, offset = the offending message's first octet
   * @return false when the framing was broken (some messages could not even be read), true when
   *     every message was read (those out of their domain reported and dropped)
   */
  public static boolean decode(
      byte[] b,
      int off,
      int len,
      String source,
      long sourceOffset,
      Consumer<RemoteIdMessage> out,
      Consumer<DecodeFailure> failures) {
    if (len < 1) {
      failures.accept(new DecodeFailure(source, sourceOffset, "empty Remote ID message"));
      return false;
    }
    int typeCode = u8(b, off) >>> 4;
    RemoteIdMessageType type = RemoteIdMessageType.ofCode(typeCode);
    if (type == null) {
      failures.accept(
          new DecodeFailure(source, sourceOffset, "reserved Remote ID message type " + typeCode));
      return false;
    }
    if (type == RemoteIdMessageType.MESSAGE_PACK) {
      if (len < 3) {
        failures.accept(new DecodeFailure(source, sourceOffset, "truncated Message Pack header"));
        return false;
      }
      int size = u8(b, off + 1);
      int count = u8(b, off + 2);
      if (size != MESSAGE_OCTETS || count > 9) {
        failures.accept(
            new DecodeFailure(
                source,
                sourceOffset,
                "Message Pack with message size " + size + " and count " + count));
        return false;
      }
      if (3 + count * MESSAGE_OCTETS > len) {
        failures.accept(
            new DecodeFailure(
                source,
                sourceOffset,
                "Message Pack of "
                    + count
                    + " messages needs "
                    + (3 + count * MESSAGE_OCTETS)
                    + " octets, has "
                    + len));
        return false;
      }
      for (int k = 0; k < count; k++) {
        int p = off + 3 + k * MESSAGE_OCTETS;
        if (RemoteIdMessageType.ofCode(u8(b, p) >>> 4) == RemoteIdMessageType.MESSAGE_PACK) {
          failures.accept(
              new DecodeFailure(
                  source,
                  sourceOffset + 3 + k * MESSAGE_OCTETS,
                  "Message Pack nested in a Message Pack"));
          return false;
        }
        if (!decode(
            b, p, MESSAGE_OCTETS, source, sourceOffset + 3 + k * MESSAGE_OCTETS, out, failures)) {
          return false;
        }
      }
      return true;
    }
    if (len < MESSAGE_OCTETS) {
      failures.accept(
          new DecodeFailure(
              source, sourceOffset, type + " message of " + len + " octets (needs 25)"));
      return false;
    }
    RemoteIdMessage m = single(type, b, off);
    if (RemoteIdDomains.check(m, source, sourceOffset, failures)) {
      out.accept(m);
    }
    return true;
  }

  private static RemoteIdMessage single(RemoteIdMessageType type, byte[] b, int o) {
    switch (type) {
      case BASIC_ID:
        return new RemoteIdMessage.BasicId(
            RemoteIdIdType.ofCode(u8(b, o + 1) >>> 4),
            RemoteIdUaType.ofCode(u8(b, o + 1) & 0x0f),
            ascii(b, o + 2, 20));
      case LOCATION_VECTOR:
        return location(b, o);
      case AUTHENTICATION:
        {
          RemoteIdAuthType authType = RemoteIdAuthType.ofCode(u8(b, o + 1) >>> 4);
          int page = u8(b, o + 1) & 0x0f;
          if (page == 0) {
            return new RemoteIdMessage.Authentication(
                authType,
                0,
                u8(b, o + 2),
                u8(b, o + 3),
                s32(b, o + 4) & 0xffffffffL,
                hex(b, o + 8, 17));
          }
          return new RemoteIdMessage.Authentication(authType, page, -1, -1, -1, hex(b, o + 2, 23));
        }
      case SELF_ID:
        return new RemoteIdMessage.SelfId(u8(b, o + 1), ascii(b, o + 2, 23));
      case SYSTEM:
        {
          int flags = u8(b, o + 1);
          int catClass = u8(b, o + 17);
          return new RemoteIdMessage.SystemInfo(
              flags & 0x03,
              (flags >>> 2) & 0x07,
              s32(b, o + 2) * 1e-7,
              s32(b, o + 6) * 1e-7,
              u16(b, o + 10),
              u8(b, o + 12) * 10.0,
              altitude(u16(b, o + 13)),
              altitude(u16(b, o + 15)),
              catClass >>> 4,
              catClass & 0x0f,
              altitude(u16(b, o + 18)),
              s32(b, o + 20) & 0xffffffffL);
        }
      default:
        return new RemoteIdMessage.OperatorId(u8(b, o + 1), ascii(b, o + 2, 20));
    }
  }

  private static RemoteIdMessage location(byte[] b, int o) {
    int flags = u8(b, o + 1);
    RemoteIdOperationalStatus status = RemoteIdOperationalStatus.ofCode(flags >>> 4);
    boolean heightAgl = (flags & 0x04) != 0;
    boolean ewWest = (flags & 0x02) != 0;
    boolean speedMult = (flags & 0x01) != 0;
    int dirRaw = u8(b, o + 2);
    double direction = dirRaw > 179 ? Double.NaN : dirRaw + (ewWest ? 180.0 : 0.0);
    int speedRaw = u8(b, o + 3);
    double speed =
        speedRaw == 255 ? Double.NaN : speedMult ? speedRaw * 0.75 + 255 * 0.25 : speedRaw * 0.25;
    int vs = b[o + 4];
    double vspeed = vs == 126 ? Double.NaN : vs * 0.5;
    int latRaw = s32(b, o + 5);
    int lonRaw = s32(b, o + 9);
    boolean noPos = latRaw == 0 && lonRaw == 0;
    int acc = u8(b, o + 19);
    return new RemoteIdMessage.LocationVector(
        status,
        direction,
        speed,
        vspeed,
        noPos ? Double.NaN : latRaw * 1e-7,
        noPos ? Double.NaN : lonRaw * 1e-7,
        altitude(u16(b, o + 13)),
        altitude(u16(b, o + 15)),
        altitude(u16(b, o + 17)),
        heightAgl,
        acc & 0x0f,
        acc >>> 4,
        u16(b, o + 21));
  }

  private static String hex(byte[] b, int off, int n) {
    StringBuilder s = new StringBuilder(2 * n);
    for (int k = 0; k < n; k++) {
      s.append(Character.forDigit((b[off + k] >> 4) & 0xf, 16))
          .append(Character.forDigit(b[off + k] & 0xf, 16));
    }
    return s.toString().toUpperCase(java.util.Locale.ROOT);
  }
}
