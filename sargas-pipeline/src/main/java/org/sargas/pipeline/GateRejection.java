package org.sargas.pipeline;

/** Why the {@link PlausibilityGate} rejected a report. */
public enum GateRejection {
  /** No configured sensor has the report's sensor id. */
  UNKNOWN_SENSOR,
  /** Event time further ahead of the receive time than allowed. */
  FUTURE,
  /** Event time further behind the receive time than allowed. */
  STALE,
  /** Non-finite or out-of-domain coordinates. */
  BAD_POSITION,
  /** Radar range beyond 1.2 × the sensor's instrumented range. */
  OUT_OF_RANGE,
  /** Altitude outside [−1,000 m, the configured maximum]. */
  BAD_ALTITUDE
}
