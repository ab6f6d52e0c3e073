package org.sargas.sim.wire;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sargas.formats.asterix.cat062.Cat062Encoder;
import org.sargas.formats.asterix.cat062.Cat062Record;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;

/**
 * A neighbour's system tracker (an ARTAS-like SDPS) over Lithuania and its neighbours, as the
 * ASTERIX CAT062 feed it would send: civil flights on airway-like routes that cross Lithuania's
 * borders from every neighbour (Poland, Latvia, Belarus, the Kaliningrad oblast) or start and end
 * at Vilnius, each with a discrete Mode 3/A code, Mode C, a Mode S address and a callsign, cruising
 * at FL310–380 and 220–245 m/s (arrivals and departures lower); plus one primary-only intruder (no
 * Mode 3/A, no Mode C, no address) flying in from Belarus at 60 m/s. Each system track is updated
 * every 5 s (±0.5 s, the update pattern of a system tracker) with a few tens of metres of position
 * noise; the updates of one second go out as one datagram. Deterministic for a seed.
 */
public final class CivilSystemTrackFeed {
  /** Route endpoints, degrees: {fromLat, fromLon, toLat, toLon}. */
  private static final double[][] ROUTES = {
    {53.40, 22.80, 56.95, 24.10}, // Warsaw area → Riga, enters from Poland
    {57.10, 24.60, 53.90, 27.60}, // Riga → Minsk, enters from Latvia, leaves into Belarus
    {53.80, 27.40, 54.64, 25.28}, // Minsk → Vilnius arrival, enters from Belarus
    {54.70, 20.50, 55.80, 28.00}, // Kaliningrad → Moscow transit, enters from Russia
    {52.40, 21.20, 54.64, 25.28}, // Warsaw → Vilnius arrival, enters from Poland
    {56.50, 21.10, 54.10, 25.90}, // Liepāja area → south-east, enters from Latvia
  };

  private static final String[] AIRLINES = {"LOT", "BTI", "RYR", "WZZ", "FIN", "SAS", "KLM", "DLH"};
  private final int sac;
  private final int sic;
  private final Instant start;
  private final double durationS;
  private final long seed;

  /**
   * @param sac the system tracker's SAC
   * @param sic its SIC
   * @param start the first second of the recording
   * @param durationS how long the recording runs
   */
  public CivilSystemTrackFeed(int sac, int sic, Instant start, double durationS, long seed) {
    this.sac = sac;
    this.sic = sic;
    this.start = start;
    this.durationS = durationS;
    this.seed = seed;
  }

  /** One system track: a straight flight. */
  private record Flight(
      int trackNumber,
      GeoPoint from,
      GeoPoint to,
      double distanceM,
      double speedMps,
      double startS,
      double flightLevel,
      int mode3a,
      int icao,
      String callsign,
      double phaseS) {}

  /** The system track number of the intruder (primary-only), for tests. */
  public static final int INTRUDER_TRACK_NUMBER = 4095;

  /** The datagrams, in time order. */
  public List<PcapWriter.Datagram> datagrams() {
    Random rng = new Random(seed);
    List<Flight> flights = new ArrayList<>();
    int number = 1;
    for (double t = 0; t < durationS; t += 75) {
      double[] r = ROUTES[flights.size() % ROUTES.length];
      GeoPoint a = GeoPoint.of(r[0], r[1]);
      GeoPoint b = GeoPoint.of(r[2], r[3]);
      boolean arrival = r[2] == 54.64;
      flights.add(
          new Flight(
              number,
              a,
              b,
              Wgs84.distanceM(a, b),
              220 + rng.nextDouble() * 25,
              t,
              arrival ? 180 + rng.nextInt(60) : 310 + 10 * rng.nextInt(8),
              discreteSquawk(rng),
              0x400000 + rng.nextInt(0x3fffff),
              AIRLINES[rng.nextInt(AIRLINES.length)] + (100 + rng.nextInt(900)),
              rng.nextDouble() * 5));
      number++;
    }
    // The intruder: primary-only, slow, from Belarus towards Vilnius, entering after ~8 minutes.
    GeoPoint ia = GeoPoint.of(54.30, 26.40);
    GeoPoint ib = GeoPoint.of(54.75, 25.20);
    flights.add(
        new Flight(
            INTRUDER_TRACK_NUMBER,
            ia,
            ib,
            Wgs84.distanceM(ia, ib),
            60,
            120,
            Double.NaN,
            -1,
            -1,
            null,
            2.5));

    List<List<Cat062Record>> perSecond = new ArrayList<>();
    for (int s = 0; s < (int) durationS; s++) {
      perSecond.add(new ArrayList<>());
    }
    for (Flight f : flights) {
      double end = Math.min(durationS, f.startS() + f.distanceM() / f.speedMps());
      for (double t = f.startS() + f.phaseS(); t < end; t += 5 + (rng.nextDouble() - 0.5)) {
        double along = (t - f.startS()) * f.speedMps();
        GeoPoint p = Wgs84.interpolate(f.from(), f.to(), along / f.distanceM());
        double course = Math.toRadians(Wgs84.azimuthDeg(p, f.to()));
        double noiseLat = rng.nextGaussian() * 30 / 111_320.0;
        double noiseLon =
            rng.nextGaussian() * 30 / (111_320.0 * Math.cos(Math.toRadians(p.latDeg())));
        int sIdx = (int) Math.floor(t);
        if (sIdx >= perSecond.size()) {
          break;
        }
        perSecond
            .get(sIdx)
            .add(
                new Cat062Record(
                    sac,
                    sic,
                    timeOfDayS(start.plusNanos((long) (t * 1e9))),
                    f.trackNumber(),
                    p.latDeg() + noiseLat,
                    p.lonDeg() + noiseLon,
                    Double.NaN,
                    Double.NaN,
                    f.speedMps() * Math.sin(course),
                    f.speedMps() * Math.cos(course),
                    f.mode3a(),
                    f.icao(),
                    f.callsign(),
                    f.flightLevel(),
                    Double.NaN,
                    0,
                    false));
      }
    }
    List<PcapWriter.Datagram> out = new ArrayList<>();
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    for (int s = 0; s < perSecond.size(); s++) {
      List<Cat062Record> recs = perSecond.get(s);
      if (recs.isEmpty()) {
        continue;
      }
      recs.sort((x, y) -> Double.compare(x.timeOfDayS(), y.timeOfDayS()));
      for (int i = 0; i < recs.size(); i += 20) {
        buf.clear();
        Cat062Encoder.encodeBlock(buf, recs.subList(i, Math.min(recs.size(), i + 20)));
        byte[] d = java.util.Arrays.copyOf(buf.array(), buf.position());
        out.add(new PcapWriter.Datagram(start.plusSeconds(s + 1).plusMillis(50), d));
      }
    }
    return out;
  }

  /** A discrete Mode 3/A code (octal digits), never 0000/1200/2000/7000/75xx/76xx/77xx. */
  private static int discreteSquawk(Random rng) {
    while (true) {
      int code = 0;
      for (int k = 0; k < 4; k++) {
        code = code << 3 | rng.nextInt(8);
      }
      int first = code >>> 9;
      if (first >= 1 && first <= 6 && code != 01200 && code != 02000) {
        return code;
      }
    }
  }

  private static double timeOfDayS(Instant t) {
    LocalTime lt = t.atOffset(ZoneOffset.UTC).toLocalTime();
    return lt.toNanoOfDay() / 1e9;
  }
}
