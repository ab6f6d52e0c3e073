package org.sargas.sim.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates the SIAP measures of Stone Soup's {@code SIAPMetrics} scan by scan.
 *
 * <p>Association (Stone Soup leaves it to a separate associator): at each scan every track is
 * associated with its nearest truth if that truth is closer than the threshold, so several tracks
 * may share a truth (ambiguity) and a track far from every truth is spurious. A track's association
 * segment with a truth runs while it stays associated with that truth at the truth's consecutive
 * timestamps; the longest track segment of a truth is the longest such run (seconds) and its
 * lifetime is its last timestamp minus its first. Not thread-safe.
 */
public final class SiapMetrics {
  private final double thresholdM;
  private long sumJ;
  private long sumJt;
  private long sumNa;
  private long sumN;
  private double sumPa;
  private double sumVa;
  private final Map<String, TruthLife> lives = new HashMap<>();

  private static final class TruthLife {
    double first = Double.NaN;
    double last = Double.NaN;
    double longest;
    Map<String, Double> runStart = new HashMap<>();
  }

  /**
   * @param associationThresholdM largest truth–track distance that counts as tracking, m
   */
  public SiapMetrics(double associationThresholdM) {
    this.thresholdM = associationThresholdM;
  }

  /** Adds one scan: the truths and the tracks at {@code timeS} (same time base). */
  public void addScan(double timeS, List<TruthPoint> truths, List<TrackPoint> tracks) {
    int nT = truths.size();
    int[] truthOfTrack = new int[tracks.size()];
    int[] tracksOfTruth = new int[nT];
    int na = 0;
    double[] tx = new double[nT];
    double[] ty = new double[nT];
    for (int j = 0; j < nT; j++) {
      tx[j] = truths.get(j).xM();
      ty[j] = truths.get(j).yM();
    }
    PointBuckets truthBuckets = new PointBuckets(tx, ty, nT, thresholdM);
    for (int k = 0; k < tracks.size(); k++) {
      TrackPoint tr = tracks.get(k);
      int best = -1;
      double bestD = thresholdM;
      for (int j : truthBuckets.near(tr.xM(), tr.yM())) {
        TruthPoint t = truths.get(j);
        double d = Math.hypot(tr.xM() - t.xM(), tr.yM() - t.yM());
        if (d < bestD) {
          bestD = d;
          best = j;
        }
      }
      truthOfTrack[k] = best;
      if (best >= 0) {
        na++;
        tracksOfTruth[best]++;
        TruthPoint t = truths.get(best);
        sumPa += bestD;
        sumVa += Math.hypot(tr.vxMps() - t.vxMps(), tr.vyMps() - t.vyMps());
      }
    }
    int jt = 0;
    for (int j = 0; j < nT; j++) {
      if (tracksOfTruth[j] > 0) {
        jt++;
      }
    }
    sumJ += nT;
    sumJt += jt;
    sumNa += na;
    sumN += tracks.size();
    // Segments.
    for (int j = 0; j < nT; j++) {
      TruthPoint t = truths.get(j);
      TruthLife life = lives.computeIfAbsent(t.truthId(), x -> new TruthLife());
      if (Double.isNaN(life.first)) {
        life.first = timeS;
      }
      life.last = timeS;
      Map<String, Double> next = new HashMap<>();
      for (int k = 0; k < tracks.size(); k++) {
        if (truthOfTrack[k] != j) {
          continue;
        }
        String id = tracks.get(k).trackId();
        Double start = life.runStart.get(id);
        double s = start != null ? start : timeS;
        next.put(id, s);
        life.longest = Math.max(life.longest, timeS - s);
      }
      life.runStart = next;
    }
  }

  /** The measures over all scans added so far. */
  public SiapScore result() {
    double tl = 0;
    double t = 0;
    for (TruthLife life : lives.values()) {
      tl += life.longest;
      t += life.last - life.first;
    }
    return new SiapScore(
        sumJ == 0 ? 0 : (double) sumJt / sumJ,
        sumJt == 0 ? 1 : (double) sumNa / sumJt,
        sumN == 0 ? 0 : (double) (sumN - sumNa) / sumN,
        sumNa == 0 ? 0 : sumPa / sumNa,
        sumNa == 0 ? 0 : sumVa / sumNa,
        t == 0 ? 0 : tl / t);
  }
}
