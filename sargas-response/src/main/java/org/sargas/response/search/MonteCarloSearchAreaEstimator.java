package org.sargas.response.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.response.area.CoverageTest;

/**
 * A seeded Monte Carlo of where a lost drone came down, smoothed into a probability grid.
 *
 * <p>Per particle, in the east-north tangent plane at the last known position (flat: at 60 km the
 * plane departs from the geodesic by metres, far below the spread):
 *
 * <ol>
 *   <li>position ~ N(last estimate, the track's 2×2 position covariance) (Cholesky factor);
 *   <li>ground speed ~ N(speed, σ_v²), course ~ N(course, σ_c²) (the track carries no velocity
 *       covariance, so σ_v and σ_c come from the class model);
 *   <li>wind ~ N(mean, σ_w² I) from the {@link WindSource} at the last position and time; the air
 *       velocity is ground velocity − wind, so the drone's airspeed and heading are those that
 *       produced the observed ground velocity in that wind;
 *   <li>powered flight for a remaining endurance drawn from the class model, in steps of at most 10
 *       s, at constant airspeed and altitude, the heading a random walk of {@code
 *       wander·√(step)·N(0,1)} per step, ground velocity = air velocity + wind; each step inside
 *       sensor coverage multiplies the particle's weight by {@code (1 − p_detect/min)^(step/60)};
 *   <li>descent from the height above ground: with the class's probability a fall at the descent
 *       rate, drifting with the wind (plus 2 s of forward momentum); otherwise a glide at a ratio
 *       drawn uniformly from the model's range, at the glide airspeed, on a heading turned by N(0,
 *       σ_turn²) from the last one, plus the wind over the glide time.
 * </ol>
 *
 * <p>The weighted impact points are binned on a grid of square cells (linear binning: each point
 * shared among the four nearest cell centres) and smoothed with a Gaussian kernel whose covariance
 * follows Scott's rule for two dimensions, {@code H = n_eff^(−1/3) Σ} ({@code Σ} the weighted
 * impact covariance, {@code n_eff = (Σw)²/Σw²}), with each principal axis at least {@code max(50 m,
 * cell/2)}, truncated at Mahalanobis radius 3.5 and normalised. The anisotropic kernel follows the
 * long, narrow shape of the impact cloud, so the regions are neither ragged (histogram noise at 5
 * 000 particles) nor blown up sideways. The 50 % and 90 % regions are the highest-density sets of
 * cells ({@link ProbabilityGrid#threshold}) and their outlines are traced along cell edges ({@code
 * GridContour}).
 *
 * <p>Deterministic: one {@link SplittableRandom} seeded from the settings, drawn in a fixed order.
 * No I/O, no clock. Stateless and thread-safe (when the wind and coverage sources are).
 */
public final class MonteCarloSearchAreaEstimator implements SearchAreaEstimator {
  /** The grid holds at most this many cells; coarser cells are used when it would need more. */
  public static final int MAX_CELLS = 250_000;

  private static final double STEP_S = 10;
  private static final double KERNEL_RADIUS = 3.5;
  private static final double MIN_BANDWIDTH_M = 50;
  private static final double FALL_MOMENTUM_S = 2;

  @Override
  public SearchArea estimate(LostTrack lost, SearchSettings s) {
    LostDroneModel model = s.modelFor(lost.targetClass());
    double ground = s.groundHeightM();
    GeoPoint origin = new GeoPoint(lost.position().latDeg(), lost.position().lonDeg(), ground);
    LocalTangentPlane plane = new LocalTangentPlane(origin);
    double alt = lost.position().altitudeOr(ground + model.fallbackHeightAglM());
    WindEstimate wind = s.wind().windAt(origin.latDeg(), origin.lonDeg(), alt, lost.lostTime());
    int n = s.particles();
    double[] pe = new double[n];
    double[] pn = new double[n];
    double[] w = new double[n];
    simulate(lost, model, wind, alt, ground, plane, s, pe, pn, w);
    ProbabilityGrid grid = smooth(origin, s.cellSizeM(), pe, pn, w);
    boolean[] r50 = grid.region(0.5);
    boolean[] r90 = grid.region(0.9);
    double cellKm2 = grid.cellSizeM() * grid.cellSizeM() / 1e6;
    return new SearchArea(
        lost.trackId(),
        lost.lostTime(),
        lost.position(),
        lost.targetClass(),
        grid,
        GridContour.rings(grid, r50),
        GridContour.rings(grid, r90),
        count(r50) * cellKm2,
        count(r90) * cellKm2,
        n,
        s.seed());
  }

  private static void simulate(
      LostTrack lost,
      LostDroneModel m,
      WindEstimate wind,
      double alt,
      double ground,
      LocalTangentPlane plane,
      SearchSettings s,
      double[] pe,
      double[] pn,
      double[] weight) {
    SplittableRandom rng = new SplittableRandom(s.seed());
    // Cholesky factor of the position covariance (a degenerate one is clamped to positive).
    double l11 = Math.sqrt(Math.max(lost.varEastM2(), 1e-6));
    double l21 = lost.covEastNorthM2() / l11;
    double l22 = Math.sqrt(Math.max(lost.varNorthM2() - l21 * l21, 1e-6));
    double speed0 = lost.groundSpeedMps();
    double course0 = Math.toRadians(lost.courseDeg());
    double sigmaCourse = Math.toRadians(m.courseSigmaDeg());
    double wander = Math.toRadians(m.headingWanderDegPerSqrtS());
    double glideTurn = Math.toRadians(m.glideTurnSigmaDeg());
    double height = Math.max(0, alt - ground);
    boolean useCoverage = s.coverage() != CoverageTest.NONE && s.detectionPerMinute() > 0;
    double logMiss = Math.log1p(-Math.min(s.detectionPerMinute(), 1 - 1e-12));
    double[] llh = new double[3];
    for (int k = 0; k < pe.length; k++) {
      double z1 = rng.nextGaussian();
      double z2 = rng.nextGaussian();
      double e = l11 * z1;
      double nn = l21 * z1 + l22 * z2;
      double sp = Math.max(0, speed0 + m.speedSigmaMps() * rng.nextGaussian());
      double c = course0 + sigmaCourse * rng.nextGaussian();
      double we = wind.eastMps() + wind.sigmaMps() * rng.nextGaussian();
      double wn = wind.northMps() + wind.sigmaMps() * rng.nextGaussian();
      double ae = sp * Math.sin(c) - we;
      double an = sp * Math.cos(c) - wn;
      double va = Math.hypot(ae, an);
      double psi = Math.atan2(ae, an);
      double endurance = m.remainingEndurance().sampleS(rng);
      double logW = 0;
      for (double t = 0; t < endurance; ) {
        double dt = Math.min(STEP_S, endurance - t);
        psi += wander * Math.sqrt(dt) * rng.nextGaussian();
        e += (va * Math.sin(psi) + we) * dt;
        nn += (va * Math.cos(psi) + wn) * dt;
        t += dt;
        if (useCoverage) {
          plane.toGeo(e, nn, alt - ground, llh);
          if (s.coverage().covered(llh[0], llh[1], alt)) {
            logW += logMiss * dt / 60;
          }
        }
      }
      if (rng.nextDouble() < m.ballisticProbability()) {
        double tf = height / m.ballisticDescentMps();
        e += we * tf + va * Math.sin(psi) * FALL_MOMENTUM_S;
        nn += wn * tf + va * Math.cos(psi) * FALL_MOMENTUM_S;
      } else {
        double ratio =
            m.glideRatioMin() + (m.glideRatioMax() - m.glideRatioMin()) * rng.nextDouble();
        double psiG = psi + glideTurn * rng.nextGaussian();
        double tg = ratio * height / m.glideAirspeedMps();
        e += (m.glideAirspeedMps() * Math.sin(psiG) + we) * tg;
        nn += (m.glideAirspeedMps() * Math.cos(psiG) + wn) * tg;
      }
      pe[k] = e;
      pn[k] = nn;
      weight[k] = Math.exp(logW);
    }
  }

  /** Kernel density of weighted points on a grid (see the class comment). */
  static ProbabilityGrid smooth(
      GeoPoint origin, double cellSizeM, double[] pe, double[] pn, double[] w) {
    int n = pe.length;
    double sw = 0;
    double sw2 = 0;
    double me = 0;
    double mn = 0;
    for (int k = 0; k < n; k++) {
      sw += w[k];
      sw2 += w[k] * w[k];
      me += w[k] * pe[k];
      mn += w[k] * pn[k];
    }
    if (!(sw > 0)) {
      // Every continuation flew through coverage with certain detection: fall back to equal
      // weights.
      Arrays.fill(w, 1.0);
      return smooth(origin, cellSizeM, pe, pn, w);
    }
    me /= sw;
    mn /= sw;
    double cee = 0;
    double cnn = 0;
    double cen = 0;
    for (int k = 0; k < n; k++) {
      double de = pe[k] - me;
      double dn = pn[k] - mn;
      cee += w[k] * de * de;
      cnn += w[k] * dn * dn;
      cen += w[k] * de * dn;
    }
    cee /= sw;
    cnn /= sw;
    cen /= sw;
    double nEff = sw * sw / sw2;
    double f = Math.pow(nEff, -1.0 / 3.0);
    // Eigen-decomposition of the 2×2 bandwidth matrix, eigenvalues floored.
    double hee = f * cee;
    double hnn = f * cnn;
    double hen = f * cen;
    double tr = (hee + hnn) / 2;
    double disc = Math.sqrt(Math.max(0, (hee - hnn) * (hee - hnn) / 4 + hen * hen));
    double theta = 0.5 * Math.atan2(2 * hen, hee - hnn);
    double ct = Math.cos(theta);
    double st = Math.sin(theta);
    // Cells no larger than needed for the bandwidth, grid no larger than MAX_CELLS.
    double minE = Double.POSITIVE_INFINITY;
    double maxE = Double.NEGATIVE_INFINITY;
    double minN = Double.POSITIVE_INFINITY;
    double maxN = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      minE = Math.min(minE, pe[k]);
      maxE = Math.max(maxE, pe[k]);
      minN = Math.min(minN, pn[k]);
      maxN = Math.max(maxN, pn[k]);
    }
    double cell = cellSizeM;
    double l1;
    double l2;
    int cols;
    int rows;
    double e0;
    double n0;
    while (true) {
      double floor = Math.pow(Math.max(MIN_BANDWIDTH_M, cell / 2), 2);
      l1 = Math.max(tr + disc, floor);
      l2 = Math.max(tr - disc, floor);
      double margin = KERNEL_RADIUS * Math.sqrt(Math.max(l1, l2)) + cell;
      e0 = Math.floor((minE - margin) / cell) * cell;
      n0 = Math.floor((minN - margin) / cell) * cell;
      cols = (int) Math.ceil((maxE + margin - e0) / cell);
      rows = (int) Math.ceil((maxN + margin - n0) / cell);
      if ((long) cols * rows <= MAX_CELLS) {
        break;
      }
      cell *= 1.25;
    }
    // H = R diag(l1, l2) Rᵀ with R the rotation by theta; its inverse from the eigenvalues.
    double iee = ct * ct / l1 + st * st / l2;
    double inn = st * st / l1 + ct * ct / l2;
    double ien = ct * st * (1 / l1 - 1 / l2);
    double sdE = Math.sqrt(ct * ct * l1 + st * st * l2);
    double sdN = Math.sqrt(st * st * l1 + ct * ct * l2);
    int hx = (int) Math.ceil(KERNEL_RADIUS * sdE / cell);
    int hy = (int) Math.ceil(KERNEL_RADIUS * sdN / cell);
    List<int[]> offsets = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    double stencilSum = 0;
    for (int dy = -hy; dy <= hy; dy++) {
      for (int dx = -hx; dx <= hx; dx++) {
        double x = dx * cell;
        double y = dy * cell;
        double q = x * x * iee + 2 * x * y * ien + y * y * inn;
        if (q <= KERNEL_RADIUS * KERNEL_RADIUS) {
          double v = Math.exp(-0.5 * q);
          offsets.add(new int[] {dx, dy});
          weights.add(v);
          stencilSum += v;
        }
      }
    }
    // Linear binning: each point's weight is shared bilinearly among the four nearest cell
    // centres, which keeps the binned mean exactly where the points' mean is.
    double[] hist = new double[cols * rows];
    for (int k = 0; k < n; k++) {
      double x = (pe[k] - e0) / cell - 0.5;
      double y = (pn[k] - n0) / cell - 0.5;
      int c = (int) Math.floor(x);
      int r = (int) Math.floor(y);
      double fx = x - c;
      double fy = y - r;
      double wk = w[k] / sw;
      hist[r * cols + c] += wk * (1 - fx) * (1 - fy);
      hist[r * cols + c + 1] += wk * fx * (1 - fy);
      hist[(r + 1) * cols + c] += wk * (1 - fx) * fy;
      hist[(r + 1) * cols + c + 1] += wk * fx * fy;
    }
    double[] p = new double[cols * rows];
    int m = offsets.size();
    int[] sx = new int[m];
    int[] sy = new int[m];
    double[] sv = new double[m];
    for (int i = 0; i < m; i++) {
      sx[i] = offsets.get(i)[0];
      sy[i] = offsets.get(i)[1];
      sv[i] = weights.get(i) / stencilSum;
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        double h = hist[r * cols + c];
        if (h == 0) {
          continue;
        }
        for (int i = 0; i < m; i++) {
          int cc = c + sx[i];
          int rr = r + sy[i];
          if (cc >= 0 && rr >= 0 && cc < cols && rr < rows) {
            p[rr * cols + cc] += h * sv[i];
          }
        }
      }
    }
    double total = 0;
    for (double v : p) {
      total += v;
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= total;
    }
    return new ProbabilityGrid(origin, cell, e0, n0, cols, rows, p);
  }

  private static int count(boolean[] mask) {
    int c = 0;
    for (boolean b : mask) {
      if (b) {
        c++;
      }
    }
    return c;
  }
}
