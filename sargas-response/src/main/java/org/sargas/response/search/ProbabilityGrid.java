package org.sargas.response.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;

/**
 * The probability that a lost drone came down in each cell of a square grid in the east-north
 * tangent plane at {@code origin}; the probabilities sum to 1. Cell {@code (c, r)} spans east
 * {@code [eastMinM + c·cell, eastMinM + (c+1)·cell)} and north {@code [northMinM + r·cell, …)}.
 * Immutable and thread-safe; equality compares every cell.
 */
public final class ProbabilityGrid {
  private final GeoPoint origin;
  private final LocalTangentPlane plane;
  private final double cellSizeM;
  private final double eastMinM;
  private final double northMinM;
  private final int columns;
  private final int rows;
  private final double[] p;

  /** Probabilities sorted descending, with running sums; computed on first use (idempotent). */
  private volatile double[][] ranked;

  /**
   * @param origin tangent point of the plane (altitude = ground height)
   * @param cellSizeM cell edge, metres, &gt; 0
   * @param eastMinM east coordinate of the grid's west edge, metres
   * @param northMinM north coordinate of the grid's south edge, metres
   * @param columns number of columns, &ge; 1
   * @param rows number of rows, &ge; 1
   * @param probability row-major ({@code r·columns + c}) probabilities, copied
   */
  public ProbabilityGrid(
      GeoPoint origin,
      double cellSizeM,
      double eastMinM,
      double northMinM,
      int columns,
      int rows,
      double[] probability) {
    this.origin = Objects.requireNonNull(origin, "origin");
    if (!(cellSizeM > 0) || columns < 1 || rows < 1) {
      throw new IllegalArgumentException("cell size > 0 and at least one cell required");
    }
    if (probability.length != columns * rows) {
      throw new IllegalArgumentException("probability length must be columns × rows");
    }
    this.plane = new LocalTangentPlane(origin);
    this.cellSizeM = cellSizeM;
    this.eastMinM = eastMinM;
    this.northMinM = northMinM;
    this.columns = columns;
    this.rows = rows;
    this.p = probability.clone();
  }

  public GeoPoint origin() {
    return origin;
  }

  /** Cell edge, metres. */
  public double cellSizeM() {
    return cellSizeM;
  }

  /** East coordinate of the west edge, metres. */
  public double eastMinM() {
    return eastMinM;
  }

  /** North coordinate of the south edge, metres. */
  public double northMinM() {
    return northMinM;
  }

  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  /** Probability of cell {@code (column, row)}. */
  public double probability(int column, int row) {
    return p[row * columns + column];
  }

  /** All probabilities, row-major (a copy). */
  public double[] probabilities() {
    return p.clone();
  }

  /** The centre of a cell. */
  public GeoPoint cellCentre(int column, int row) {
    GeoPoint g =
        plane.toGeo(eastMinM + (column + 0.5) * cellSizeM, northMinM + (row + 0.5) * cellSizeM, 0);
    return GeoPoint.of(g.latDeg(), g.lonDeg());
  }

  /** A grid corner (column, row in [0, columns] × [0, rows]) as a position. */
  GeoPoint corner(int column, int row) {
    GeoPoint g = plane.toGeo(eastMinM + column * cellSizeM, northMinM + row * cellSizeM, 0);
    return GeoPoint.of(g.latDeg(), g.lonDeg());
  }

  /** Row-major index of the cell holding a position, or −1 outside the grid. */
  public int cellIndex(GeoPoint position) {
    double[] enu = new double[3];
    plane.toEnu(position.latDeg(), position.lonDeg(), origin.altitudeOr(0), enu);
    int c = (int) Math.floor((enu[0] - eastMinM) / cellSizeM);
    int r = (int) Math.floor((enu[1] - northMinM) / cellSizeM);
    if (c < 0 || r < 0 || c >= columns || r >= rows) {
      return -1;
    }
    return r * columns + c;
  }

  /** Probability of the cell holding a position (0 outside the grid). */
  public double probabilityAt(GeoPoint position) {
    int i = cellIndex(position);
    return i < 0 ? 0 : p[i];
  }

  /**
   * The highest-density threshold of a mass: the smallest cell probability among the fewest cells
   * whose probabilities sum to at least {@code mass} (cells with that probability are all in).
   *
   * @param mass in (0, 1]
   */
  public double threshold(double mass) {
    if (!(mass > 0 && mass <= 1)) {
      throw new IllegalArgumentException("mass in (0, 1]");
    }
    double[][] r = ranked();
    double[] desc = r[0];
    double[] cum = r[1];
    double target = mass * cum[cum.length - 1] * (1 - 1e-12);
    int lo = 0;
    int hi = cum.length - 1;
    while (lo < hi) { // first index whose running sum reaches the target
      int mid = (lo + hi) >>> 1;
      if (cum[mid] >= target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return desc[lo];
  }

  private double[][] ranked() {
    double[][] r = ranked;
    if (r == null) {
      double[] sorted = p.clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      double[] desc = new double[n];
      double[] cum = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        desc[i] = sorted[n - 1 - i];
        sum += desc[i];
        cum[i] = sum;
      }
      r = new double[][] {desc, cum};
      ranked = r;
    }
    return r;
  }

  /** Cells of the highest-density region of a mass, row-major mask. */
  public boolean[] region(double mass) {
    double t = threshold(mass);
    boolean[] m = new boolean[p.length];
    for (int i = 0; i < p.length; i++) {
      m[i] = p[i] > 0 && p[i] >= t;
    }
    return m;
  }

  /** Whether a position lies in the highest-density region of a mass. */
  public boolean inRegion(GeoPoint position, double mass) {
    int i = cellIndex(position);
    return i >= 0 && p[i] > 0 && p[i] >= threshold(mass);
  }

  /** The cells with non-zero probability, row-major order (for maps and exports). */
  public List<GridCell> nonZeroCells() {
    List<GridCell> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        double v = p[r * columns + c];
        if (v > 0) {
          out.add(new GridCell(c, r, cellCentre(c, r), v));
        }
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProbabilityGrid g
        && origin.equals(g.origin)
        && cellSizeM == g.cellSizeM
        && eastMinM == g.eastMinM
        && northMinM == g.northMinM
        && columns == g.columns
        && rows == g.rows
        && Arrays.equals(p, g.p);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, cellSizeM, eastMinM, northMinM, columns, rows)
        + 31 * Arrays.hashCode(p);
  }

  @Override
  public String toString() {
    return "ProbabilityGrid["
        + columns
        + "x"
        + rows
        + " cells of "
        + cellSizeM
        + " m at "
        + origin
        + "]";
  }
}
