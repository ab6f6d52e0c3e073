package org.sargas.server.output;

import java.time.Instant;
import java.util.List;
import org.sargas.model.track.Track;

/**
 * Turns one update of an output's (filtered) picture into wire messages: datagrams for UDP, framed
 * messages for a stream. Called from the output's own thread only; may keep state across updates
 * (batch numbers).
 */
public interface PictureEncoder {
  /**
   * @param tracks the confirmed and coasting tracks that pass the output's filter, by track id
   * @param now the node's clock at this update
   * @return the messages to send, in order
   */
  List<byte[]> encode(List<Track> tracks, Instant now);
}
