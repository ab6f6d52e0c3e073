package org.sargas.track;

import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;

/** Test geometry: region east/north of the point on the ellipsoid below a target, and back. */
final class TestGeometry {
  private TestGeometry() {}

  /** The target above the ellipsoid point with region coordinates (e, n), at {@code altitudeM}. */
  static GeoPoint surface(LocalTangentPlane region, double e, double n, double altitudeM) {
    double[] out = new double[3];
    double u = -(e * e + n * n) / (2 * 6_371_000.0);
    region.toGeo(e, n, u, out);
    region.toGeo(e, n, u - out[2], out);
    return new GeoPoint(out[0], out[1], altitudeM);
  }

  /** Region east/north (and up of the ellipsoid point) of the point below {@code p}. */
  static double[] enu(LocalTangentPlane region, GeoPoint p) {
    double[] out = new double[3];
    region.toEnu(p.latDeg(), p.lonDeg(), 0.0, out);
    return out;
  }
}
