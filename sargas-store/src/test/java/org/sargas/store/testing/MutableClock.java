package org.sargas.store.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A test clock that moves only when told to. */
public final class MutableClock implements InstantSource {
  private Instant now;

  public MutableClock(Instant start) {
    this.now = start;
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  public synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  public synchronized void set(Instant t) {
    now = t;
  }
}
