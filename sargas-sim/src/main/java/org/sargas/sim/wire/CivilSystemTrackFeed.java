package org.sargas.sim.wire;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sargas.formats.asterix.cat062.Cat062Accuracy;
import org.sargas.formats.asterix.cat062.Cat062Encoder;
import org.sargas.formats.asterix.cat062.Cat062FlightPlan;
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
 * noise; the updates of one second go out as one datagram. Like a real SDPS, each flight carries
 * its accuracies (I062/500 APC, ATV), ages (I062/290), emitter category (I062/380 EMC) and flight
 * plan (I062/390 callsign, type, wake category, departure and destination); one report in twenty is
 * sent again in the next datagram with the same time of track information, and one datagram in a
 * hundred leaves 1.5–3.5 s late. Deterministic for a seed.
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

  /** Departure and destination aerodromes of each route. */
  private static final String[][] AERODROMES = {
    {"EPWA", "EVRA"},
    {"EVRA", "UMMS"},
    {"UMMS", "EYVI"},
    {"UMKK", "UUEE"},
    {"EPWA", "EYVI"},
    {"EVLA", "UKBB"},
  };

  private static final String[] AIRLINES = {"LOT", "BTI", "RYR", "WZZ", "FIN", "SAS", "KLM", "DLH"};

  /** ICAO Doc 8643 types of the airlines, in the same order. */
  private static final String[] TYPES = {
    "E195", "A220", "B738", "A21N", "A320", "CRJ9", "B738", "A20N"
  };

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
      double phaseS,
      String aircraftType,
      String departure,
      String destination) {}

  /** The system track number of the intruder (primary-only), for tests. */
  public static final int INTRUDER_TRACK_NUMBER = 4095;

  /** The datagrams, in time order. */
  public List<PcapWriter.Datagram> datagrams() {
    Random rng = new Random(seed);
    // What a real SDPS adds (accuracies, ages, repeats, late datagrams) draws from its own stream,
    // so the traffic is the same as without it.
    Random sdps = new Random(seed * 31 + 17);
    List<Flight> flights = new ArrayList<>();
    int number = 1;
    for (double t = 0; t < durationS; t += 75) {
      int route = flights.size() % ROUTES.length;
      double[] r = ROUTES[route];
      GeoPoint a = GeoPoint.of(r[0], r[1]);
      GeoPoint b = GeoPoint.of(r[2], r[3]);
      boolean arrival = r[2] == 54.64;
      double speedMps = 220 + rng.nextDouble() * 25;
      double flightLevel = arrival ? 180 + rng.nextInt(60) : 310 + 10 * rng.nextInt(8);
      int mode3a = discreteSquawk(rng);
      int icao = 0x400000 + rng.nextInt(0x3fffff);
      int airline = rng.nextInt(AIRLINES.length);
      String callsign = AIRLINES[airline] + (100 + rng.nextInt(900));
      flights.add(
          new Flight(
              number,
              a,
              b,
              Wgs84.distanceM(a, b),
              speedMps,
              t,
              flightLevel,
              mode3a,
              icao,
              callsign,
              rng.nextDouble() * 5,
              TYPES[airline],
              AERODROMES[route][0],
              AERODROMES[route][1]));
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
            2.5,
            null,
            null,
            null));

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
        boolean cooperative = f.callsign() != null;
        Cat062Record report =
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
                false,
                cooperative ? 3 : -1, // EMC 3: medium, 7-136 t
                cooperative
                    ? new Cat062FlightPlan(
                        f.callsign(), f.aircraftType(), "M", f.departure(), f.destination())
                    : null,
                new Cat062Accuracy(
                    30 + 30 * sdps.nextDouble(),
                    30 + 30 * sdps.nextDouble(),
                    0,
                    1 + 2 * sdps.nextDouble(),
                    1 + 2 * sdps.nextDouble()),
                t - f.startS(),
                4 * sdps.nextDouble());
        perSecond.get(sIdx).add(report);
        if (sdps.nextInt(20) == 0 && sIdx + 1 < perSecond.size()) {
          perSecond.get(sIdx + 1).add(report); // sent again, same time of track information
        }
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
        long lateMs = sdps.nextInt(100) == 0 ? 1500 + sdps.nextInt(2000) : 0;
        out.add(new PcapWriter.Datagram(start.plusSeconds(s + 1).plusMillis(50 + lateMs), d));
      }
    }
    out.sort((x, y) -> x.time().compareTo(y.time())); // stable: late datagrams move back
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
