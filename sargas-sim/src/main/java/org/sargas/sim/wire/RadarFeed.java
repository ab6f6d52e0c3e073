package org.sargas.sim.wire;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.sargas.formats.asterix.cat034.Cat034Encoder;
import org.sargas.formats.asterix.cat034.Cat034Record;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.sim.scenario.ScenarioSensor;

/**
 * One simulated radar on the wire: sends its plots as ASTERIX CAT048 over UDP, grouped per
 * thirty-second of an antenna rotation (at most 0.25 s), and a CAT034 north marker at every
 * rotation, each at its event time on a {@link ScaledClock}. Height of 3-D radar plots is derived
 * from the measured elevation (the geodetic height of the point at that slant range, azimuth and
 * elevation from the site).
 */
public final class RadarFeed {
  private final ScenarioSensor radar;
  private final int sac;
  private final int sic;
  private final InetSocketAddress target;
  private final LocalTangentPlane site;
  private final ByteBuffer buf = ByteBuffer.allocate(1500);
  private long datagrams;
  private long plots;

  /**
   * @param radar the scenario radar
   * @param sac its System Area Code
   * @param sic its System Identification Code
   * @param target where datagrams go
   */
  public RadarFeed(ScenarioSensor radar, int sac, int sic, InetSocketAddress target) {
    this.radar = radar;
    this.sac = sac;
    this.sic = sic;
    this.target = target;
    this.site = new LocalTangentPlane(radar.site());
  }

  /**
   * Sends the radar's observations (ascending event time, all of this radar), shifted by {@code
   * shift}, pacing on {@code clock}; stops early when interrupted.
   *
   * @param from only rotations from this event time (unshifted)
   * @param to up to this event time (unshifted)
   */
  public void send(
      DatagramChannel channel,
      List<Observation> observations,
      Instant from,
      Instant to,
      Duration shift,
      ScaledClock clock)
      throws IOException {
    double period = radar.rotationPeriodS();
    long sectorNanos = (long) (Math.min(period / 32, 0.25) * 1e9);
    long rotationNanos = (long) (period * 1e9);
    long phaseNanos = (long) (radar.phaseS() * 1e9);
    long t0 = from.getEpochSecond() * 1_000_000_000L + from.getNano();
    long endNs = to.getEpochSecond() * 1_000_000_000L + to.getNano();
    long nextNorth = Math.floorDiv(t0 - phaseNanos, rotationNanos) * rotationNanos + phaseNanos;
    if (nextNorth < t0) {
      nextNorth += rotationNanos;
    }
    int i = 0;
    while (i < observations.size() && nanos(observations.get(i).time()) < t0) {
      i++;
    }
    for (long sectorEnd = Math.floorDiv(t0, sectorNanos) * sectorNanos + sectorNanos;
        sectorEnd <= endNs;
        sectorEnd += sectorNanos) {
      if (!clock.sleepUntil(Instant.ofEpochSecond(0, sectorEnd).plus(shift))) {
        return;
      }
      buf.clear();
      int start = -1;
      while (i < observations.size() && nanos(observations.get(i).time()) < sectorEnd) {
        Observation o = observations.get(i++);
        if (!(o.measurement() instanceof PolarMeasurement p)) {
          continue;
        }
        if (buf.remaining() < 40) {
          flush(channel, start);
          start = -1;
        }
        if (start < 0) {
          start = Cat048PlotWriter.beginBlock(buf);
        }
        Cat048PlotWriter.appendPlot(
            buf,
            sac,
            sic,
            timeOfDayS(o.time().plus(shift)),
            p.rangeM(),
            p.azimuthRad(),
            heightM(p),
            ssrReply(o));
        plots++;
      }
      flush(channel, start);
      while (nextNorth < sectorEnd) {
        buf.clear();
        Cat034Encoder.encodeBlock(
            buf,
            Cat034Record.northMarker(
                sac, sic, timeOfDayS(Instant.ofEpochSecond(0, nextNorth).plus(shift)), period));
        buf.flip();
        channel.send(buf, target);
        datagrams++;
        nextNorth += rotationNanos;
      }
    }
  }

  /**
   * One plot as it goes on the wire: a CAT048 data block holding the single record that {@link
   * #send} would put into a datagram for it (scenario runs decode exactly these bytes).
   *
   * @param time the plot's event time as sent
   */
  public byte[] plotBlock(PolarMeasurement p, Instant time) {
    return plotBlock(p, time, null);
  }

  /**
   * One plot as it goes on the wire, with the transponder replies a secondary radar adds (see
   * {@link #ssrReply}).
   */
  public byte[] plotBlock(PolarMeasurement p, Instant time, Cat048PlotWriter.SsrReply ssr) {
    ByteBuffer b = ByteBuffer.allocate(64);
    int start = Cat048PlotWriter.beginBlock(b);
    Cat048PlotWriter.appendPlot(
        b, sac, sic, timeOfDayS(time), p.rangeM(), p.azimuthRad(), heightM(p), ssr);
    Cat048PlotWriter.endBlock(b, start);
    return java.util.Arrays.copyOf(b.array(), b.position());
  }

  /**
   * The transponder replies in a secondary radar's plot (identity and Mode C altitude), or null for
   * a primary-only plot.
   */
  public static Cat048PlotWriter.SsrReply ssrReply(Observation o) {
    org.sargas.model.observation.Identity id = o.identity();
    if (id.isEmpty()) {
      return null;
    }
    int mode3a = id.mode3a() == null ? -1 : Integer.parseInt(id.mode3a(), 8);
    int address = id.icaoAddress() == null ? -1 : Integer.parseInt(id.icaoAddress(), 16);
    double fl = o.hasAltitude() ? o.altitudeM() / 0.3048 / 100 : Double.NaN;
    return new Cat048PlotWriter.SsrReply(mode3a, fl, address, id.callsign());
  }

  private void flush(DatagramChannel channel, int start) throws IOException {
    if (start < 0) {
      return;
    }
    Cat048PlotWriter.endBlock(buf, start);
    buf.flip();
    channel.send(buf, target);
    datagrams++;
    buf.clear();
  }

  private double heightM(PolarMeasurement p) {
    if (!p.hasElevation()) {
      return Double.NaN;
    }
    double ground = p.rangeM() * Math.cos(p.elevationRad());
    GeoPoint g =
        site.toGeo(
            ground * Math.sin(p.azimuthRad()),
            ground * Math.cos(p.azimuthRad()),
            p.rangeM() * Math.sin(p.elevationRad()));
    return g.altitudeM();
  }

  static double timeOfDayS(Instant t) {
    LocalTime lt = t.atOffset(ZoneOffset.UTC).toLocalTime();
    return lt.toNanoOfDay() / 1e9;
  }

  private static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  /** Datagrams sent. */
  public long datagrams() {
    return datagrams;
  }

  /** Plots sent. */
  public long plots() {
    return plots;
  }

  /** The radar. */
  public ScenarioSensor radar() {
    return radar;
  }
}
