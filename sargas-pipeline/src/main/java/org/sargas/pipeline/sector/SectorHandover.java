package org.sargas.pipeline.sector;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.model.track.TrackState;

/**
 * Merges the sectors' tracks into one picture with one id per target (decision 1201).
 *
 * <p><b>Global ids.</b> A sector's track keeps the id of the first track that held its target: when
 * a sector reports a track for the first time, it adopts the id of the nearest live track of
 * another sector whose halo or core holds it — same Mode S address if both carry one, else within
 * {@link #gateM} of that track's position predicted to the new one's time and within {@link
 * #gateMps} in velocity — or, if none, keeps its own id. A target crossing a sector edge is tracked
 * by both sectors while it is in the halo, so the entering sector's track adopts the leaving one's
 * id before ownership changes.
 *
 * <p><b>Publication.</b> Per global id, one record per scan: from the sector whose core holds the
 * track's position, or from any sector when only one sector holds the target; never older than the
 * id's last published record. A DROPPED record is published only when no sector holds the target
 * any more. Smoothed records follow the same rules with their own clock.
 *
 * <p>Deterministic (sectors merged in id order, tracks in id order). Not thread-safe: the owner of
 * the pipeline calls it after every sector has run.
 */
public final class SectorHandover {
  /** Position gate for adopting another sector's id, m (at least; widened by the tracks' σ). */
  static final double GATE_M = 2_000;

  /** Upper bound of the position gate, m. */
  static final double MAX_GATE_M = 10_000;

  /** Velocity gate for adopting another sector's id, m/s. */
  static final double GATE_MPS = 40;

  private static final Comparator<Track> SMOOTHED_ORDER =
      Comparator.comparing(Track::time).thenComparing(Track::trackId);

  private final SectorRouter router;
  private final LocalTangentPlane region;
  private final int sectors;
  private final List<Map<String, String>> globalOf = new ArrayList<>();
  private final List<Map<String, String>> retired = new ArrayList<>();
  private final List<Map<String, Track>> latest = new ArrayList<>();
  private final List<Map<String, String>> heldBy = new ArrayList<>();
  private final Map<String, int[]> holders = new HashMap<>();
  private final Map<String, Instant> lastPublished = new HashMap<>();
  private final Map<String, Instant> lastSmoothed = new HashMap<>();
  private final java.util.Set<String> droppedThisScan = new java.util.HashSet<>();
  private final int[] near;
  private final double[] a = new double[3];
  private final double[] b = new double[3];
  private long adoptions;

  public SectorHandover(SectorRouter router, LocalTangentPlane region) {
    this.router = router;
    this.region = region;
    this.sectors = router.grid().count();
    this.near = new int[sectors];
    for (int s = 0; s < sectors; s++) {
      globalOf.add(new HashMap<>());
      retired.add(new HashMap<>());
      latest.add(new HashMap<>());
      heldBy.add(new HashMap<>());
    }
  }

  /**
   * One scan's merged picture.
   *
   * @param batches each sector's batch of this scan, by sector id
   * @return the published tracks under their global ids, in id order
   */
  public TrackBatch merge(Instant scanTime, TrackBatch[] batches) {
    for (Map<String, String> r : retired) {
      r.clear();
    }
    droppedThisScan.clear();
    Map<String, Candidate> chosen = new TreeMap<>();
    for (int s = 0; s < sectors; s++) {
      for (Track t : batches[s].tracks()) {
        String g = globalOf.get(s).get(t.trackId());
        if (g == null) {
          g = adopt(s, t);
          globalOf.get(s).put(t.trackId(), g);
          heldBy.get(s).put(g, t.trackId());
          holders.computeIfAbsent(g, k -> new int[1])[0]++;
        }
        if (t.state() == TrackState.DROPPED) {
          globalOf.get(s).remove(t.trackId());
          heldBy.get(s).remove(g);
          latest.get(s).remove(t.trackId());
          retired.get(s).put(t.trackId(), g);
          if (release(g) == 0) {
            chosen.put(g, new Candidate(relabel(t, g), true));
            lastPublished.remove(g);
            droppedThisScan.add(g);
          }
          continue;
        }
        latest.get(s).put(t.trackId(), t);
        boolean owned = router.ownerOf(t.position()) == s;
        if (!owned && holderCount(g) > 1) {
          continue;
        }
        Instant last = lastPublished.get(g);
        if (last != null && t.time().isBefore(last)) {
          continue;
        }
        Candidate c = chosen.get(g);
        if (c == null || (owned && !c.owned)) {
          chosen.put(g, new Candidate(relabel(t, g), owned));
        }
      }
    }
    List<Track> out = new ArrayList<>(chosen.size());
    for (Map.Entry<String, Candidate> e : chosen.entrySet()) {
      Track t = e.getValue().track;
      out.add(t);
      if (t.state() != TrackState.DROPPED) {
        lastPublished.put(e.getKey(), t.time());
      }
    }
    return new TrackBatch(scanTime, out);
  }

  /**
   * The smoothed records of one scan under their global ids (call after {@link #merge} of the same
   * scan), in time order, then id order.
   *
   * @param smoothed each sector's smoothed records, by sector id
   */
  public List<Track> mergeSmoothed(List<List<Track>> smoothed) {
    List<Track> out = new ArrayList<>();
    java.util.Set<String> dropped = new java.util.HashSet<>();
    for (int s = 0; s < sectors; s++) {
      for (Track t : smoothed.get(s)) {
        String g = globalOf.get(s).get(t.trackId());
        if (g == null) {
          g = retired.get(s).getOrDefault(t.trackId(), t.trackId());
        }
        if (t.state() == TrackState.DROPPED) {
          if (holderCount(g) == 0 && dropped.add(g)) {
            lastSmoothed.remove(g);
            out.add(relabel(t, g));
          }
          continue;
        }
        boolean owned = router.ownerOf(t.position()) == s;
        if (!owned && holderCount(g) > 1) {
          continue;
        }
        Instant last = lastSmoothed.get(g);
        if (last != null && !t.time().isAfter(last)) {
          continue;
        }
        lastSmoothed.put(g, t.time());
        out.add(relabel(t, g));
      }
    }
    // A target no sector holds any more has had its last smoothed record (a track that left the
    // smoothing scope before it was dropped emits none): forget its clock.
    for (String g : droppedThisScan) {
      if (holderCount(g) == 0) {
        lastSmoothed.remove(g);
      }
    }
    out.sort(SMOOTHED_ORDER);
    return out;
  }

  /** How many sector tracks took another sector's id (handovers) so far. */
  public long adoptions() {
    return adoptions;
  }

  /** The id of the nearest live track of another sector that holds the same target, or t's own. */
  private String adopt(int sector, Track t) {
    GeoPoint p = t.position();
    region.toEnu(p.latDeg(), p.lonDeg(), 0, a);
    String address = t.identity().icaoAddress();
    int n = router.grid().sectorsFor(a[0], a[1], near);
    String best = null;
    double bestD = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      int s = near[i];
      if (s == sector) {
        continue;
      }
      for (Map.Entry<String, Track> e : latest.get(s).entrySet()) {
        Track u = e.getValue();
        String g = globalOf.get(s).get(e.getKey());
        if (g == null || heldBy.get(sector).containsKey(g)) {
          continue;
        }
        String other = u.identity().icaoAddress();
        if (address != null && other != null && !address.equals(other)) {
          continue;
        }
        double d = distanceM(t, u);
        boolean sameAddress = address != null && address.equals(other);
        double gate =
            Math.min(
                MAX_GATE_M,
                Math.max(
                    GATE_M,
                    3
                        * Math.sqrt(
                            t.varEastM2() + t.varNorthM2() + u.varEastM2() + u.varNorthM2())));
        if (sameAddress) {
          gate = MAX_GATE_M;
        }
        double dv =
            Math.hypot(
                t.velocityEastMps() - u.velocityEastMps(),
                t.velocityNorthMps() - u.velocityNorthMps());
        if (d <= gate && dv <= GATE_MPS && d < bestD) {
          best = g;
          bestD = d;
        }
      }
    }
    if (best == null) {
      return t.trackId();
    }
    adoptions++;
    return best;
  }

  /** Horizontal distance between t and u predicted to t's time, m. */
  private double distanceM(Track t, Track u) {
    GeoPoint q = u.position();
    region.toEnu(q.latDeg(), q.lonDeg(), 0, b);
    double dt = Duration.between(u.time(), t.time()).toNanos() * 1e-9;
    double e = b[0] + u.velocityEastMps() * dt - a[0];
    double n = b[1] + u.velocityNorthMps() * dt - a[1];
    return Math.hypot(e, n);
  }

  private int holderCount(String g) {
    int[] c = holders.get(g);
    return c == null ? 0 : c[0];
  }

  private int release(String g) {
    int[] c = holders.get(g);
    if (c == null) {
      return 0;
    }
    if (--c[0] <= 0) {
      holders.remove(g);
      return 0;
    }
    return c[0];
  }

  private static Track relabel(Track t, String g) {
    return g.equals(t.trackId()) ? t : t.withTrackId(g);
  }

  private record Candidate(Track track, boolean owned) {}
}
