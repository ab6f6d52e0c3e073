package org.sargas.model.airspace;

/** How sure the system is that a violation really happened, given the track's uncertainty. */
public enum ViolationStatus {
  /** Probability of having been inside at or above the configured threshold. */
  CONFIRMED,
  /** Inside by the estimate, but below the probability threshold. */
  POSSIBLE
}
