package org.sargas.server.ingest;

/** Receives the Remote ID payloads {@link RemoteIdFrames} finds in a link-layer frame. */
public interface RemoteIdPayloadSink {
  /**
   * @param link which radio link
   * @param counter the link's message counter octet (0..255)
   * @param bytes the frame's bytes
   * @param offset offset of the F3411 message or Message Pack
   * @param length octets available for it
   */
  void payload(RemoteIdLink link, int counter, byte[] bytes, int offset, int length);
}
