package org.sargas.response.intercept;

/** What an intercept's time margin is measured against. */
public enum InterceptDeadline {
  /** The threat's predicted entry into the protected area. */
  BORDER,
  /** The threat's predicted arrival at the nearest-in-time protected site. */
  SITE,
  /**
   * Neither happens within the prediction horizon: the margin runs to the horizon and is a lower
   * bound.
   */
  HORIZON
}
