package org.sargas.formats;

import java.util.Objects;

/**
 * Why some input could not be decoded. Decoders return or report these values instead of throwing;
 * callers count them and carry on with the next frame.
 *
 * @param source where the bytes came from (file name, socket address, "udp:1.2.3.4:8600"...)
 * @param offset byte offset of the offending construct from the start of the frame or file the
 *     decoder was given (the decoder documents which)
 * @param reason human-readable cause, naming the spec item where one applies
 */
public record DecodeFailure(String source, long offset, String reason) {
  public DecodeFailure {
    Objects.requireNonNull(reason, "reason");
    source = source == null ? "" : source;
  }

  @Override
  public String toString() {
    return source + " @" + offset + ": " + reason;
  }
}
