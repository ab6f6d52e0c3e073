package org.sargas.pipeline.sector;

import java.util.Collection;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.sensor.Sensor;

/**
 * A grid of sectors over the region's tangent plane (east/north metres): {@code columns × rows}
 * equal cells over the box the sensors cover. Positions outside the box belong to the nearest edge
 * sector. Each sector's <em>core</em> is its cell (the sectors' cores tile the plane, so every
 * position has exactly one owner); its <em>halo</em> extends the cell by {@link
 * SectorSettings#haloM()} on every side. Sector ids run {@code row * columns + column} from the
 * south-west. Immutable and thread-safe; allocation-free.
 */
public final class SectorGrid {
  /** Box used when no sensor has a usable range: ±500 km around the region's origin. */
  static final double DEFAULT_HALF_EXTENT_M = 500_000;

  private final SectorSettings settings;
  private final double minEastM;
  private final double minNorthM;
  private final double cellEastM;
  private final double cellNorthM;

  /**
   * A grid over a box of the tangent plane.
   *
   * @param settings columns, rows and halo
   * @param minEastM west edge of the box, m
   * @param minNorthM south edge of the box, m
   * @param maxEastM east edge of the box, m
   * @param maxNorthM north edge of the box, m
   */
  public SectorGrid(
      SectorSettings settings,
      double minEastM,
      double minNorthM,
      double maxEastM,
      double maxNorthM) {
    if (!(maxEastM > minEastM && maxNorthM > minNorthM)) {
      throw new IllegalArgumentException(
          "sector grid: empty box "
              + minEastM
              + ".."
              + maxEastM
              + " x "
              + minNorthM
              + ".."
              + maxNorthM);
    }
    this.settings = settings;
    this.minEastM = minEastM;
    this.minNorthM = minNorthM;
    this.cellEastM = (maxEastM - minEastM) / settings.columns();
    this.cellNorthM = (maxNorthM - minNorthM) / settings.rows();
  }

  /**
   * The grid over the box that the sensors' coverage circles (site ± maximum range) span in the
   * region's tangent plane; ±500 km around the origin when no sensor has a range.
   */
  public static SectorGrid covering(
      LocalTangentPlane region, Collection<Sensor> sensors, SectorSettings settings) {
    double minE = Double.POSITIVE_INFINITY;
    double minN = Double.POSITIVE_INFINITY;
    double maxE = Double.NEGATIVE_INFINITY;
    double maxN = Double.NEGATIVE_INFINITY;
    double[] enu = new double[3];
    for (Sensor s : sensors) {
      double r = s.maxRangeM();
      if (!(r > 0) || Double.isInfinite(r)) {
        continue;
      }
      region.toEnu(s.site().latDeg(), s.site().lonDeg(), 0, enu);
      minE = Math.min(minE, enu[0] - r);
      maxE = Math.max(maxE, enu[0] + r);
      minN = Math.min(minN, enu[1] - r);
      maxN = Math.max(maxN, enu[1] + r);
    }
    if (minE == Double.POSITIVE_INFINITY) {
      double h = DEFAULT_HALF_EXTENT_M;
      return new SectorGrid(settings, -h, -h, h, h);
    }
    return new SectorGrid(settings, minE, minN, maxE, maxN);
  }

  /** The settings. */
  public SectorSettings settings() {
    return settings;
  }

  /** The number of sectors. */
  public int count() {
    return settings.count();
  }

  /** The sector whose core holds the position. */
  public int ownerOf(double eastM, double northM) {
    return rowOf(northM) * settings.columns() + columnOf(eastM);
  }

  /**
   * The sectors that track a report at this position: its owner first, then every other sector
   * whose halo holds it, in id order.
   *
   * @param out receives the sector ids; at least {@link #count()} long
   * @return how many were written
   */
  public int sectorsFor(double eastM, double northM, int[] out) {
    return sectorsWithin(eastM, northM, 0, out);
  }

  /**
   * The sectors whose halo meets the square of half-side {@code radiusM} around the position (a
   * bearing sensor's coverage, say): the position's owner first, then the others in id order.
   *
   * @return how many were written to {@code out}
   */
  public int sectorsWithin(double eastM, double northM, double radiusM, int[] out) {
    int owner = ownerOf(eastM, northM);
    out[0] = owner;
    int n = 1;
    double reach = radiusM + settings.haloM();
    int c0 = columnOf(eastM - reach);
    int c1 = columnOf(eastM + reach);
    int r0 = rowOf(northM - reach);
    int r1 = rowOf(northM + reach);
    for (int r = r0; r <= r1; r++) {
      for (int c = c0; c <= c1; c++) {
        int id = r * settings.columns() + c;
        if (id != owner) {
          out[n++] = id;
        }
      }
    }
    return n;
  }

  /** A sector's name for logs and metrics: {@code S<row>.<column>}. */
  public String name(int sector) {
    return "S" + sector / settings.columns() + "." + sector % settings.columns();
  }

  private int columnOf(double eastM) {
    return clamp((int) Math.floor((eastM - minEastM) / cellEastM), settings.columns());
  }

  private int rowOf(double northM) {
    return clamp((int) Math.floor((northM - minNorthM) / cellNorthM), settings.rows());
  }

  private static int clamp(int i, int n) {
    return i < 0 ? 0 : Math.min(i, n - 1);
  }
}
