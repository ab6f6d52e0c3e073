package org.sargas.store.journal;

import java.time.Duration;
import java.util.Objects;

/**
 * The journal's fsync policy. Segments are always forced on rotation and on close, and the
 * directory is forced when a segment file is created or deleted.
 *
 * @param mode when appends force the active segment
 * @param interval for {@link FsyncMode#INTERVAL}, the longest time written data stays unforced
 *     (positive); ignored by the other modes
 */
public record FsyncPolicy(FsyncMode mode, Duration interval) {
  public FsyncPolicy {
    Objects.requireNonNull(mode, "mode");
    if (mode == FsyncMode.INTERVAL
        && (interval == null || interval.isNegative() || interval.isZero())) {
      throw new IllegalArgumentException("INTERVAL fsync needs a positive interval: " + interval);
    }
    interval = interval == null ? Duration.ZERO : interval;
  }

  /** Force before every append returns. */
  public static FsyncPolicy everyAppend() {
    return new FsyncPolicy(FsyncMode.EVERY_APPEND, Duration.ZERO);
  }

  /** Group commit at most {@code interval} apart. */
  public static FsyncPolicy interval(Duration interval) {
    return new FsyncPolicy(FsyncMode.INTERVAL, interval);
  }

  /** Force on rotation and close only. */
  public static FsyncPolicy onRotate() {
    return new FsyncPolicy(FsyncMode.ON_ROTATE, Duration.ZERO);
  }
}
