package org.sargas.sim.wire;

import java.time.Instant;
import java.time.InstantSource;

/**
 * A clock that reads {@code origin} until {@link #start()} and then runs {@code speed} times faster
 * than the monotonic wall clock. Thread-safe.
 */
public final class ScaledClock implements InstantSource {
  private final Instant origin;
  private final double speed;
  private volatile long startNanos = Long.MIN_VALUE;

  public ScaledClock(Instant origin, double speed) {
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed must be positive: " + speed);
    }
    this.origin = origin;
    this.speed = speed;
  }

  /** Starts the clock running (idempotent); returns this. */
  public synchronized ScaledClock start() {
    if (startNanos == Long.MIN_VALUE) {
      startNanos = System.nanoTime();
    }
    return this;
  }

  @Override
  public Instant instant() {
    long s = startNanos;
    if (s == Long.MIN_VALUE) {
      return origin;
    }
    return origin.plusNanos((long) ((System.nanoTime() - s) * speed));
  }

  /** The speed factor. */
  public double speed() {
    return speed;
  }

  /** Sleeps until this clock reads at least {@code t}; false if interrupted. */
  public boolean sleepUntil(Instant t) {
    start();
    while (true) {
      long aheadNanos = java.time.Duration.between(instant(), t).toNanos();
      if (aheadNanos <= 0) {
        return true;
      }
      long wallNanos = (long) (aheadNanos / speed);
      try {
        Thread.sleep(wallNanos / 1_000_000, (int) (wallNanos % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
