package org.sargas.bench.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.sim.wire.Cat048PlotWriter;

/**
 * The serve benchmark's synthetic air picture and its radars, sent as CAT048 over UDP.
 *
 * <p>{@code targets} background aircraft fly circles (radius 10–25 km, 150–250 m/s, 3–12 km
 * altitude) whose centres lie well inside Lithuania, so they never leave it (domestic traffic, no
 * violations). {@code radars} 3-D radars (SAC 25, SIC 1..R) stand on a circle of 80 km around 55.15
 * N 24.25 E; each rotates with period {@code periodS} and reports every target once per rotation,
 * per 1/32 of a rotation ("sector") in datagrams of at most 60 plots. The radars' sectors are
 * interleaved in time (radar r's sector k is due at {@code (32 R k' + r) periodS / (32 R)}), so
 * each sector is its own group for the tracker and a target appears at most once in it. Event time
 * (I048/140) is wall time at sending. Range and azimuth are computed geodetically from each radar's
 * site, with seeded Gaussian noise (30 m, 0.05°).
 *
 * <p>Intruders: every {@code intruderSpacingS} seconds one starts at 22.60 E in Kaliningrad, at one
 * of ten latitudes 54.50–54.77 N (cycled), flying east at 250 m/s and 6,100 m into Lithuania, and
 * is reported for 100 s. For each, the send time of the first datagram carrying a plot of it inside
 * Lithuania is recorded ({@link #intruders()}): the first plot that is inside as reported, with its
 * noise, while the intruder truly is inside — a plot whose noise puts it outside proves nothing,
 * and one whose noise puts it inside before the intruder crossed claims what is not so.
 *
 * <p>Not thread-safe: one sending thread calls {@link #sendDue}.
 */
final class SyntheticPicture {
  /** One intruder: its latitude, and the send time of its first plot inside Lithuania. */
  static final class Intruder {
    final double latDeg;
    final double startE;
    final double startN;
    final double launchS;
    volatile long firstInsideNanos;

    Intruder(double latDeg, double startE, double startN, double launchS) {
      this.latDeg = latDeg;
      this.startE = startE;
      this.startN = startN;
      this.launchS = launchS;
    }
  }

  static final GeoPoint CENTRE = new GeoPoint(55.15, 24.25, 0);
  private static final int SECTORS = 32;
  private static final int MAX_PLOTS = 60;
  private static final double INTRUDER_SPEED_MPS = 250;
  private static final double INTRUDER_ALT_M = 6100;
  private static final double INTRUDER_LIFE_S = 100;

  private final int n;
  private final int radars;
  private final double periodS;
  private final double intruderSpacingS;
  private final LocalTangentPlane plane = new LocalTangentPlane(CENTRE);
  private final LocalTangentPlane[] radarPlanes;
  private final GeoPoint[] sites;
  private final CountryBorders borders;
  private final double[] ce;
  private final double[] cn;
  private final double[] radius;
  private final double[] omega;
  private final double[] phase;
  private final double[] alt;
  private final int[][] order;
  private final int[][] binStart;
  private final ByteBuffer buf = ByteBuffer.allocate(1500);
  private final SplittableRandom noise;
  private final double[] geo = new double[3];
  private final double[] enu = new double[3];
  private final List<Intruder> intruders = new ArrayList<>();
  private final List<Intruder> active = new ArrayList<>();
  private final long startNanos;
  private final long startEpochNanos;
  private long tick;
  private int block = -1;
  private int inBlock;
  private long plots;
  private long datagrams;
  private long nextIntruder;

  SyntheticPicture(
      int targets,
      int radars,
      double periodS,
      double intruderSpacingS,
      CountryBorders borders,
      long seed,
      long startNanos,
      long startEpochNanos) {
    this.n = targets;
    this.radars = radars;
    this.periodS = periodS;
    this.intruderSpacingS = intruderSpacingS;
    this.borders = borders;
    this.startNanos = startNanos;
    this.startEpochNanos = startEpochNanos;
    SplittableRandom rnd = new SplittableRandom(seed);
    noise = new SplittableRandom(seed + 1);
    sites = new GeoPoint[radars];
    radarPlanes = new LocalTangentPlane[radars];
    for (int r = 0; r < radars; r++) {
      double a = 2 * Math.PI * r / radars;
      GeoPoint s = plane.toGeo(80_000 * Math.sin(a), 80_000 * Math.cos(a), 150);
      sites[r] = s;
      radarPlanes[r] = new LocalTangentPlane(s);
    }
    double[] lo = new double[3];
    double[] hi = new double[3];
    plane.toEnu(54.95, 23.75, 0, lo);
    plane.toEnu(55.35, 24.75, 0, hi);
    ce = new double[n];
    cn = new double[n];
    radius = new double[n];
    omega = new double[n];
    phase = new double[n];
    alt = new double[n];
    for (int i = 0; i < n; i++) {
      ce[i] = lo[0] + rnd.nextDouble() * (hi[0] - lo[0]);
      cn[i] = lo[1] + rnd.nextDouble() * (hi[1] - lo[1]);
      radius[i] = 10_000 + rnd.nextDouble() * 15_000;
      double speed = 150 + rnd.nextDouble() * 100;
      omega[i] = (rnd.nextBoolean() ? 1 : -1) * speed / radius[i];
      phase[i] = rnd.nextDouble() * 2 * Math.PI;
      alt[i] = 3000 + rnd.nextDouble() * 9000;
    }
    order = new int[radars][n];
    binStart = new int[radars][SECTORS + 1];
  }

  /** The radars' sites (SIC r + 1 is at index r). */
  GeoPoint[] sites() {
    return sites.clone();
  }

  /** Intruders launched so far. */
  List<Intruder> intruders() {
    return intruders;
  }

  long plots() {
    return plots;
  }

  long datagrams() {
    return datagrams;
  }

  /** Target {@code i}'s position at {@code tS} in the picture's plane: {east, north, up}. */
  void position(int i, double tS, double[] out) {
    double a = phase[i] + omega[i] * tS;
    out[0] = ce[i] + radius[i] * Math.cos(a);
    out[1] = cn[i] + radius[i] * Math.sin(a);
    out[2] = alt[i];
  }

  /** The picture's plane (origin {@link #CENTRE}). */
  LocalTangentPlane plane() {
    return plane;
  }

  /**
   * Sends every radar sector that is due by now (sleeping or spinning until the next one is due
   * when none is). Returns the number of sectors sent.
   */
  int sendDue(DatagramChannel ch, InetSocketAddress to) throws IOException {
    double tickS = periodS / (SECTORS * radars);
    long dueNanos = startNanos + (long) (tick * tickS * 1e9);
    long now = System.nanoTime();
    if (now < dueNanos) {
      long wait = dueNanos - now;
      if (wait > 1_500_000) {
        try {
          Thread.sleep(Math.min(20, (wait - 1_000_000) / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      } else {
        Thread.onSpinWait();
      }
      return 0;
    }
    int sent = 0;
    while (tick * tickS * 1e9 <= now - startNanos && sent < 64) {
      sendSector(ch, to, tick);
      tick++;
      sent++;
    }
    return sent;
  }

  private void sendSector(DatagramChannel ch, InetSocketAddress to, long j) throws IOException {
    int r = (int) (j % radars);
    int sector = (int) ((j / radars) % SECTORS);
    long epochNs = startEpochNanos + (System.nanoTime() - startNanos);
    double tS = (epochNs - startEpochNanos) / 1e9;
    double tod = Math.floorMod(epochNs, 86_400_000_000_000L) / 1e9;
    if (sector == 0) {
      bin(r, tS);
    }
    int sac = 25;
    int sic = r + 1;
    for (int k = binStart[r][sector]; k < binStart[r][sector + 1]; k++) {
      position(order[r][k], tS, enu);
      plot(ch, to, r, sac, sic, tod, enu[0], enu[1], enu[2]);
    }
    launchIntruders(tS);
    double sectorWidth = 2 * Math.PI / SECTORS;
    for (Intruder x : active) {
      double e = x.startE + (tS - x.launchS) * INTRUDER_SPEED_MPS;
      plane.toGeo(e, x.startN, INTRUDER_ALT_M, geo);
      radarPlanes[r].toEnu(geo[0], geo[1], geo[2], enu);
      double az = azimuth(enu);
      if ((int) (az / sectorWidth) != sector) {
        continue;
      }
      boolean trulyInside = "LTU".equals(borders.countryAt(geo[0], geo[1]));
      boolean reportedInside = plot(ch, to, r, sac, sic, tod, e, x.startN, INTRUDER_ALT_M);
      if (x.firstInsideNanos == 0 && trulyInside && reportedInside) {
        x.firstInsideNanos = System.nanoTime();
      }
    }
    active.removeIf(x -> tS - x.launchS > INTRUDER_LIFE_S);
    flush(ch, to);
  }

  private void launchIntruders(double tS) {
    if (intruderSpacingS <= 0) {
      return;
    }
    while (tS >= 2 + nextIntruder * intruderSpacingS) {
      double lat = 54.50 + (nextIntruder % 10) * 0.03;
      plane.toEnu(lat, 22.60, INTRUDER_ALT_M, enu);
      Intruder x = new Intruder(lat, enu[0], enu[1], tS);
      intruders.add(x);
      active.add(x);
      nextIntruder++;
    }
  }

  /** Sorts the targets by the sector of radar {@code r} they are in at {@code tS}. */
  private void bin(int r, double tS) {
    int[] count = new int[SECTORS + 1];
    int[] bins = new int[n];
    double sectorWidth = 2 * Math.PI / SECTORS;
    for (int i = 0; i < n; i++) {
      position(i, tS, enu);
      plane.toGeo(enu[0], enu[1], enu[2], geo);
      radarPlanes[r].toEnu(geo[0], geo[1], geo[2], enu);
      int b = Math.min(SECTORS - 1, (int) (azimuth(enu) / sectorWidth));
      bins[i] = b;
      count[b + 1]++;
    }
    for (int b = 0; b < SECTORS; b++) {
      count[b + 1] += count[b];
    }
    System.arraycopy(count, 0, binStart[r], 0, SECTORS + 1);
    for (int i = 0; i < n; i++) {
      order[r][count[bins[i]]++] = i;
    }
  }

  private static double azimuth(double[] enu) {
    double az = Math.atan2(enu[0], enu[1]);
    return az < 0 ? az + 2 * Math.PI : az;
  }

  /**
   * Appends the plot of a target at {@code (e, n, up)} of the picture's plane as radar r sees it.
   *
   * @return whether the plot, as reported (with its range and azimuth noise), lies in Lithuania:
   *     the first such plot of an intruder is the first report that proves its intrusion
   */
  private boolean plot(
      DatagramChannel ch,
      InetSocketAddress to,
      int r,
      int sac,
      int sic,
      double tod,
      double e,
      double north,
      double up)
      throws IOException {
    plane.toGeo(e, north, up, geo);
    radarPlanes[r].toEnu(geo[0], geo[1], geo[2], enu);
    double range =
        Math.sqrt(enu[0] * enu[0] + enu[1] * enu[1] + enu[2] * enu[2]) + noise.nextGaussian() * 30;
    double az = azimuth(enu) + Math.toRadians(noise.nextGaussian() * 0.05);
    az = az < 0 ? az + 2 * Math.PI : az >= 2 * Math.PI ? az - 2 * Math.PI : az;
    if (inBlock == MAX_PLOTS) {
      flush(ch, to);
    }
    if (block < 0) {
      buf.clear();
      block = Cat048PlotWriter.beginBlock(buf);
      inBlock = 0;
    }
    Cat048PlotWriter.appendPlot(buf, sac, sic, tod, range, az, geo[2]);
    inBlock++;
    plots++;
    double ground = Math.sqrt(Math.max(0, range * range - enu[2] * enu[2]));
    radarPlanes[r].toGeo(ground * Math.sin(az), ground * Math.cos(az), enu[2], reported);
    return "LTU".equals(borders.countryAt(reported[0], reported[1]));
  }

  private final double[] reported = new double[3];

  private void flush(DatagramChannel ch, InetSocketAddress to) throws IOException {
    if (block < 0) {
      return;
    }
    Cat048PlotWriter.endBlock(buf, block);
    buf.flip();
    ch.send(buf, to);
    datagrams++;
    buf.clear();
    block = -1;
    inBlock = 0;
  }
}
