package org.sargas.sim.wire;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sargas.formats.modes.BeastEncoder;
import org.sargas.formats.modes.ExtendedSquitterEncoder;
import org.sargas.model.geo.GeoPoint;

/**
 * ADS-B transmissions of a set of aircraft as a receiver's Beast stream: every {@code stepS} each
 * aircraft sends an airborne position (alternating even/odd CPR) and an airborne velocity, and an
 * identification every tenth step. Paced on a {@link ScaledClock}; the Beast 12 MHz counter runs
 * with the clock.
 */
public final class AdsbFeed {
  private static final double M_FT = 1 / 0.3048;
  private static final double MPS_KT = 3600 / 1852.0;
  private final TcpFeedServer out;
  private final double stepS;
  private final byte[] frame = new byte[14];
  private final ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
  private long frames;

  public AdsbFeed(TcpFeedServer out, double stepS) {
    this.out = out;
    this.stepS = stepS;
  }

  /** Sends from {@code from} to {@code to}; returns false if interrupted. */
  public boolean send(List<AdsbAircraft> aircraft, Instant from, Instant to, ScaledClock clock) {
    long step = 0;
    for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofNanos((long) (stepS * 1e9)))) {
      if (!clock.sleepUntil(t)) {
        return false;
      }
      buf.clear();
      long ts = (t.getEpochSecond() * 1_000_000_000L + t.getNano()) * 12 / 1000;
      for (AdsbAircraft a : aircraft) {
        GeoPoint p = a.path().position(t);
        if (p == null) {
          continue;
        }
        if (buf.remaining() < 3 * BeastEncoder.MAX_FRAME_OCTETS) {
          flush();
        }
        ExtendedSquitterEncoder.airbornePosition(
            a.icao(), p.latDeg(), p.lonDeg(), p.altitudeM() * M_FT, (step & 1) == 1, frame, 0);
        BeastEncoder.encode(buf, ts, 0x80, frame, 0, 14);
        double[] v = a.path().velocity(t);
        if (!Double.isNaN(v[0])) {
          double gs = Math.hypot(v[0], v[1]) * MPS_KT;
          double trk = Math.toDegrees(Math.atan2(v[0], v[1]));
          ExtendedSquitterEncoder.airborneVelocity(
              a.icao(), gs, trk < 0 ? trk + 360 : trk, v[2] * M_FT * 60, frame, 0);
          BeastEncoder.encode(buf, ts, 0x80, frame, 0, 14);
        }
        if (step % 10 == 0 && a.callsign() != null) {
          ExtendedSquitterEncoder.identification(a.icao(), 3, a.callsign(), frame, 0);
          BeastEncoder.encode(buf, ts, 0x80, frame, 0, 14);
        }
        frames++;
      }
      flush();
      step++;
    }
    return true;
  }

  private void flush() {
    buf.flip();
    if (buf.hasRemaining()) {
      out.write(buf.array(), 0, buf.limit());
    }
    buf.clear();
  }

  /** Aircraft-steps sent. */
  public long frames() {
    return frames;
  }
}
