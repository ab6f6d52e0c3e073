package org.sargas.server.federation;

/**
 * The classification of a confidentiality label, in ascending order (NATO levels, as STANAG 4774
 * labels under the NATO policy carry them). A partner cleared to a level receives objects at or
 * below it.
 */
public enum SecurityClassification {
  UNCLASSIFIED,
  RESTRICTED,
  CONFIDENTIAL,
  SECRET,
  TOP_SECRET;

  /** Whether a holder cleared to this level may receive {@code other}. */
  public boolean dominates(SecurityClassification other) {
    return compareTo(other) >= 0;
  }

  /** The higher of two levels. */
  public static SecurityClassification max(SecurityClassification a, SecurityClassification b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
