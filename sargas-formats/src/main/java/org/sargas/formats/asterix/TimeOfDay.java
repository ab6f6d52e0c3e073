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

  private static final int DAY_128 = 86_400 * 128;

  /**
   * Completes a truncated ASTERIX time of day (CAT001 I001/141: the 16 low bits of the time of day
   * in 1/128 s, so modulo 512 s) with the full time of day closest to {@code referenceTodS}: the
   * value of the reference's day, or of the day before or after (the time of day restarts at
   * midnight, and a day is not a whole number of 512 s cycles), whose low bits match, within 256 s
   * of the reference.
   *
   * @param truncated128 the 16-bit truncated time of day, 1/128 s
   * @param referenceTodS a full time of day near the event, seconds (a CAT002 time of day of the
   *     same radar, or the receive time's)
   * @return seconds since midnight UTC, [0, 86,400)
   */
  public static double resolveTruncated(int truncated128, double referenceTodS) {
    long ref = Math.round(referenceTodS * 128.0);
    long low = truncated128 & 0xffff;
    long best = low;
    long bestDistance = Long.MAX_VALUE;
    for (int day = -1; day <= 1; day++) {
      long inDay = ref - day * (long) DAY_128;
      long near = (inDay & ~0xffffL) | low;
      for (long c = near - 0x10000; c <= near + 0x10000; c += 0x10000) {
        long distance = Math.abs(c - inDay);
        if (c >= 0 && c < DAY_128 && distance < bestDistance) {
          best = c;
          bestDistance = distance;
        }
      }
    }
    return best / 128.0;
  }

  /** The time of day of {@code instant}, seconds since midnight UTC. */
  public static double of(Instant instant) {
    return Math.floorMod(instant.toEpochMilli(), DAY_MS) / 1000.0;
  }
}
