package org.sargas.sim.wire;

import java.time.Instant;

/** Time-of-day conversion used by the wire feeds (public for tests of decoders). */
public final class RadarFeedTestAccess {
  private RadarFeedTestAccess() {}

  /** Seconds since midnight UTC. */
  public static double tod(Instant t) {
    return RadarFeed.timeOfDayS(t);
  }
}
