package org.sargas.track.classification.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sargas.model.geo.EnuVector;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.sensor.SensorKind;
import org.sargas.model.track.TargetClass;
import org.sargas.track.classification.AircraftDescription;

/**
 * Simulates what the sensors of {@link SurveillanceSensor} report about a labelled target: one plot
 * per scan of a co-mounted primary and secondary radar head at the moment the beam passes (combined
 * or secondary-only with the transponder's data, else primary-only; with missed detections, and 2 %
 * of plots displaced by 300–1,500 m in range, as multipath, a split plot or a garbled reply gives
 * them, which is what makes a tracker's speed spike), ADS-B and Remote ID positions. Deterministic
 * for a given {@link Random}. Not thread-safe (scratch space).
 */
public final class SurveillanceSimulator {
  /** Region origin (Kaunas). */
  public static final GeoPoint ORIGIN = new GeoPoint(54.90, 23.90, 0.0);

  /** The region frame the trajectories are in. */
  public static final LocalTangentPlane REGION = new LocalTangentPlane(ORIGIN);

  /** The radar head, at the region origin, 100 m above the ellipsoid. */
  public static final GeoPoint RADAR_SITE = new GeoPoint(54.90, 23.90, 100.0);

  /** Event time of the start of every target's path. */
  public static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

  private static final double PSR_SIGMA_RANGE_M = 50;
  private static final double PSR_SIGMA_AZ_RAD = Math.toRadians(0.15);
  private static final double PSR_SIGMA_EL_RAD = Math.toRadians(0.25);
  private static final double SSR_SIGMA_RANGE_M = 30;
  private static final double SSR_SIGMA_AZ_RAD = Math.toRadians(0.07);
  private static final double GLITCH_PROBABILITY = 0.02;

  private final LocalTangentPlane radarPlane = new LocalTangentPlane(RADAR_SITE);
  private final double[] enu = new double[3];
  private final double[] geo = new double[3];

  /** The radar to register with the tracker, by id: one co-mounted PSR/SSR head, "RADAR". */
  public static Map<String, Sensor> radars() {
    return Map.of(
        "RADAR",
        new Sensor(
            "RADAR",
            "co-mounted primary and secondary radar",
            SensorKind.SECONDARY_RADAR,
            RADAR_SITE,
            250_000,
            SurveillanceSensor.RADAR_PERIOD_S));
  }

  /** Every report of {@code t} over its path, in event-time order. */
  public List<Observation> observe(LabelledTarget t, Random rng) {
    List<Observation> out = new ArrayList<>();
    double duration = t.trajectory().durationS();
    double period = SurveillanceSensor.RADAR_PERIOD_S;
    boolean psr3d = t.sensors().contains(SurveillanceSensor.PSR_3D);
    boolean psr = psr3d || t.sensors().contains(SurveillanceSensor.PSR_2D);
    boolean modeS = t.sensors().contains(SurveillanceSensor.SSR_MODE_S);
    boolean ssr = modeS || t.sensors().contains(SurveillanceSensor.SSR_MODE_AC);
    double psrPd = primaryDetectionProbability(t.label());
    double phase = rng.nextDouble() * period;
    for (double scan = phase; scan < duration; scan += period) {
      double at = scan + period * azimuth(t, scan) / (2 * Math.PI);
      if (at >= duration) {
        break;
      }
      GeoPoint p = position(t, at);
      // One plot per scan, as a co-mounted head reports it: combined (the secondary radar's
      // position and data), secondary only, or primary only.
      boolean secondary = ssr && rng.nextDouble() < 0.97;
      boolean primary = psr && rng.nextDouble() < psrPd;
      if (secondary) {
        out.add(secondaryPlot(t, p, at, modeS, rng));
      } else if (primary) {
        out.add(primaryPlot(p, at, psr3d, rng));
      }
    }
    double broadcastPhase = rng.nextDouble();
    for (double at = broadcastPhase; at < duration; at += 1.0) {
      if (t.sensors().contains(SurveillanceSensor.ADSB) && rng.nextDouble() < 0.9) {
        GeoPoint p = position(t, at);
        Identity id = t.identity();
        out.add(
            new Observation(
                "ADSB",
                T0.plusNanos(Math.round(at * 1e9)),
                new GeodeticMeasurement(jitter(p, 15, rng), 15, 10),
                p.altitudeM() + 8 * rng.nextGaussian(),
                declaring(
                    t, new Identity(id.icaoAddress(), id.callsign(), id.mode3a(), null, null))));
      }
      if (t.sensors().contains(SurveillanceSensor.REMOTE_ID) && rng.nextDouble() < 0.9) {
        GeoPoint p = position(t, at);
        out.add(
            new Observation(
                "RID",
                T0.plusNanos(Math.round(at * 1e9)),
                new GeodeticMeasurement(jitter(p, 10, rng), 10, 5),
                p.altitudeM() + 5 * rng.nextGaussian(),
                new Identity(null, null, null, t.identity().remoteIdSerial(), null)));
      }
    }
    out.sort(Comparator.comparing(Observation::time).thenComparing(Observation::sensorId));
    return out;
  }

  /**
   * {@code id} with what is declared for the target (ADS-B emitter category; type and wake category
   * of a flight plan), as the identity of the reports that carry its Mode S address: the tracker
   * fuses them into the track's identity, where the classifier reads them.
   */
  private static Identity declaring(LabelledTarget t, Identity id) {
    AircraftDescription d = t.declared();
    if (id.icaoAddress() == null || d.isEmpty()) {
      return id;
    }
    return id.withDescription(d.emitterCategory(), d.aircraftType(), d.wakeCategory());
  }

  /** Extra range error of a displaced plot (multipath, split or garbled reply): 2 % of plots. */
  private static double glitch(Random rng) {
    return rng.nextDouble() < GLITCH_PROBABILITY
        ? (rng.nextBoolean() ? 1 : -1) * (300 + 1200 * rng.nextDouble())
        : 0.0;
  }

  private static double primaryDetectionProbability(TargetClass c) {
    switch (c) {
      case SMALL_DRONE:
        return 0.75;
      case LOITERING_MUNITION:
      case BALLOON:
        return 0.85;
      default:
        return 0.95;
    }
  }

  private Observation primaryPlot(GeoPoint p, double at, boolean withElevation, Random rng) {
    EnuVector v = radarPlane.toEnu(p);
    double ground = Math.hypot(v.eastM(), v.northM());
    double range = Math.sqrt(ground * ground + v.upM() * v.upM());
    double r = range + PSR_SIGMA_RANGE_M * rng.nextGaussian() + glitch(rng);
    double a = wrap(Math.atan2(v.eastM(), v.northM()) + PSR_SIGMA_AZ_RAD * rng.nextGaussian());
    Instant time = T0.plusNanos(Math.round(at * 1e9));
    if (withElevation) {
      double el = Math.atan2(v.upM(), ground) + PSR_SIGMA_EL_RAD * rng.nextGaussian();
      return new Observation(
          "RADAR",
          time,
          new PolarMeasurement(r, a, el, PSR_SIGMA_RANGE_M, PSR_SIGMA_AZ_RAD, PSR_SIGMA_EL_RAD),
          Double.NaN,
          Identity.NONE);
    }
    return new Observation(
        "RADAR",
        time,
        PolarMeasurement.of(r, a, PSR_SIGMA_RANGE_M, PSR_SIGMA_AZ_RAD),
        Double.NaN,
        Identity.NONE);
  }

  private Observation secondaryPlot(
      LabelledTarget t, GeoPoint p, double at, boolean modeS, Random rng) {
    EnuVector v = radarPlane.toEnu(p);
    double range = Math.sqrt(v.eastM() * v.eastM() + v.northM() * v.northM() + v.upM() * v.upM());
    double r = range + SSR_SIGMA_RANGE_M * rng.nextGaussian() + glitch(rng);
    double a = wrap(Math.atan2(v.eastM(), v.northM()) + SSR_SIGMA_AZ_RAD * rng.nextGaussian());
    Identity id = t.identity();
    Identity reply =
        modeS
            ? declaring(t, new Identity(id.icaoAddress(), id.callsign(), id.mode3a(), null, null))
            : new Identity(null, null, id.mode3a(), null, null);
    // Mode C: 100 ft steps (Mode S: 25 ft).
    double step = (modeS ? 25 : 100) * 0.3048;
    double altitude = t.modeC() ? Math.round(p.altitudeM() / step) * step : Double.NaN;
    return new Observation(
        "RADAR",
        T0.plusNanos(Math.round(at * 1e9)),
        PolarMeasurement.of(r, a, SSR_SIGMA_RANGE_M, SSR_SIGMA_AZ_RAD),
        altitude,
        reply);
  }

  /** Azimuth of the target from the radar at {@code atS}, radians in [0, 2π). */
  private double azimuth(LabelledTarget t, double atS) {
    EnuVector v = radarPlane.toEnu(position(t, atS));
    return wrap(Math.atan2(v.eastM(), v.northM()));
  }

  /** The target's geodetic position at {@code atS}. */
  GeoPoint position(LabelledTarget t, double atS) {
    t.trajectory().positionAt(atS, enu);
    // The ellipsoid point below the target has region east/north (e, n): start from the tangent
    // plane's sagitta and correct once for the height it gives.
    double e = enu[0];
    double n = enu[1];
    double u = -(e * e + n * n) / (2 * 6_371_000.0);
    REGION.toGeo(e, n, u, geo);
    REGION.toGeo(e, n, u - geo[2], geo);
    return new GeoPoint(geo[0], geo[1], enu[2]);
  }

  private static GeoPoint jitter(GeoPoint p, double sigmaM, Random rng) {
    double dLat = sigmaM * rng.nextGaussian() / 111_320.0;
    double dLon = sigmaM * rng.nextGaussian() / (111_320.0 * Math.cos(Math.toRadians(p.latDeg())));
    return new GeoPoint(p.latDeg() + dLat, p.lonDeg() + dLon, p.altitudeM());
  }

  private static double wrap(double a) {
    double x = a % (2 * Math.PI);
    return x < 0 ? x + 2 * Math.PI : x;
  }
}
