package org.sargas.server.federation;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.sargas.model.track.Track;

/**
 * What one federation link lets out to its partner. An object leaves only when its label releases
 * it to the partner's nation at the partner's clearance, and it passes the link's own filter (area,
 * class: the same {@code filter} keys as the outputs); its sensor sites go with it only when both
 * its label and the link release them. Everything withheld is counted by reason. Thread-safe.
 */
public final class EgressFilter {
  /** The verdict on one object. */
  public enum Verdict {
    SENT,
    WITHHELD_RELEASABILITY,
    WITHHELD_FILTER
  }

  /**
   * @param verdict what was decided
   * @param object the object as it leaves (sensor sites stripped as required), null when withheld
   */
  public record Decision(Verdict verdict, SharedTrack object) {}

  private final String partner;
  private final SecurityClassification clearance;
  private final Predicate<Track> filter;
  private final boolean sensorSites;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong withheldReleasability = new AtomicLong();
  private final AtomicLong withheldFilter = new AtomicLong();

  /**
   * @param partner the partner's nation, ISO 3166-1 alpha-3
   * @param clearance the highest classification the link may carry to it
   * @param filter the link's area/class filter (e.g. an output {@code TrackFilter})
   * @param sensorSites whether the link may carry sensor sites at all (only those labels release)
   */
  public EgressFilter(
      String partner,
      SecurityClassification clearance,
      Predicate<Track> filter,
      boolean sensorSites) {
    this.partner = Objects.requireNonNull(partner, "partner");
    this.clearance = Objects.requireNonNull(clearance, "clearance");
    this.filter = Objects.requireNonNull(filter, "filter");
    this.sensorSites = sensorSites;
  }

  /** Decides on one object. */
  public Decision apply(SharedTrack t) {
    if (!t.label().releasableTo(partner, clearance)) {
      withheldReleasability.incrementAndGet();
      return new Decision(Verdict.WITHHELD_RELEASABILITY, null);
    }
    if (!filter.test(t.track())) {
      withheldFilter.incrementAndGet();
      return new Decision(Verdict.WITHHELD_FILTER, null);
    }
    sent.incrementAndGet();
    boolean sites = sensorSites && t.label().sensorSitesReleasable();
    return new Decision(Verdict.SENT, sites ? t : t.withoutSensorSites());
  }

  /** The partner nation. */
  public String partner() {
    return partner;
  }

  /** Objects let out. */
  public long sent() {
    return sent.get();
  }

  /** Objects withheld because their label does not release them to the partner. */
  public long withheldByReleasability() {
    return withheldReleasability.get();
  }

  /** Objects withheld by the link's area/class filter. */
  public long withheldByFilter() {
    return withheldFilter.get();
  }
}
