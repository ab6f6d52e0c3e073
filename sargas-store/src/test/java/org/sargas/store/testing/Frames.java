package org.sargas.store.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;

/** Seeded generators of raw frames for tests. */
public final class Frames {
  private Frames() {}

  /** {@code n} frames with random formats, sources and payloads (0–300 bytes), 10 ms apart. */
  public static List<RawFrame> random(long seed, int n, Instant start) {
    Random rnd = new Random(seed);
    FrameFormat[] formats = FrameFormat.values();
    List<RawFrame> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte[] payload = new byte[rnd.nextInt(301)];
      rnd.nextBytes(payload);
      out.add(
          new RawFrame(
              "src-" + rnd.nextInt(4) + (i % 7 == 0 ? "-ž" : ""),
              start.plusMillis(10L * i).plusNanos(rnd.nextInt(1_000_000)),
              payload,
              formats[rnd.nextInt(formats.length)]));
    }
    return out;
  }
}
