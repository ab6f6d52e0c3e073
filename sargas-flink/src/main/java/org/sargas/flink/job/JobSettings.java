package org.sargas.flink.job;

import java.io.Serializable;

/**
 * How the surveillance job runs: its topics, event-time slicing and watermarks.
 *
 * @param framesTopic raw frames in (key = source id, value = {@link
 *     org.sargas.flink.kafka.FrameCodec})
 * @param tracksTopic track updates and smoothed track updates out (JSON)
 * @param violationsTopic violation and crossing events out (JSON)
 * @param warningsTopic early warnings out (JSON)
 * @param alertsTopic alerts out (JSON)
 * @param sliceS event-time length of a tracker scan, s (the embedded node's 1 s)
 * @param latenessS how long a scan waits for late reports after its end, s (0 when receive time is
 *     event time, as in a scenario)
 * @param outOfOrdernessMs bounded out-of-orderness of the frames' receive times across one
 *     partition, ms
 * @param idlenessMs a partition without frames for this long (processing time) stops holding the
 *     watermark back, ms; 0 = never
 * @param endOfDataNanos when the input ends (bounded runs): scans run up to this event time before
 *     the pipeline is flushed, epoch ns; {@link Long#MIN_VALUE} = the last watermark
 */
public record JobSettings(
    String framesTopic,
    String tracksTopic,
    String violationsTopic,
    String warningsTopic,
    String alertsTopic,
    double sliceS,
    double latenessS,
    long outOfOrdernessMs,
    long idlenessMs,
    long endOfDataNanos)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public JobSettings {
    if (!(sliceS > 0) || !(latenessS >= 0) || outOfOrdernessMs < 0 || idlenessMs < 0) {
      throw new IllegalArgumentException(
          "sliceS must be > 0; latenessS, outOfOrdernessMs and idlenessMs >= 0");
    }
  }

  /**
   * The default topics ({@code sargas.frames}, {@code sargas.tracks}, {@code sargas.violations},
   * {@code sargas.warnings}, {@code sargas.alerts}), 1 s scans without lateness, 500 ms
   * out-of-orderness, 30 s idleness, unbounded input.
   */
  public static JobSettings defaults() {
    return new JobSettings(
        "sargas.frames",
        "sargas.tracks",
        "sargas.violations",
        "sargas.warnings",
        "sargas.alerts",
        1.0,
        0.0,
        500,
        30_000,
        Long.MIN_VALUE);
  }

  /** A copy whose input ends at {@code endNanos} (epoch ns). */
  public JobSettings withEndOfData(long endNanos) {
    return new JobSettings(
        framesTopic,
        tracksTopic,
        violationsTopic,
        warningsTopic,
        alertsTopic,
        sliceS,
        latenessS,
        outOfOrdernessMs,
        idlenessMs,
        endNanos);
  }

  /** The slice length, ms. */
  public long sliceMs() {
    return Math.round(sliceS * 1000);
  }
}
