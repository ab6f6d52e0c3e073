package org.sargas.track.filter;

/**
 * A track's altitude filter: a 2-state (altitude m, climb rate m/s) Kalman filter driven by white
 * vertical acceleration of density {@code q} m²/s³, updated by reported or measured altitudes.
 * Separate from the horizontal state because most reports (2-D radar plots, bearings) carry no
 * height. Mutable; owned by one track.
 */
public final class AltitudeEstimate {
  private static final double INITIAL_CLIMB_SIGMA_MPS = 50.0;

  private boolean known;
  private double altitudeM;
  private double climbRateMps;
  private double varAltitudeM2;
  private double covAltitudeClimb;
  private double varClimb;
  private double timeS;

  /** Whether any altitude has been received. */
  public boolean known() {
    return known;
  }

  /** Altitude extrapolated to {@code atS}, m above the ellipsoid (NaN when unknown). */
  public double altitudeAt(double atS) {
    return known ? altitudeM + climbRateMps * (atS - timeS) : Double.NaN;
  }

  /** Variance of {@link #altitudeAt} without process noise, m² (NaN when unknown). */
  public double varianceAt(double atS) {
    double dt = atS - timeS;
    return known ? varAltitudeM2 + 2 * dt * covAltitudeClimb + dt * dt * varClimb : Double.NaN;
  }

  /** Climb rate, m/s (0 when unknown). */
  public double climbRateMps() {
    return known ? climbRateMps : 0.0;
  }

  /** Starts (or restarts) the filter at one measured altitude. */
  public void initialise(double altitude, double variance, double atS) {
    known = true;
    altitudeM = altitude;
    varAltitudeM2 = variance;
    climbRateMps = 0;
    covAltitudeClimb = 0;
    varClimb = INITIAL_CLIMB_SIGMA_MPS * INITIAL_CLIMB_SIGMA_MPS;
    timeS = atS;
  }

  /** Predicts to {@code atS} with vertical acceleration density {@code q}, m²/s³. */
  public void predict(double atS, double q) {
    double dt = atS - timeS;
    if (dt == 0 || !known) {
      return;
    }
    double adt = Math.abs(dt);
    altitudeM += climbRateMps * dt;
    double paa = varAltitudeM2 + 2 * dt * covAltitudeClimb + dt * dt * varClimb;
    double pac = covAltitudeClimb + dt * varClimb;
    varAltitudeM2 = paa + q * adt * adt * adt / 3;
    covAltitudeClimb = pac + q * dt * adt / 2;
    varClimb += q * adt;
    timeS = atS;
  }

  /**
   * Updates with an altitude measured at {@code atS} with variance {@code variance} (at least 1
   * m²), predicting first; initialises the filter if it holds nothing yet.
   */
  public void update(double altitude, double variance, double atS, double q) {
    double r = Math.max(1.0, variance);
    if (!known) {
      initialise(altitude, r, atS);
      return;
    }
    predict(atS, q);
    double s = varAltitudeM2 + r;
    double ka = varAltitudeM2 / s;
    double kc = covAltitudeClimb / s;
    double y = altitude - altitudeM;
    altitudeM += ka * y;
    climbRateMps += kc * y;
    double paa = varAltitudeM2;
    double pac = covAltitudeClimb;
    varAltitudeM2 = (1 - ka) * paa;
    covAltitudeClimb = (1 - ka) * pac;
    varClimb -= kc * pac;
  }
}
