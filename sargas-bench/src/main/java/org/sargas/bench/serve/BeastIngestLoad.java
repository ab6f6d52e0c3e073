package org.sargas.bench.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.sargas.bench.formats.BenchmarkTraffic;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.ObservationDecoder;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.feed.ObservationDecoders;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Observation;
import org.sargas.server.ingest.ReconnectBackoff;
import org.sargas.server.ingest.TcpClientSource;

/**
 * TCP Beast ingest over loopback through the node's own code: a local server writes a Beast stream
 * ({@link BenchmarkTraffic#beast}: 1,000 DF17 frames of 50 aircraft, repeated) as fast as the
 * socket takes it; {@link TcpClientSource} (the {@code serve} input) reads it and hands each chunk
 * to the Beast {@link ObservationDecoder} of {@link ObservationDecoders#forFeed} (framing with the
 * carried-over tail, Mode S decode, CPR, observations), as {@code serve} does on its pipeline
 * thread. Figure: frames per wall second from connection to the last byte decoded. The journal and
 * the pipeline are not part of it (see the serve benchmark).
 */
public final class BeastIngestLoad {
  private BeastIngestLoad() {}

  /**
   * One run.
   *
   * @param frames frames sent and decoded
   * @param bytes bytes sent
   * @param seconds wall seconds from the client's start to the last byte decoded
   * @param observations observations the decoder delivered
   * @param failures decode failures (0 expected)
   */
  public record Result(long frames, long bytes, double seconds, long observations, long failures) {
    /** Frames per wall second. */
    public double framesPerSecond() {
      return frames / seconds;
    }
  }

  /** Runs {@code rounds} times (the first warms up) with {@code repetitions} × 1,000 frames. */
  public static Result run(int repetitions, int rounds, PrintStream out) throws Exception {
    byte[] one = BenchmarkTraffic.beast(5);
    Result best = null;
    for (int r = 0; r < Math.max(1, rounds); r++) {
      Result result = once(one, repetitions);
      if (out != null) {
        out.printf(
            Locale.ROOT,
            "round %d: %,d frames in %.3f s: %,.0f frames/s, %,d observations%n",
            r,
            result.frames(),
            result.seconds(),
            result.framesPerSecond(),
            result.observations());
      }
      if (r > 0 || rounds == 1) {
        best = best == null || result.framesPerSecond() > best.framesPerSecond() ? result : best;
      }
    }
    return best;
  }

  private static Result once(byte[] one, int repetitions) throws Exception {
    long total = (long) one.length * repetitions;
    SensorCalibration receiver =
        new SensorCalibration("beast-bench", -1, -1, GeoPoint.of(54.9, 23.9), 0, 0, 50, 30);
    ObservationDecoder decoder =
        ObservationDecoders.forFeed(FrameFormat.BEAST, java.util.List.of(), receiver);
    AtomicLong observations = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    DecodeListener listener =
        new DecodeListener() {
          @Override
          public void observation(Observation o) {
            observations.incrementAndGet();
          }

          @Override
          public void failure(org.sargas.formats.DecodeFailure f) {
            failures.incrementAndGet();
          }
        };
    CountDownLatch done = new CountDownLatch(1);
    long[] consumed = new long[1];
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread writer =
          Thread.ofPlatform()
              .name("beast-writer")
              .start(
                  () -> {
                    try (Socket s = server.accept()) {
                      s.setSendBufferSize(1 << 20);
                      OutputStream o = s.getOutputStream();
                      byte[] block = new byte[one.length * 64];
                      for (int k = 0; k < 64; k++) {
                        System.arraycopy(one, 0, block, k * one.length, one.length);
                      }
                      int left = repetitions;
                      while (left > 0) {
                        int n = Math.min(64, left);
                        o.write(block, 0, n * one.length);
                        left -= n;
                      }
                      o.flush();
                      done.await(5, TimeUnit.MINUTES);
                    } catch (IOException | InterruptedException e) {
                      throw new IllegalStateException(e);
                    }
                  });
      long t0 = System.nanoTime();
      long[] end = new long[1];
      try (TcpClientSource source =
          new TcpClientSource(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()),
              new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(1)),
              Duration.ofSeconds(2),
              InstantSource.system(),
              "beast-bench",
              FrameFormat.BEAST,
              (frame, offset) -> {
                byte[] b = frame.payload();
                decoder.decode(
                    b, 0, b.length, frame.receiveTime(), frame.sourceId(), offset, listener);
                consumed[0] += b.length;
                if (consumed[0] >= total) {
                  end[0] = System.nanoTime();
                  done.countDown();
                }
              })) {
        source.start();
        if (!done.await(5, TimeUnit.MINUTES)) {
          throw new IllegalStateException("ingest did not finish: " + consumed[0] + " of " + total);
        }
      }
      writer.join();
      return new Result(
          (long) BenchmarkTraffic.FRAMES * repetitions,
          total,
          (end[0] - t0) / 1e9,
          observations.get(),
          failures.get());
    }
  }
}
