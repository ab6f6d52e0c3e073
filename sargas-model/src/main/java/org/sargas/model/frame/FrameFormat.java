package org.sargas.model.frame;

/** The wire format of a raw frame; it selects the decoder. */
public enum FrameFormat {
  /** EUROCONTROL ASTERIX data block(s), as carried in one UDP datagram. */
  ASTERIX,
  /** Mode-S Beast binary message (one {@code 0x1a}-escaped message, escapes removed or not). */
  BEAST,
  /** AVR text line ({@code *8D...;} or with MLAT timestamp {@code @...;}), ASCII. */
  AVR,
  /** BaseStation (SBS-1) CSV line, ASCII. */
  SBS,
  /** ASTM F3411 / EN 4709-002 drone Remote ID message (broadcast or network). */
  REMOTE_ID,
  /** SAPIENT (BSI Flex 335) protobuf message. */
  SAPIENT
}
