package org.sargas.flink.job;

/**
 * One step of a region's history, as checkpointed: a frame taken in, the frames taken so far
 * released (decoded and offered to the pipeline) with event time moved to a slice end, or the end
 * of the input. Replaying the steps in order through fresh decoders and a fresh pipeline rebuilds
 * the region's state exactly (both are deterministic).
 *
 * @param kind {@link #FRAME}, {@link #RELEASE} or {@link #END}
 * @param frame the frame (for {@link #FRAME}), else null
 * @param nanos the slice end event time moved to after a {@link #RELEASE}, epoch ns, or {@link
 *     Long#MIN_VALUE} for none
 */
public record RegionLogEntry(int kind, FrameRecord frame, long nanos) {
  /** A frame taken in (decoded at the next release). */
  public static final int FRAME = 0;

  /** The frames taken in are decoded and offered; event time moves to {@code nanos}. */
  public static final int RELEASE = 1;

  /** End of the input: the region was flushed. */
  public static final int END = 2;
}
