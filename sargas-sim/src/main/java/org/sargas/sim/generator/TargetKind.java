package org.sargas.sim.generator;

/** The kinds of generated target, with their nominal speeds. */
public enum TargetKind {
  /** Fast jet, 250 m/s. */
  FIGHTER(250.0),
  /** Small or one-way attack drone, 40 m/s. */
  DRONE(40.0);

  private final double speedMps;

  TargetKind(double speedMps) {
    this.speedMps = speedMps;
  }

  /** Nominal ground speed, m/s. */
  public double speedMps() {
    return speedMps;
  }
}
