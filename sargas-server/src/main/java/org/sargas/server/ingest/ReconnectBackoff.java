package org.sargas.server.ingest;

import java.time.Duration;

/**
 * Exponential reconnect delays: {@code initial}, doubling per consecutive failure up to {@code
 * max}; a connection that delivered data resets it. Immutable schedule, mutable attempt count; not
 * thread-safe (one per source).
 */
public final class ReconnectBackoff {
  private final Duration initial;
  private final Duration max;
  private int failures;

  /**
   * @param initial delay after the first failure
   * @param max largest delay
   */
  public ReconnectBackoff(Duration initial, Duration max) {
    this.initial = initial;
    this.max = max;
  }

  /** The delay before the next attempt, counting one more failure. */
  public Duration nextDelay() {
    int shift = Math.min(failures++, 20);
    Duration d = initial.multipliedBy(1L << shift);
    return d.compareTo(max) > 0 ? max : d;
  }

  /** A connection worked: start again from {@code initial}. */
  public void reset() {
    failures = 0;
  }
}
