package org.sargas.server.federation;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A confidentiality label in the style of STANAG 4774 (policy identifier, classification, and the
 * releasable-to category: the nations allowed to receive the object), plus whether the sensor sites
 * behind the object may be released with it. Immutable.
 *
 * @param policy the policy identifier, e.g. {@code NATO}
 * @param classification the classification
 * @param releasableTo ISO 3166-1 alpha-3 codes of the nations that may receive it (the owning
 *     nation included); empty: no one else
 * @param sensorSitesReleasable whether the positions of the sensors that saw it may go with it
 */
public record ReleasabilityLabel(
    String policy,
    SecurityClassification classification,
    Set<String> releasableTo,
    boolean sensorSitesReleasable) {

  public ReleasabilityLabel {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(classification, "classification");
    releasableTo = Set.copyOf(new TreeSet<>(releasableTo));
  }

  /** Whether a partner nation cleared to {@code clearance} may receive the object. */
  public boolean releasableTo(String nation, SecurityClassification clearance) {
    return releasableTo.contains(nation) && clearance.dominates(classification);
  }

  /**
   * The label of an object fused from sources with these labels: the highest classification, the
   * nations every source may go to, sensor sites only when every source releases them; the policy
   * when all agree, else {@code MIXED}.
   *
   * @throws IllegalArgumentException when there are no labels
   */
  public static ReleasabilityLabel fused(Collection<ReleasabilityLabel> labels) {
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("a fused object has at least one source");
    }
    ReleasabilityLabel out = null;
    for (ReleasabilityLabel l : labels) {
      out = out == null ? l : out.intersect(l);
    }
    return out;
  }

  /** The label of an object fused from this one's and {@code other}'s. */
  public ReleasabilityLabel intersect(ReleasabilityLabel other) {
    Set<String> nations = new TreeSet<>(releasableTo);
    nations.retainAll(other.releasableTo);
    return new ReleasabilityLabel(
        policy.equals(other.policy) ? policy : "MIXED",
        SecurityClassification.max(classification, other.classification),
        nations,
        sensorSitesReleasable && other.sensorSitesReleasable);
  }
}
