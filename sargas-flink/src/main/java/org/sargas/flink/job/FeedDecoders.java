package org.sargas.flink.job;

import java.io.Serializable;
import org.sargas.formats.ObservationDecoder;

/**
 * The decoder of each feed, built inside a task from the feeds' configuration with {@link
 * org.sargas.formats.feed.ObservationDecoders} (the same decoders as the embedded node).
 */
@FunctionalInterface
public interface FeedDecoders extends Serializable {
  /**
   * A new decoder for the feed {@code sourceId}, or null if no feed of that id is configured (its
   * frames are counted and dropped).
   */
  ObservationDecoder decoderFor(String sourceId);
}
