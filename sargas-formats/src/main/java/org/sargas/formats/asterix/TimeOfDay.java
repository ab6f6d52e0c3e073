package org.sargas.formats.asterix;

import java.time.Instant;

/**
 * ASTERIX time of day (seconds since UTC midnight, e.g. I048/140, I034/030, I062/070) to an
 * instant: the instant with that time of day closest to a reference instant (normally the frame's
 * receive time), which handles reports that straddle midnight.
 */
public final class TimeOfDay {
  private static final long DAY_MS = 86_400_000L;

  private TimeOfDay() {}

  /**
   * @param timeOfDayS seconds since midnight UTC, [0, 86400)
   * @param reference an instant near the event (receive time)
   */
  public static Instant resolve(double timeOfDayS, Instant reference) {
    long refMs = reference.toEpochMilli();
    long midnight = Math.floorDiv(refMs, DAY_MS) * DAY_MS;
    long todNanos = Math.round(timeOfDayS * 1e9);
    long candidate = midnight + todNanos / 1_000_000L;
    if (candidate - refMs > DAY_MS / 2) {
      candidate -= DAY_MS;
    } else if (refMs - candidate > DAY_MS / 2) {
      candidate += DAY_MS;
    }
    return Instant.ofEpochMilli(candidate).plusNanos(todNanos % 1_000_000L);
  }
}
