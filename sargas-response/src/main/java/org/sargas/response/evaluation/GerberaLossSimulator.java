package org.sargas.response.evaluation;

import java.time.Instant;
import java.util.random.RandomGenerator;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.track.TargetClass;
import org.sargas.response.search.LostTrack;
import org.sargas.response.search.WindEstimate;

/**
 * The truth of a Gerbera-like drone whose track is lost over Lithuania, flown independently of the
 * estimator (its own integrator, a time-varying wind, route turns, its own descent), from the
 * distributions below. These are the evaluation's world, stated here and in docs/response.md; the
 * estimator is only told what a tracker and a forecast would tell it.
 *
 * <ul>
 *   <li>loss position uniform in 54.3–55.3 N, 23.5–26.0 E; altitude 300–400 m above the ellipsoid,
 *       ground at {@value #GROUND_HEIGHT_M} m; ground speed 40–50 m/s; course 0–360° (all uniform);
 *   <li>wind forecast: speed 0–10 m/s from 0–360° (uniform), stated 1-σ {@value
 *       #FORECAST_SIGMA_MPS} m/s per component; true mean wind = forecast + N(0, 2.5²) per
 *       component; on top, gusts per component as an Ornstein–Uhlenbeck process (1-σ 1 m/s, time
 *       constant 600 s) which the estimator does not model;
 *   <li>tracker errors: position N(0, P) with 1-σ 50–300 m per axis and correlation −0.5…0.5
 *       (reported as the track's covariance); speed error N(0, 2 m/s²); course error N(0, 3°²);
 *       altitude error N(0, 30 m²);
 *   <li>remaining powered flight uniform 60–1200 s (1–20 min);
 *   <li>powered flight at the airspeed and heading that gave the true ground velocity in the wind
 *       at the loss, heading drift a random walk of 0.1 °/√s (INS), and with probability 0.3 one
 *       route turn of −30…+30° (uniform) at a uniform time; Euler steps of 1 s;
 *   <li>then with probability 0.7 a glide: ratio 6–9, airspeed 25–35 m/s, heading change N(0,
 *       20°²), descending at airspeed / ratio; otherwise a fall at 8–20 m/s with the forward speed
 *       decaying with a 2 s time constant; the gusting wind acts throughout.
 * </ul>
 *
 * Deterministic for the generator it is given.
 */
public final class GerberaLossSimulator {
  /** Ground height above the ellipsoid in the simulated world, metres. */
  public static final double GROUND_HEIGHT_M = 150;

  /** Stated 1-σ uncertainty of each forecast wind component, m/s. */
  public static final double FORECAST_SIGMA_MPS = 2.5;

  private static final double DT = 1;
  private static final double GUST_SIGMA = 1.0;
  private static final double GUST_TAU_S = 600;
  private static final Instant LOST_AT = Instant.parse("2025-07-28T18:30:32Z");

  /**
   * Draws one loss.
   *
   * @param rng the generator (draws in a fixed order)
   * @param id track id to give the lost track
   */
  public LostDroneCase next(RandomGenerator rng, String id) {
    double lat = 54.3 + rng.nextDouble();
    double lon = 23.5 + 2.5 * rng.nextDouble();
    double alt = 300 + 100 * rng.nextDouble();
    double speed = 40 + 10 * rng.nextDouble();
    double course = 2 * Math.PI * rng.nextDouble();
    WindEstimate forecast =
        WindEstimate.fromDirection(
            360 * rng.nextDouble(), 10 * rng.nextDouble(), FORECAST_SIGMA_MPS);
    double wMeanE = forecast.eastMps() + FORECAST_SIGMA_MPS * rng.nextGaussian();
    double wMeanN = forecast.northMps() + FORECAST_SIGMA_MPS * rng.nextGaussian();
    double gustE = GUST_SIGMA * rng.nextGaussian();
    double gustN = GUST_SIGMA * rng.nextGaussian();
    // The tracker's errors.
    double sE = 50 + 250 * rng.nextDouble();
    double sN = 50 + 250 * rng.nextDouble();
    double rho = -0.5 + rng.nextDouble();
    double z1 = rng.nextGaussian();
    double z2 = rng.nextGaussian();
    double errE = sE * z1;
    double errN = sN * (rho * z1 + Math.sqrt(1 - rho * rho) * z2);
    double speedErr = 2 * rng.nextGaussian();
    double courseErr = Math.toRadians(3) * rng.nextGaussian();
    double altErr = 30 * rng.nextGaussian();
    // Flight.
    double endurance = 60 + 1140 * rng.nextDouble();
    boolean turns = rng.nextDouble() < 0.3;
    double turnAt = endurance * rng.nextDouble();
    double turnBy = Math.toRadians(-30 + 60 * rng.nextDouble());
    double ae = speed * Math.sin(course) - (wMeanE + gustE);
    double an = speed * Math.cos(course) - (wMeanN + gustN);
    double va = Math.hypot(ae, an);
    double psi = Math.atan2(ae, an);
    double e = 0;
    double n = 0;
    double decay = Math.exp(-DT / GUST_TAU_S);
    double kick = GUST_SIGMA * Math.sqrt(1 - decay * decay);
    for (double t = 0; t < endurance; t += DT) {
      if (turns && t <= turnAt && turnAt < t + DT) {
        psi += turnBy;
      }
      psi += Math.toRadians(0.1) * Math.sqrt(DT) * rng.nextGaussian();
      e += (va * Math.sin(psi) + wMeanE + gustE) * DT;
      n += (va * Math.cos(psi) + wMeanN + gustN) * DT;
      gustE = decay * gustE + kick * rng.nextGaussian();
      gustN = decay * gustN + kick * rng.nextGaussian();
    }
    double h = alt - GROUND_HEIGHT_M;
    boolean glide = rng.nextDouble() < 0.7;
    if (glide) {
      double ratio = 6 + 3 * rng.nextDouble();
      double vg = 25 + 10 * rng.nextDouble();
      double psiG = psi + Math.toRadians(20) * rng.nextGaussian();
      double sink = vg / ratio;
      while (h > 0) {
        e += (vg * Math.sin(psiG) + wMeanE + gustE) * DT;
        n += (vg * Math.cos(psiG) + wMeanN + gustN) * DT;
        h -= sink * DT;
        gustE = decay * gustE + kick * rng.nextGaussian();
        gustN = decay * gustN + kick * rng.nextGaussian();
      }
    } else {
      double sink = 8 + 12 * rng.nextDouble();
      double fwd = va;
      double fDecay = Math.exp(-DT / 2.0);
      while (h > 0) {
        e += (fwd * Math.sin(psi) + wMeanE + gustE) * DT;
        n += (fwd * Math.cos(psi) + wMeanN + gustN) * DT;
        fwd *= fDecay;
        h -= sink * DT;
        gustE = decay * gustE + kick * rng.nextGaussian();
        gustN = decay * gustN + kick * rng.nextGaussian();
      }
    }
    LocalTangentPlane plane = new LocalTangentPlane(new GeoPoint(lat, lon, GROUND_HEIGHT_M));
    GeoPoint impact = plane.toGeo(e, n, 0);
    GeoPoint reported = plane.toGeo(errE, errN, 0);
    double rSpeed = Math.max(0, speed + speedErr);
    double rCourse = course + courseErr;
    LostTrack track =
        new LostTrack(
            id,
            LOST_AT,
            new GeoPoint(reported.latDeg(), reported.lonDeg(), alt + altErr),
            rSpeed * Math.sin(rCourse),
            rSpeed * Math.cos(rCourse),
            sE * sE,
            sN * sN,
            rho * sE * sN,
            TargetClass.LOITERING_MUNITION);
    return new LostDroneCase(
        track, forecast, GeoPoint.of(impact.latDeg(), impact.lonDeg()), endurance, glide);
  }
}
