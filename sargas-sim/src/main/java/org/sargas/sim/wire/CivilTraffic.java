package org.sargas.sim.wire;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sargas.model.geo.GeoPoint;

/**
 * Background civil traffic for the demo: aircraft flying to and fro between two points well inside
 * Lithuania (airway-like legs between Vilnius, Kaunas, Panevėžys and Šiauliai) at constant speed
 * and flight level, each starting at a different point of its leg. They are cooperative (ADS-B) and
 * inside the protected country from the first report, so they must never raise a violation.
 * Deterministic: positions are a function of time.
 */
public final class CivilTraffic {
  /** One leg flown back and forth. */
  public record Leg(
      String callsign,
      int icao,
      double lat1,
      double lon1,
      double lat2,
      double lon2,
      double altitudeM,
      double speedMps,
      double startFraction) {}

  /** The built-in legs (all endpoints at least 25 km inside LTU). */
  public static final List<Leg> LITHUANIA =
      List.of(
          new Leg("BTI2KA", 0x503C01, 54.70, 25.10, 54.95, 23.95, 10_670, 220, 0.1),
          new Leg("LOT77V", 0x48A2C4, 55.70, 24.35, 54.80, 24.90, 11_280, 230, 0.5),
          new Leg("RYR3LT", 0x4CA8E1, 55.90, 23.40, 55.20, 24.60, 10_360, 210, 0.8),
          new Leg("WZZ9KU", 0x471F55, 55.35, 23.20, 54.75, 24.45, 9_750, 200, 0.3));

  private CivilTraffic() {}

  /** The aircraft flying the given legs, from {@code epoch}. */
  public static List<AdsbAircraft> aircraft(List<Leg> legs, Instant epoch) {
    List<AdsbAircraft> out = new ArrayList<>();
    for (Leg l : legs) {
      out.add(new AdsbAircraft(l.icao(), l.callsign(), new LegPath(l, epoch)));
    }
    return out;
  }

  private record LegPath(Leg leg, Instant epoch) implements AdsbAircraft.Path {
    double lengthM() {
      double k = Math.cos(Math.toRadians((leg.lat1() + leg.lat2()) / 2));
      double dn = (leg.lat2() - leg.lat1()) * 111_320;
      double de = (leg.lon2() - leg.lon1()) * 111_320 * k;
      return Math.hypot(dn, de);
    }

    /** Fraction along the leg in [0, 1] and direction (+1 outbound, −1 back). */
    double[] phase(Instant t) {
      double len = lengthM();
      double s =
          Duration.between(epoch, t).toNanos() / 1e9 * leg.speedMps()
              + leg.startFraction() * 2 * len;
      double cycle = 2 * len;
      double c = ((s % cycle) + cycle) % cycle;
      return c <= len ? new double[] {c / len, 1} : new double[] {2 - c / len, -1};
    }

    @Override
    public GeoPoint position(Instant t) {
      double f = phase(t)[0];
      return new GeoPoint(
          leg.lat1() + f * (leg.lat2() - leg.lat1()),
          leg.lon1() + f * (leg.lon2() - leg.lon1()),
          leg.altitudeM());
    }

    @Override
    public double[] velocity(Instant t) {
      double dir = phase(t)[1];
      double k = Math.cos(Math.toRadians((leg.lat1() + leg.lat2()) / 2));
      double dn = (leg.lat2() - leg.lat1()) * 111_320;
      double de = (leg.lon2() - leg.lon1()) * 111_320 * k;
      double len = Math.hypot(dn, de);
      return new double[] {dir * de / len * leg.speedMps(), dir * dn / len * leg.speedMps(), 0};
    }
  }
}
