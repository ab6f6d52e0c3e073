package org.sargas.server.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sargas.model.geo.GeoPoint;
import org.sargas.response.effector.EffectorPlan;
import org.sargas.response.effector.Engagement;
import org.sargas.response.effector.EngagementOption;
import org.sargas.response.effector.ThreatAssignment;
import org.sargas.response.intercept.InterceptRecommendation;
import org.sargas.response.search.SearchArea;

/**
 * The JSON shapes of the response recommendations (docs/response.md, docs/api.md), shared by {@code
 * scenario run --format json} and the API. Positions are {@code lat}/{@code lon}; polygons are
 * GeoJSON MultiPolygon geometries ({@code [lon, lat]}).
 */
public final class ResponseJson {
  private ResponseJson() {}

  /** One QRA intercept recommendation. */
  public static Map<String, Object> intercept(InterceptRecommendation r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trackId", r.trackId());
    m.put("base", r.baseId());
    m.put("baseName", r.baseName());
    m.put("aircraft", r.aircraftType());
    m.put("hypothesis", r.hypothesis());
    m.put("interceptTime", r.interceptTime().toString());
    m.put("interceptPoint", point(r.interceptPoint()));
    m.put("timeToInterceptS", round(r.timeToInterceptS(), 1));
    m.put("beforeBorder", r.beforeBorder());
    m.put("beforeSite", r.beforeSite());
    m.put("borderEntryTime", r.borderEntryTime() == null ? null : r.borderEntryTime().toString());
    m.put("deadline", r.deadline().name());
    m.put("timeMarginS", round(r.timeMarginS(), 1));
    return m;
  }

  /** A raid's effector plan. */
  public static Map<String, Object> effectorPlan(EffectorPlan p) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Map<String, Object>> assignments = new ArrayList<>();
    for (ThreatAssignment a : p.assignments()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("trackId", a.trackId());
      t.put("targetClass", a.targetClass().name());
      List<Map<String, Object>> engagements = new ArrayList<>();
      for (Engagement e : a.engagements()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("order", e.order());
        x.put("effector", e.effectorId());
        x.put("effectorName", e.effectorName());
        x.put("kind", e.kind().name());
        x.put("time", e.time().toString());
        x.put("point", point(e.point()));
        x.put("pk", round(e.pk(), 3));
        x.put("costEur", round(e.costEur(), 0));
        engagements.add(x);
      }
      t.put("engagements", engagements);
      t.put("leakProbability", round(a.leakProbability(), 4));
      t.put("expectedCostEur", round(a.expectedCostEur(), 0));
      t.put("meetsLeakBound", a.meetsLeakBound());
      assignments.add(t);
    }
    m.put("assignments", assignments);
    m.put("expectedCost", round(p.expectedCostEur(), 0));
    m.put("expectedLeakers", round(p.expectedLeakers(), 3));
    m.put("missilesOnEverythingCost", round(p.missilesOnEverythingCostEur(), 0));
    m.put("maxLeakProbability", p.maxLeakProbability());
    m.put("provenOptimal", p.provenOptimal());
    m.put("solver", p.solver());
    m.put("note", "Recommendation only: a human decides.");
    return m;
  }

  /** One drone's feasible engagement. */
  public static Map<String, Object> option(EngagementOption o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("effector", o.effectorId());
    m.put("effectorName", o.effectorName());
    m.put("kind", o.kind().name());
    m.put("windowStart", o.window().start().toString());
    m.put("windowEnd", o.window().end().toString());
    m.put("pk", round(o.pk(), 3));
    m.put("costEur", round(o.costEur(), 0));
    m.put("expectedCostPerKillEur", round(o.expectedCostPerKillEur(), 0));
    return m;
  }

  /** A lost drone's search area. */
  public static Map<String, Object> searchArea(SearchArea a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trackId", a.trackId());
    m.put("lostTime", a.lostTime().toString());
    m.put("lastKnown", point(a.lastKnownPosition()));
    m.put("targetClass", a.targetClass().name());
    m.put("area50Km2", round(a.area50Km2(), 1));
    m.put("area90Km2", round(a.area90Km2(), 1));
    m.put("polygon50", multiPolygon(a.multiPolygon50()));
    m.put("polygon90", multiPolygon(a.multiPolygon90()));
    m.put("particles", a.particles());
    m.put("seed", a.seed());
    return m;
  }

  /** A GeoJSON MultiPolygon geometry. */
  public static Map<String, Object> multiPolygon(List<List<List<GeoPoint>>> polygons) {
    List<List<List<double[]>>> coords = new ArrayList<>();
    for (List<List<GeoPoint>> polygon : polygons) {
      List<List<double[]>> rings = new ArrayList<>();
      for (List<GeoPoint> ring : polygon) {
        List<double[]> r = new ArrayList<>(ring.size());
        for (GeoPoint p : ring) {
          r.add(new double[] {round7(p.lonDeg()), round7(p.latDeg())});
        }
        rings.add(r);
      }
      coords.add(rings);
    }
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("type", "MultiPolygon");
    g.put("coordinates", coords);
    return g;
  }

  private static Map<String, Object> point(GeoPoint p) {
    if (p == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lat", round7(p.latDeg()));
    m.put("lon", round7(p.lonDeg()));
    return m;
  }

  private static double round7(double v) {
    return Math.round(v * 1e7) / 1e7;
  }

  private static Double round(double v, int digits) {
    if (!Double.isFinite(v)) {
      return null;
    }
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
