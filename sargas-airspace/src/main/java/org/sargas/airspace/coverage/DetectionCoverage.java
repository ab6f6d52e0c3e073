package org.sargas.airspace.coverage;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.sensor.SensorKind;

/**
 * Detection coverage per altitude layer. For a sensor at height {@code a} and a target at height
 * {@code h} (both above a flat ground at the ellipsoid: terrain is ignored), the ground range
 * reached is the least of
 *
 * <ul>
 *   <li>the instrumented range;
 *   <li>for sensors that need a line of sight (radars, RF direction finders, ADS-B and Remote ID
 *       receivers): the radio horizon on the 4/3-earth model, {@code √(2kRa) + √(2kRh)}, k = 4/3, R
 *       = 6,371 km;
 *   <li>with a minimum elevation ε: the largest d with {@code (h − a)/d − d/(2kR) ≥ tan ε}.
 * </ul>
 *
 * Acoustic arrays need no line of sight (sound bends round the horizon at these ranges): range
 * only. The area is a geodesic circle of that radius round the site. The fused layer is the union
 * of the sensors that see non-cooperative targets. Stateless and thread-safe.
 */
public final class DetectionCoverage {
  /** The id of the fused layer. */
  public static final String FUSED = "FUSED";

  /** Effective earth radius of the 4/3-earth model, m. */
  public static final double EFFECTIVE_EARTH_RADIUS_M = 4.0 / 3.0 * 6_371_000.0;

  private static final int VERTICES = 144;
  private final GeometryFactory geometry = new GeometryFactory();

  /** The radio horizon distance between heights {@code a} and {@code h} (≥ 0), m. */
  public static double horizonM(double antennaHeightM, double targetHeightM) {
    return Math.sqrt(2 * EFFECTIVE_EARTH_RADIUS_M * Math.max(0, antennaHeightM))
        + Math.sqrt(2 * EFFECTIVE_EARTH_RADIUS_M * Math.max(0, targetHeightM));
  }

  /** One sensor's coverage at {@code altitudeM}. */
  public CoverageArea sensor(SensorCoverageSpec spec, double altitudeM) {
    var s = spec.sensor();
    double a = s.site().altitudeOr(0);
    double range = s.maxRangeM();
    CoverageLimit limit = CoverageLimit.RANGE;
    if (s.kind() != SensorKind.ACOUSTIC) {
      double horizon = horizonM(a, altitudeM);
      if (horizon < range) {
        range = horizon;
        limit = CoverageLimit.HORIZON;
      }
    }
    if (!Double.isNaN(spec.minElevationDeg())) {
      double d =
          maxRangeAboveElevation(altitudeM - a, Math.tan(Math.toRadians(spec.minElevationDeg())));
      if (d < range) {
        range = d;
        limit = d > 0 ? CoverageLimit.MIN_ELEVATION : CoverageLimit.NONE;
      }
    }
    boolean cooperative =
        s.kind() == SensorKind.ADSB_RECEIVER || s.kind() == SensorKind.REMOTE_ID_RECEIVER;
    Geometry area = range > 0 ? circle(s.site(), range) : geometry.createPolygon();
    return new CoverageArea(
        s.id(), s.kind(), altitudeM, Math.max(0, range), limit, cooperative, area);
  }

  /**
   * Every sensor's coverage at {@code altitudeM} and, last, the fused layer (union of those that
   * see non-cooperative targets).
   */
  public List<CoverageArea> all(List<SensorCoverageSpec> sensors, double altitudeM) {
    List<CoverageArea> out = new ArrayList<>();
    List<Geometry> seeing = new ArrayList<>();
    for (SensorCoverageSpec s : sensors) {
      CoverageArea c = sensor(s, altitudeM);
      out.add(c);
      if (!c.cooperativeOnly() && !c.area().isEmpty()) {
        seeing.add(c.area());
      }
    }
    Geometry fused = seeing.isEmpty() ? geometry.createPolygon() : UnaryUnionOp.union(seeing);
    out.add(
        new CoverageArea(FUSED, null, altitudeM, Double.NaN, CoverageLimit.RANGE, false, fused));
    return out;
  }

  /**
   * The largest ground distance d at which a target {@code dh} above the antenna is seen at an
   * elevation of at least atan(t): the larger root of {@code d² /(2kR) + t·d − dh = 0}, or 0.
   */
  static double maxRangeAboveElevation(double dh, double t) {
    double c = 1 / (2 * EFFECTIVE_EARTH_RADIUS_M);
    double disc = t * t + 4 * c * dh;
    if (disc < 0) {
      return 0;
    }
    double d = (-t + Math.sqrt(disc)) / (2 * c);
    return Math.max(0, d);
  }

  private Geometry circle(GeoPoint centre, double radiusM) {
    Coordinate[] ring = new Coordinate[VERTICES + 1];
    for (int i = 0; i < VERTICES; i++) {
      GeoPoint p = Wgs84.destination(centre, 360.0 * i / VERTICES, radiusM);
      ring[i] = new Coordinate(p.lonDeg(), p.latDeg());
    }
    ring[VERTICES] = ring[0];
    return geometry.createPolygon(ring);
  }
}
