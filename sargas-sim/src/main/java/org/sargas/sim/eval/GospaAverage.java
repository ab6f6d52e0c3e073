package org.sargas.sim.eval;

/** Mean over scans of per-scan GOSPA values and of their parts. Not thread-safe. */
public final class GospaAverage {
  private long scans;
  private double total;
  private double localisation;
  private double missed;
  private double falseTracks;

  /** Adds one scan's score. */
  public void add(GospaScore s) {
    scans++;
    total += s.total();
    localisation += s.localisation();
    missed += s.missed();
    falseTracks += s.falseTracks();
  }

  /** Number of scans added. */
  public long scans() {
    return scans;
  }

  /** The means (zeros when no scan was added). */
  public GospaSummary summary() {
    double n = Math.max(1, scans);
    return new GospaSummary(total / n, localisation / n, missed / n, falseTracks / n);
  }
}
