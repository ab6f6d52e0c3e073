package org.sargas.server.ingest;

/**
 * Finds ASTM F3411-22a payloads in captured link-layer frames:
 *
 * <ul>
 *   <li>802.11 (LINKTYPE 105, or 127 with a radiotap header): beacon frames' vendor-specific
 *       element {@code DD len FA 0B BC 0D counter pack}; public action frames (vendor specific,
 *       Wi-Fi Alliance OUI 50-6F-9A, type 0x13 NAN service discovery) whose service descriptor
 *       attribute carries service ID {@code 88 69 19 9D 92 09} (SHA-256 of
 *       "org.opendroneid.remoteid"), service info = counter + pack;
 *   <li>Bluetooth LE (LINKTYPE 251, 256, 272 Nordic sniffer, or any other): the advertising data
 *       structure {@code len 16 FA FF 0D counter message}, found by scanning, since sniffer headers
 *       vary.
 * </ul>
 *
 * Stateless and allocation-free.
 */
public final class RemoteIdFrames {
  private static final byte[] NAN_SERVICE_ID = {
    (byte) 0x88, 0x69, 0x19, (byte) 0x9d, (byte) 0x92, 0x09
  };

  private RemoteIdFrames() {}

  /**
   * @return number of payloads found
   */
  public static int find(CapturedPacket packet, RemoteIdPayloadSink sink) {
    byte[] b = packet.data();
    int p = packet.offset();
    int end = p + packet.length();
    if (packet.linkType() == 127) {
      if (end - p < 4) {
        return 0;
      }
      int rtLen = (b[p + 2] & 0xff) | (b[p + 3] & 0xff) << 8;
      return wifi(b, p + rtLen, end, sink);
    }
    if (packet.linkType() == 105) {
      return wifi(b, p, end, sink);
    }
    return bluetooth(b, p, end, sink);
  }

  private static int bluetooth(byte[] b, int p, int end, RemoteIdPayloadSink sink) {
    for (int i = p; i + 6 <= end; i++) {
      int len = b[i] & 0xff;
      if (len >= 5
          && b[i + 1] == 0x16
          && b[i + 2] == (byte) 0xfa
          && b[i + 3] == (byte) 0xff
          && b[i + 4] == 0x0d
          && i + 1 + len <= end) {
        sink.payload(RemoteIdLink.BLUETOOTH, b[i + 5] & 0xff, b, i + 6, len - 5);
        return 1;
      }
    }
    return 0;
  }

  private static int wifi(byte[] b, int p, int end, RemoteIdPayloadSink sink) {
    if (end - p < 24) {
      return 0;
    }
    int fc = b[p] & 0xff;
    int type = (fc >>> 2) & 3;
    int subtype = fc >>> 4;
    if (type != 0) {
      return 0;
    }
    if (subtype == 8) {
      return beacon(b, p + 24 + 12, end, sink);
    }
    if (subtype == 13) {
      return nanAction(b, p + 24, end, sink);
    }
    return 0;
  }

  private static int beacon(byte[] b, int p, int end, RemoteIdPayloadSink sink) {
    int found = 0;
    while (p + 2 <= end) {
      int id = b[p] & 0xff;
      int len = b[p + 1] & 0xff;
      if (p + 2 + len > end) {
        break;
      }
      if (id == 221
          && len >= 5
          && b[p + 2] == (byte) 0xfa
          && b[p + 3] == 0x0b
          && b[p + 4] == (byte) 0xbc
          && b[p + 5] == 0x0d) {
        sink.payload(RemoteIdLink.WIFI_BEACON, b[p + 6] & 0xff, b, p + 7, len - 5);
        found++;
      }
      p += 2 + len;
    }
    return found;
  }

  private static int nanAction(byte[] b, int p, int end, RemoteIdPayloadSink sink) {
    if (end - p < 6
        || b[p] != 4
        || b[p + 1] != 9
        || b[p + 2] != 0x50
        || b[p + 3] != 0x6f
        || b[p + 4] != (byte) 0x9a
        || b[p + 5] != 0x13) {
      return 0;
    }
    int found = 0;
    p += 6;
    while (p + 3 <= end) {
      int id = b[p] & 0xff;
      int len = (b[p + 1] & 0xff) | (b[p + 2] & 0xff) << 8;
      int body = p + 3;
      if (body + len > end) {
        break;
      }
      if (id == 0x03 && len >= 10 && matches(b, body, NAN_SERVICE_ID)) {
        int control = b[body + 8] & 0xff;
        int q = body + 9;
        if ((control & 0x04) != 0) {
          q += 1 + (b[q] & 0xff);
        }
        if ((control & 0x08) != 0 && q < body + len) {
          q += 1 + (b[q] & 0xff);
        }
        if ((control & 0x10) != 0 && q < body + len) {
          int infoLen = b[q] & 0xff;
          if (infoLen >= 1 && q + 1 + infoLen <= body + len) {
            sink.payload(RemoteIdLink.WIFI_NAN, b[q + 1] & 0xff, b, q + 2, infoLen - 1);
            found++;
          }
        }
      }
      p = body + len;
    }
    return found;
  }

  private static boolean matches(byte[] b, int p, byte[] sig) {
    for (int k = 0; k < sig.length; k++) {
      if (b[p + k] != sig[k]) {
        return false;
      }
    }
    return true;
  }
}
