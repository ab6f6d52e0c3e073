package org.sargas.model.airspace;

/**
 * Whether a violation rests on positions the node believes (docs/security.md, "Spoofing and
 * interference").
 */
public enum Corroboration {
  /** The track was not suspect while the violation was open (or no trust stage ran). */
  CORROBORATED,
  /**
   * The track was suspect (spoofed, replayed or implausible self-reported positions) while the
   * violation was open: it cannot be exported as evidence without a commander's approval.
   */
  UNCORROBORATED
}
