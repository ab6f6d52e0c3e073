package org.sargas.server.output;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a generous deadline passes (no timing is asserted). */
final class Eventually {
  private Eventually() {}

  static void until(BooleanSupplier condition, Duration atMost) throws InterruptedException {
    long end = System.nanoTime() + atMost.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("condition not met within " + atMost);
      }
      Thread.sleep(10);
    }
  }
}
