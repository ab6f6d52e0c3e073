package org.sargas.pipeline.sector;

import java.util.HashMap;
import java.util.Map;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.BearingMeasurement;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Measurement;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PlanarMeasurement;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.model.observation.SystemTrackMeasurement;
import org.sargas.model.sensor.Sensor;

/**
 * Sends each report to the sectors that track it ({@link SectorGrid#sectorsFor}): the sector that
 * owns the reported position and every sector whose halo holds it. A radar plot's position is
 * placed from its sensor's site with a local flat-earth step (error well under 1 % of range, far
 * inside the halo); a bearing goes to every sector its sensor's coverage meets; a report that
 * cannot be placed (an unknown sensor's plot) goes to every sector. The same routing keys the Flink
 * job's tracking. Not thread-safe (scratch space); allocation-free.
 */
public final class SectorRouter {
  private static final double EARTH_RADIUS_M = 6_371_008.8;

  private final SectorGrid grid;
  private final LocalTangentPlane region;
  private final Map<String, Site> sites = new HashMap<>();
  private final double[] enu = new double[3];

  private record Site(double latDeg, double lonDeg, double eastM, double northM, double rangeM) {}

  /**
   * @param grid the sectors
   * @param region the tangent plane the grid lies in
   * @param sensors every sensor that may report, by id
   */
  public SectorRouter(SectorGrid grid, LocalTangentPlane region, Map<String, Sensor> sensors) {
    this.grid = grid;
    this.region = region;
    double[] e = new double[3];
    for (Sensor s : sensors.values()) {
      GeoPoint p = s.site();
      region.toEnu(p.latDeg(), p.lonDeg(), 0, e);
      double r = s.maxRangeM() > 0 && Double.isFinite(s.maxRangeM()) ? s.maxRangeM() : -1;
      sites.put(s.id(), new Site(p.latDeg(), p.lonDeg(), e[0], e[1], r));
    }
  }

  /** The grid. */
  public SectorGrid grid() {
    return grid;
  }

  /**
   * The sectors that must see this report, owner first.
   *
   * @param out receives sector ids; at least {@code grid().count()} long
   * @return how many were written
   */
  public int route(Observation o, int[] out) {
    Measurement m = o.measurement();
    if (m instanceof GeodeticMeasurement g) {
      return at(g.position(), out);
    }
    if (m instanceof SystemTrackMeasurement s) {
      return at(s.position(), out);
    }
    if (m instanceof PlanarMeasurement p) {
      return grid.sectorsFor(p.xM(), p.yM(), out);
    }
    Site site = sites.get(o.sensorId());
    if (m instanceof PolarMeasurement p && site != null) {
      double ground = p.hasElevation() ? p.rangeM() * Math.cos(p.elevationRad()) : p.rangeM();
      double latDeg =
          site.latDeg + Math.toDegrees(ground * Math.cos(p.azimuthRad()) / EARTH_RADIUS_M);
      double lonDeg =
          site.lonDeg
              + Math.toDegrees(
                  ground
                      * Math.sin(p.azimuthRad())
                      / (EARTH_RADIUS_M * Math.cos(Math.toRadians(site.latDeg))));
      region.toEnu(latDeg, lonDeg, 0, enu);
      return grid.sectorsFor(enu[0], enu[1], out);
    }
    if (m instanceof BearingMeasurement && site != null && site.rangeM >= 0) {
      return grid.sectorsWithin(site.eastM, site.northM, site.rangeM, out);
    }
    return all(out);
  }

  /** The sector that owns a position. */
  public int ownerOf(GeoPoint p) {
    region.toEnu(p.latDeg(), p.lonDeg(), 0, enu);
    return grid.ownerOf(enu[0], enu[1]);
  }

  private int at(GeoPoint p, int[] out) {
    region.toEnu(p.latDeg(), p.lonDeg(), 0, enu);
    return grid.sectorsFor(enu[0], enu[1], out);
  }

  private int all(int[] out) {
    for (int i = 0; i < grid.count(); i++) {
      out[i] = i;
    }
    return grid.count();
  }
}
