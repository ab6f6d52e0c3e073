package org.sargas.server.ingest;

/** File formats recognised by their first octets. */
public enum CaptureFormat {
  /** libpcap (magic A1B2C3D4 or A1B23C4D, either byte order). */
  PCAP,
  /** pcapng (section header block 0A0D0D0A). */
  PCAPNG,
  /** Anything else: the file is the raw byte stream of the feed. */
  RAW;

  /** Detects the format of a file from its first bytes. */
  public static CaptureFormat detect(byte[] head) {
    if (head.length >= 4) {
      int be =
          (head[0] & 0xff) << 24
              | (head[1] & 0xff) << 16
              | (head[2] & 0xff) << 8
              | (head[3] & 0xff);
      int le = Integer.reverseBytes(be);
      if (be == 0xa1b2c3d4 || le == 0xa1b2c3d4 || be == 0xa1b23c4d || le == 0xa1b23c4d) {
        return PCAP;
      }
      if (be == 0x0a0d0d0a) {
        return PCAPNG;
      }
    }
    return RAW;
  }
}
