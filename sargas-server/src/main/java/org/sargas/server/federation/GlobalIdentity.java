package org.sargas.server.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/**
 * One id per object across the federation (docs/decisions/1503-federation-global-track-ids.md). A
 * local track gets the global id {@code <nodeId>:<trackId>} when this node first holds it, stamped
 * with that time. Every update of a local track is compared with the partners' tracks this node
 * holds: one with the same Mode S address (when both have one), or within the gate (its position
 * extrapolated to the local track's time no further than {@code gateM} plus 10 m per second of time
 * difference, velocities within {@code gateMps}) is the same object; when its global id is older
 * (earlier {@code globalSince}, then the smaller id), the local track adopts it, unless another
 * live local track already holds that id. Both nodes end with the earliest id: a drone that crosses
 * from one node's area into the other's keeps the id its first node gave it. A partner track
 * correlated with a local one is not shown again as a partner track. Event time only; thread-safe
 * (synchronized).
 */
public final class GlobalIdentity {
  /** A gate's growth with the time between the two tracks, m/s. */
  static final double GATE_GROWTH_MPS = 10;

  private static final double M_PER_DEG = 111_320;

  /**
   * A local track's global id.
   *
   * @param globalId the id
   * @param since when it was first given (event time)
   * @param adoptedLabel the label of the partner track it was adopted from, or null when this node
   *     gave it
   */
  public record Assignment(String globalId, Instant since, ReleasabilityLabel adoptedLabel) {
    boolean laterThan(Instant otherSince, String otherId) {
      int c = since.compareTo(otherSince);
      return c > 0 || (c == 0 && globalId.compareTo(otherId) > 0);
    }
  }

  private final String nodeId;
  private final double gateM;
  private final double gateMps;
  private final Duration timeout;
  private final Map<String, Assignment> local = new HashMap<>();
  private final Map<String, String> holders = new HashMap<>();
  private final Map<String, SharedTrack> partners = new HashMap<>();
  private final Map<String, String> correlated = new HashMap<>();
  private long adoptions;

  /**
   * @param nodeId this node's id
   * @param gateM position gate at equal times, m
   * @param gateMps velocity gate, m/s
   * @param timeout partner tracks older than this (event time) are forgotten and not correlated
   */
  public GlobalIdentity(String nodeId, double gateM, double gateMps, Duration timeout) {
    this.nodeId = nodeId;
    this.gateM = gateM;
    this.gateMps = gateMps;
    this.timeout = timeout;
  }

  /** A local track (confirmed or coasting) was updated: its global id now. */
  public synchronized Assignment update(Track t) {
    Assignment a = local.get(t.trackId());
    if (a == null) {
      a = new Assignment(nodeId + ":" + t.trackId(), t.time(), null);
      local.put(t.trackId(), a);
      holders.putIfAbsent(a.globalId(), t.trackId());
    }
    SharedTrack adopt = null;
    for (Iterator<SharedTrack> it = partners.values().iterator(); it.hasNext(); ) {
      SharedTrack p = it.next();
      long ageMs = Duration.between(p.track().time(), t.time()).toMillis();
      if (ageMs > timeout.toMillis()) {
        it.remove();
        correlated.remove(p.originKey());
        continue;
      }
      if (-ageMs > timeout.toMillis() || p.globalId().equals(a.globalId())) {
        if (p.track().state() != TrackState.DROPPED && p.globalId().equals(a.globalId())) {
          correlated.put(p.originKey(), t.trackId());
        }
        continue;
      }
      if (!sameObject(t, p.track())) {
        continue;
      }
      if (p.track().state() != TrackState.DROPPED) {
        correlated.put(p.originKey(), t.trackId());
      }
      String holder = holders.get(p.globalId());
      if ((holder == null || holder.equals(t.trackId()) || !local.containsKey(holder))
          && a.laterThan(p.globalSince(), p.globalId())
          && (adopt == null
              || new Assignment(adopt.globalId(), adopt.globalSince(), null)
                  .laterThan(p.globalSince(), p.globalId()))) {
        adopt = p;
      }
    }
    if (adopt != null) {
      if (t.trackId().equals(holders.get(a.globalId()))) {
        holders.remove(a.globalId());
      }
      a = new Assignment(adopt.globalId(), adopt.globalSince(), adopt.label());
      local.put(t.trackId(), a);
      holders.put(a.globalId(), t.trackId());
      adoptions++;
    }
    return a;
  }

  /** A local track was dropped. */
  public synchronized void drop(String trackId) {
    Assignment a = local.remove(trackId);
    if (a != null && trackId.equals(holders.get(a.globalId()))) {
      holders.remove(a.globalId());
    }
    correlated.values().removeIf(trackId::equals);
  }

  /**
   * A partner's track arrived (its newest state replaces the older; a dropped one is forgotten;
   * this node's own tracks coming back are ignored).
   */
  public synchronized void partner(SharedTrack p) {
    if (p.origin().equals(nodeId)) {
      return;
    }
    String key = p.originKey();
    if (p.track().state() == TrackState.DROPPED) {
      // kept until the timeout, not shown: a track that takes the object over may adopt its id
      correlated.remove(key);
    }
    SharedTrack old = partners.get(key);
    if (old != null && old.track().time().isAfter(p.track().time())) {
      return;
    }
    partners.put(key, p);
    String holder = holders.get(p.globalId());
    if (p.track().state() != TrackState.DROPPED && holder != null && local.containsKey(holder)) {
      correlated.put(key, holder);
    }
  }

  /** The global id of a local track, or null. */
  public synchronized Assignment assignment(String trackId) {
    return local.get(trackId);
  }

  /**
   * The partners' tracks not correlated with a live local track, by global id; forgets those older
   * than the timeout at {@code now}.
   */
  public synchronized List<SharedTrack> partnerPicture(Instant now) {
    List<SharedTrack> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, SharedTrack>> it = partners.entrySet().iterator();
        it.hasNext(); ) {
      Map.Entry<String, SharedTrack> e = it.next();
      if (now != null
          && Duration.between(e.getValue().track().time(), now).compareTo(timeout) > 0) {
        it.remove();
        correlated.remove(e.getKey());
        continue;
      }
      String holder = correlated.get(e.getKey());
      if (e.getValue().track().state() != TrackState.DROPPED
          && (holder == null || !local.containsKey(holder))) {
        out.add(e.getValue());
      }
    }
    out.sort(Comparator.comparing(SharedTrack::globalId));
    return out;
  }

  /** How many times a local track adopted a partner's global id. */
  public synchronized long adoptions() {
    return adoptions;
  }

  /** Whether a partner's track and a local one are the same object (Mode S, else the gates). */
  boolean sameObject(Track local, Track partner) {
    String a = local.identity().icaoAddress();
    String b = partner.identity().icaoAddress();
    if (a != null && b != null) {
      return a.equalsIgnoreCase(b);
    }
    double dtS = Duration.between(partner.time(), local.time()).toNanos() / 1e9;
    double cosLat = Math.cos(Math.toRadians(local.position().latDeg()));
    double northM =
        (local.position().latDeg() - partner.position().latDeg()) * M_PER_DEG
            - partner.velocityNorthMps() * dtS;
    double eastM =
        (local.position().lonDeg() - partner.position().lonDeg()) * M_PER_DEG * cosLat
            - partner.velocityEastMps() * dtS;
    if (Math.hypot(northM, eastM) > gateM + GATE_GROWTH_MPS * Math.abs(dtS)) {
      return false;
    }
    return Math.hypot(
            local.velocityEastMps() - partner.velocityEastMps(),
            local.velocityNorthMps() - partner.velocityNorthMps())
        <= gateMps;
  }
}
