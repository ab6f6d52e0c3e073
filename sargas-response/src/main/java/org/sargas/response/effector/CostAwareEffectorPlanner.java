package org.sargas.response.effector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.response.area.KeepOutArea;
import org.sargas.response.assignment.BranchAndBoundAssigner;
import org.sargas.response.assignment.RaidAssigner;
import org.sargas.response.assignment.RaidProblem;
import org.sargas.response.assignment.RaidSolution;
import org.sargas.response.assignment.Shot;
import org.sargas.response.assignment.ThreatOption;
import org.sargas.response.assignment.ThreatShots;
import org.sargas.response.path.GeodesicPathPredictor;
import org.sargas.response.path.MotionHypothesis;
import org.sargas.response.path.PathPredictor;
import org.sargas.response.path.PredictedPath;

/**
 * Engagement windows on the threat's straight-on predicted path, then a raid plan by a {@link
 * RaidAssigner} (see {@link RaidProblem} for the objective and the cheap-first rule).
 *
 * <p>Windows are evaluated at every path sample: slant range from the effector (geodesic distance
 * and height difference), altitude band, reaction plus fly-out time, and the keep-out areas; the
 * first run of feasible samples is the window and its first sample the planned engagement. The
 * straight-on path is used because an engagement is planned on where the threat is going; the plan
 * is re-made on every update, so a turning threat gets new windows as it turns. Pure and
 * deterministic; thread-safe when the keep-out areas are.
 */
public final class CostAwareEffectorPlanner implements EffectorPlanner {
  private final List<Effector> effectors;
  private final List<KeepOutArea> keepOuts;
  private final PathPredictor predictor;
  private final RaidAssigner assigner;
  private final EffectorSettings settings;

  /**
   * @param effectors the effectors (e.g. {@link EffectorCatalog#easternFlankDefaults()})
   * @param keepOuts collateral keep-out areas (e.g. {@link EffectorCatalog#easternFlankKeepOuts()})
   * @param predictor the threat's path
   * @param assigner the raid solver
   * @param settings horizon, leak bound, shots per threat
   */
  public CostAwareEffectorPlanner(
      List<Effector> effectors,
      List<KeepOutArea> keepOuts,
      PathPredictor predictor,
      RaidAssigner assigner,
      EffectorSettings settings) {
    this.effectors = List.copyOf(effectors);
    this.keepOuts = List.copyOf(keepOuts);
    this.predictor = Objects.requireNonNull(predictor, "predictor");
    this.assigner = Objects.requireNonNull(assigner, "assigner");
    this.settings = Objects.requireNonNull(settings, "settings");
    if (this.effectors.stream().map(Effector::id).distinct().count() != this.effectors.size()) {
      throw new IllegalArgumentException("effector ids must be unique");
    }
  }

  /** With {@link GeodesicPathPredictor} and {@link BranchAndBoundAssigner}. */
  public CostAwareEffectorPlanner(
      List<Effector> effectors, List<KeepOutArea> keepOuts, EffectorSettings settings) {
    this(effectors, keepOuts, new GeodesicPathPredictor(), new BranchAndBoundAssigner(), settings);
  }

  @Override
  public List<EngagementOption> options(Track threat) {
    return ranked(windows(threat));
  }

  private static List<EngagementOption> ranked(List<Found> found) {
    List<EngagementOption> out = new ArrayList<>();
    for (Found f : found) {
      out.add(f.option);
    }
    out.sort(
        Comparator.comparingDouble(EngagementOption::expectedCostPerKillEur)
            .thenComparing(EngagementOption::effectorId));
    return List.copyOf(out);
  }

  @Override
  public EffectorPlan plan(List<Track> raid) {
    int e = effectors.size();
    int[] stock = new int[e];
    boolean[] missile = new boolean[e];
    boolean[] cheap = new boolean[e];
    for (int j = 0; j < e; j++) {
      stock[j] = effectors.get(j).stock();
      missile[j] = effectors.get(j).kind().missile();
      cheap[j] = effectors.get(j).kind().cheap();
    }
    List<List<Found>> found = new ArrayList<>();
    List<ThreatShots> threats = new ArrayList<>();
    double naive = 0;
    for (Track t : raid) {
      List<Found> fs = windows(t);
      found.add(fs);
      List<Shot> shots = new ArrayList<>();
      double cheapestMissile = Double.POSITIVE_INFINITY;
      for (Found f : fs) {
        shots.add(new Shot(f.index, f.option.pk(), f.option.costEur(), f.startS));
        if (f.option.kind().missile()) {
          cheapestMissile = Math.min(cheapestMissile, f.option.costEur());
        }
      }
      naive += Double.isFinite(cheapestMissile) ? cheapestMissile : cheapestMissileInCatalogue();
      threats.add(new ThreatShots(classOf(t).isDrone(), shots));
    }
    RaidProblem problem =
        new RaidProblem(
            stock,
            missile,
            cheap,
            threats,
            settings.maxEngagementsPerThreat(),
            settings.maxLeakProbability(),
            settings.leakPenaltyEur());
    RaidSolution solution = assigner.solve(problem);
    int[] choice = solution.choice();
    List<ThreatAssignment> assignments = new ArrayList<>();
    for (int i = 0; i < raid.size(); i++) {
      ThreatOption o = problem.option(i, choice[i]);
      List<Engagement> engagements = new ArrayList<>();
      for (int k = 0; k < o.size(); k++) {
        int j = o.effector(k);
        Found f = found.get(i).stream().filter(x -> x.index == j).findFirst().orElseThrow();
        EngagementWindow w = f.option.window();
        Effector ef = effectors.get(j);
        engagements.add(
            new Engagement(
                ef.id(),
                ef.name(),
                ef.kind(),
                w.start(),
                w.startPoint(),
                w.end(),
                f.option.pk(),
                f.option.costEur(),
                k + 1));
      }
      assignments.add(
          new ThreatAssignment(
              raid.get(i).trackId(),
              classOf(raid.get(i)),
              engagements,
              o.leakProbability(),
              o.expectedCostEur(),
              o.leakProbability() <= settings.maxLeakProbability() + 1e-12,
              ranked(found.get(i))));
    }
    return new EffectorPlan(
        assignments,
        solution.expectedCostEur(),
        solution.expectedLeakers(),
        naive,
        settings.maxLeakProbability(),
        solution.provenOptimal(),
        Math.max(0, solution.objective() - solution.lowerBound()),
        solution.solver());
  }

  private double cheapestMissileInCatalogue() {
    return effectors.stream()
        .filter(x -> x.kind().missile())
        .mapToDouble(Effector::costPerEngagementEur)
        .min()
        .orElse(0);
  }

  private static TargetClass classOf(Track t) {
    return t.classification().targetClass();
  }

  /** A window found for effector {@code index}. */
  private record Found(int index, double startS, EngagementOption option) {}

  private List<Found> windows(Track threat) {
    PredictedPath path =
        predictor.predict(
            threat,
            MotionHypothesis.straight(),
            settings.horizonS(),
            settings.stepS(),
            settings.fallbackAltitudeM());
    TargetClass cls = classOf(threat);
    double reachM = threat.groundSpeedMps() * path.horizonS();
    List<Found> out = new ArrayList<>();
    boolean[] keptOut = null;
    for (int j = 0; j < effectors.size(); j++) {
      Effector ef = effectors.get(j);
      double pk = ef.pk(cls);
      if (pk <= 0 || ef.stock() <= 0) {
        continue;
      }
      if (path.altitudeM() < ef.minAltitudeM() || path.altitudeM() > ef.maxAltitudeM()) {
        continue; // constant altitude along the path
      }
      GeoPoint p0 = path.point(0);
      if (distanceM(ef.position(), p0.latDeg(), p0.lonDeg()) - reachM > ef.maxRangeM()) {
        continue; // the whole path stays out of range
      }
      if (keptOut == null) {
        keptOut = keepOutMask(path);
      }
      int first = -1;
      int last = -1;
      for (int i = 0; i < path.size(); i++) {
        boolean ok = !keptOut[i] && inEnvelope(ef, path, i);
        if (ok && first < 0) {
          first = i;
        }
        if (ok) {
          last = i;
        } else if (first >= 0) {
          break;
        }
      }
      if (first < 0) {
        continue;
      }
      EngagementWindow w =
          new EngagementWindow(
              path.timeAt(path.timeS(first)),
              path.timeAt(path.timeS(last)),
              path.point(first),
              path.point(last));
      double cost = ef.costPerEngagementEur();
      out.add(
          new Found(
              j,
              path.timeS(first),
              new EngagementOption(
                  threat.trackId(), ef.id(), ef.name(), ef.kind(), w, pk, cost, cost / pk)));
    }
    return out;
  }

  private boolean[] keepOutMask(PredictedPath path) {
    boolean[] m = new boolean[path.size()];
    for (int i = 0; i < m.length; i++) {
      for (KeepOutArea k : keepOuts) {
        if (k.area().inside(path.latDeg(i), path.lonDeg(i))) {
          m[i] = true;
          break;
        }
      }
    }
    return m;
  }

  private static boolean inEnvelope(Effector ef, PredictedPath path, int i) {
    double d = distanceM(ef.position(), path.latDeg(i), path.lonDeg(i));
    double dh = path.altitudeM() - ef.position().altitudeOr(0);
    double slant = Math.hypot(d, dh);
    if (slant < ef.minRangeM() || slant > ef.maxRangeM()) {
      return false;
    }
    return path.timeS(i) >= ef.reactionTimeS() + slant / ef.flyoutSpeedMps();
  }

  private static double distanceM(GeoPoint a, double latDeg, double lonDeg) {
    return Geodesic.WGS84.Inverse(a.latDeg(), a.lonDeg(), latDeg, lonDeg, GeodesicMask.DISTANCE)
        .s12;
  }
}
