package org.sargas.track.filter;

/**
 * Dense row-major operations on small matrices held in {@code double[]} (dimensions up to about 6),
 * written out so the JIT keeps them allocation-free. Output arrays must not alias inputs.
 */
public final class SmallMatrix {
  private SmallMatrix() {}

  /** {@code c = a(n x k) * b(k x m)}. */
  public static void multiply(double[] a, double[] b, double[] c, int n, int k, int m) {
    for (int i = 0; i < n * m; i++) {
      c[i] = 0;
    }
    for (int i = 0; i < n; i++) {
      for (int l = 0; l < k; l++) {
        double ail = a[i * k + l];
        if (ail == 0) {
          continue; // transition Jacobians are sparse
        }
        for (int j = 0; j < m; j++) {
          c[i * m + j] += ail * b[l * m + j];
        }
      }
    }
  }

  /** {@code c = a(n x k) * b(m x k)^T}. */
  public static void multiplyTransB(double[] a, double[] b, double[] c, int n, int k, int m) {
    for (int i = 0; i < n * m; i++) {
      c[i] = 0;
    }
    for (int j = 0; j < m; j++) {
      for (int l = 0; l < k; l++) {
        double bjl = b[j * k + l];
        if (bjl == 0) {
          continue; // Jacobians are sparse
        }
        for (int i = 0; i < n; i++) {
          c[i * m + j] += a[i * k + l] * bjl;
        }
      }
    }
  }

  /** {@code y = a(n x k) * x}. */
  public static void multiplyVector(double[] a, double[] x, double[] y, int n, int k) {
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int l = 0; l < k; l++) {
        s += a[i * k + l] * x[l];
      }
      y[i] = s;
    }
  }

  /** Replaces the square matrix {@code a} by {@code (a + a^T) / 2}. */
  public static void symmetrise(double[] a, int n) {
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double v = 0.5 * (a[i * n + j] + a[j * n + i]);
        a[i * n + j] = v;
        a[j * n + i] = v;
      }
    }
  }

  /**
   * Inverts the symmetric positive-definite {@code a} (n = 1, 2 or 3) into {@code inv} and returns
   * its determinant; returns NaN (and leaves {@code inv} undefined) when it is not positive.
   */
  public static double invertSpd(double[] a, double[] inv, int n) {
    switch (n) {
      case 1:
        if (!(a[0] > 0)) {
          return Double.NaN;
        }
        inv[0] = 1.0 / a[0];
        return a[0];
      case 2:
        {
          double det = a[0] * a[3] - a[1] * a[2];
          if (!(det > 0)) {
            return Double.NaN;
          }
          double r = 1.0 / det;
          inv[0] = a[3] * r;
          inv[1] = -a[1] * r;
          inv[2] = -a[2] * r;
          inv[3] = a[0] * r;
          return det;
        }
      case 3:
        {
          double c00 = a[4] * a[8] - a[5] * a[7];
          double c01 = a[5] * a[6] - a[3] * a[8];
          double c02 = a[3] * a[7] - a[4] * a[6];
          double det = a[0] * c00 + a[1] * c01 + a[2] * c02;
          if (!(det > 0)) {
            return Double.NaN;
          }
          double r = 1.0 / det;
          inv[0] = c00 * r;
          inv[1] = (a[2] * a[7] - a[1] * a[8]) * r;
          inv[2] = (a[1] * a[5] - a[2] * a[4]) * r;
          inv[3] = c01 * r;
          inv[4] = (a[0] * a[8] - a[2] * a[6]) * r;
          inv[5] = (a[2] * a[3] - a[0] * a[5]) * r;
          inv[6] = c02 * r;
          inv[7] = (a[1] * a[6] - a[0] * a[7]) * r;
          inv[8] = (a[0] * a[4] - a[1] * a[3]) * r;
          return det;
        }
      case 4:
        return invert4Spd(a, inv);
      default:
        throw new IllegalArgumentException("unsupported dimension " + n);
    }
  }

  /**
   * Inverse of a symmetric positive definite 4x4 matrix through its Cholesky factor {@code L}:
   * {@code A^-1 = L^-T L^-1}. Returns det A, or NaN (inverse untouched) when A is not positive
   * definite.
   */
  private static double invert4Spd(double[] a, double[] inv) {
    double[] l = new double[16];
    if (!cholesky(a, l, 4)) {
      return Double.NaN;
    }
    // M = L^-1 (lower triangular), column by forward substitution.
    double[] m = new double[16];
    double det = 1;
    for (int i = 0; i < 4; i++) {
      det *= l[i * 4 + i] * l[i * 4 + i];
    }
    for (int c = 0; c < 4; c++) {
      for (int r = 0; r < 4; r++) {
        double s = r == c ? 1.0 : 0.0;
        for (int k = 0; k < r; k++) {
          s -= l[r * 4 + k] * m[k * 4 + c];
        }
        m[r * 4 + c] = s / l[r * 4 + r];
      }
    }
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        double s = 0;
        for (int k = 0; k < 4; k++) {
          s += m[k * 4 + i] * m[k * 4 + j];
        }
        inv[i * 4 + j] = s;
      }
    }
    return det > 0 ? det : Double.NaN;
  }

  /** Quadratic form {@code y^T a y} for square {@code a} of size n. */
  public static double quadraticForm(double[] y, double[] a, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      double r = 0;
      for (int j = 0; j < n; j++) {
        r += a[i * n + j] * y[j];
      }
      s += y[i] * r;
    }
    return s;
  }

  /**
   * Lower-triangular Cholesky factor {@code l} of the symmetric {@code a} (n x n): {@code a = l
   * l^T}. Returns false when {@code a} is not positive definite.
   */
  public static boolean cholesky(double[] a, double[] l, int n) {
    for (int i = 0; i < n * n; i++) {
      l[i] = 0;
    }
    for (int j = 0; j < n; j++) {
      double d = a[j * n + j];
      for (int k = 0; k < j; k++) {
        d -= l[j * n + k] * l[j * n + k];
      }
      if (!(d > 0)) {
        return false;
      }
      double ljj = Math.sqrt(d);
      l[j * n + j] = ljj;
      for (int i = j + 1; i < n; i++) {
        double s = a[i * n + j];
        for (int k = 0; k < j; k++) {
          s -= l[i * n + k] * l[j * n + k];
        }
        l[i * n + j] = s / ljj;
      }
    }
    return true;
  }

  /**
   * Inverts the symmetric positive-definite {@code a} (n x n, any small n) into {@code inv} by its
   * Cholesky factor; {@code scratch} holds at least {@code n * n + n} values. Returns false (and
   * leaves {@code inv} undefined) when {@code a} is not positive definite.
   */
  public static boolean invertSpdByCholesky(double[] a, double[] inv, double[] scratch, int n) {
    if (!cholesky(a, scratch, n)) {
      return false;
    }
    int y = n * n;
    for (int c = 0; c < n; c++) {
      // Solve L y = e_c, then L^T x = y; x is column c of the inverse.
      for (int i = 0; i < n; i++) {
        double s = i == c ? 1.0 : 0.0;
        for (int k = 0; k < i; k++) {
          s -= scratch[i * n + k] * scratch[y + k];
        }
        scratch[y + i] = s / scratch[i * n + i];
      }
      for (int i = n - 1; i >= 0; i--) {
        double s = scratch[y + i];
        for (int k = i + 1; k < n; k++) {
          s -= scratch[k * n + i] * inv[k * n + c];
        }
        inv[i * n + c] = s / scratch[i * n + i];
      }
    }
    return true;
  }
}
