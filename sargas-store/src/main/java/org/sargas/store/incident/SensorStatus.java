package org.sargas.store.incident;

/** Whether a sensor feed is delivering. */
public enum SensorStatus {
  /** Not yet heard from since start. */
  UNKNOWN,
  /** Delivering frames. */
  UP,
  /** Silent for more than two update periods, or its connection failed. */
  DOWN
}
