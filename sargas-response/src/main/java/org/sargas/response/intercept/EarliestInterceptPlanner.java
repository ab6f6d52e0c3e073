package org.sargas.response.intercept;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.Track;
import org.sargas.response.area.AreaTest;
import org.sargas.response.area.ProtectedSite;
import org.sargas.response.path.GeodesicPathPredictor;
import org.sargas.response.path.MotionHypothesis;
import org.sargas.response.path.PathPredictor;
import org.sargas.response.path.PredictedPath;

/**
 * For each base and each motion hypothesis (straight, and turning left and right at the configured
 * rate), the earliest time {@code t} at which the interceptor can be where the threat will be: the
 * first root of
 *
 * <pre>  g(t) = timeToReach(base, path(t)) − t</pre>
 *
 * found by scanning the predicted path sample by sample (the first sample with {@code g ≤ 0}) and
 * bisecting between it and the previous sample to about 1 ms. {@code g} need not be monotonic (a
 * threat may pass the base and fly away), which is why the scan, not a plain root finder, decides
 * which crossing is the first. The threat's entry into the protected area and its arrival at each
 * protected site are found on the same path the same way.
 *
 * <p>Pure and deterministic; thread-safe when its {@link AreaTest} is.
 */
public final class EarliestInterceptPlanner implements InterceptPlanner {
  private static final int BISECTIONS = 14;

  private final List<QraBase> bases;
  private final InterceptorKinematics kinematics;
  private final PathPredictor predictor;
  private final AreaTest protectedArea;
  private final List<ProtectedSite> sites;
  private final InterceptSettings settings;
  private final List<MotionHypothesis> hypotheses;

  /**
   * @param bases the bases to consider (e.g. {@link QraCatalog#defaults()})
   * @param kinematics time for an interceptor to reach a point
   * @param predictor the threat's path under each hypothesis
   * @param protectedArea the airspace to defend (e.g. the national airspace, from the airspace
   *     stage)
   * @param sites protected sites (may be empty)
   * @param settings horizon, step, hypotheses
   */
  public EarliestInterceptPlanner(
      List<QraBase> bases,
      InterceptorKinematics kinematics,
      PathPredictor predictor,
      AreaTest protectedArea,
      List<ProtectedSite> sites,
      InterceptSettings settings) {
    this.bases = List.copyOf(bases);
    this.kinematics = Objects.requireNonNull(kinematics, "kinematics");
    this.predictor = Objects.requireNonNull(predictor, "predictor");
    this.protectedArea = Objects.requireNonNull(protectedArea, "protectedArea");
    this.sites = List.copyOf(sites);
    this.settings = Objects.requireNonNull(settings, "settings");
    this.hypotheses = MotionHypothesis.standardSet(settings.turnRateDps(), settings.maxTurnDeg());
  }

  /** With {@link ScrambleClimbDashKinematics} and {@link GeodesicPathPredictor}. */
  public EarliestInterceptPlanner(
      List<QraBase> bases,
      AreaTest protectedArea,
      List<ProtectedSite> sites,
      InterceptSettings settings) {
    this(
        bases,
        new ScrambleClimbDashKinematics(),
        new GeodesicPathPredictor(),
        protectedArea,
        sites,
        settings);
  }

  @Override
  public List<InterceptRecommendation> plan(Track threat) {
    List<InterceptRecommendation> out = new ArrayList<>();
    for (MotionHypothesis h : hypotheses) {
      PredictedPath path =
          predictor.predict(
              threat, h, settings.horizonS(), settings.stepS(), settings.fallbackAltitudeM());
      OptionalDouble entry = path.firstInsideS(protectedArea);
      boolean insideNow = entry.isPresent() && entry.getAsDouble() == 0;
      double entryS = entry.isPresent() && !insideNow ? entry.getAsDouble() : Double.NaN;
      ProtectedSite firstSite = null;
      double siteS = Double.POSITIVE_INFINITY;
      for (ProtectedSite s : sites) {
        OptionalDouble r = path.firstReachS(s);
        if (r.isPresent() && r.getAsDouble() < siteS) {
          siteS = r.getAsDouble();
          firstSite = s;
        }
      }
      for (QraBase base : bases) {
        double t = earliestInterceptS(base, path);
        if (Double.isNaN(t)) {
          continue;
        }
        boolean beforeBorder = !insideNow && (Double.isNaN(entryS) || t <= entryS);
        boolean beforeSite = firstSite == null || (siteS > 0 && t <= siteS);
        InterceptDeadline deadline;
        double deadlineS;
        if (!Double.isNaN(entryS) && (firstSite == null || entryS <= siteS)) {
          deadline = InterceptDeadline.BORDER;
          deadlineS = entryS;
        } else if (firstSite != null) {
          deadline = InterceptDeadline.SITE;
          deadlineS = siteS;
        } else {
          deadline = InterceptDeadline.HORIZON;
          deadlineS = path.horizonS();
        }
        GeoPoint at = path.at(t);
        out.add(
            new InterceptRecommendation(
                threat.trackId(),
                base.id(),
                base.name(),
                base.aircraft().type(),
                h.name(),
                path.timeAt(t),
                at,
                t,
                beforeBorder,
                beforeSite,
                Double.isNaN(entryS) ? null : path.timeAt(entryS),
                firstSite == null ? null : firstSite.id(),
                firstSite == null ? null : path.timeAt(siteS),
                deadline,
                deadlineS - t));
      }
    }
    out.sort(InterceptRecommendation.RANKING);
    return List.copyOf(out);
  }

  /** The first t (s after the track time) with timeToReach(path(t)) ≤ t, or NaN if none. */
  private double earliestInterceptS(QraBase base, PredictedPath path) {
    double alt = path.altitudeM();
    double prevT = Double.NaN;
    for (int i = 0; i < path.size(); i++) {
      double t = path.timeS(i);
      double g = kinematics.timeToReachS(base, path.latDeg(i), path.lonDeg(i), alt) - t;
      if (g <= 0) {
        if (i == 0) {
          return 0;
        }
        double lo = prevT;
        double hi = t;
        for (int k = 0; k < BISECTIONS; k++) {
          double mid = (lo + hi) / 2;
          GeoPoint p = path.at(mid);
          if (kinematics.timeToReachS(base, p.latDeg(), p.lonDeg(), alt) - mid <= 0) {
            hi = mid;
          } else {
            lo = mid;
          }
        }
        return hi;
      }
      prevT = t;
    }
    return Double.NaN;
  }
}
