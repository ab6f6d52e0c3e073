package org.sargas.pipeline;

/**
 * Limits of the {@link PlausibilityGate}.
 *
 * @param maxFutureS reports whose event time is further ahead of their receive time are rejected, s
 * @param maxAgeS reports older than this at receipt are rejected, s
 * @param maxAltitudeM reports above this altitude are rejected, m
 */
public record GateSettings(double maxFutureS, double maxAgeS, double maxAltitudeM) {
  public GateSettings {
    if (!(maxFutureS >= 0) || !(maxAgeS >= 0) || !(maxAltitudeM > 0)) {
      throw new IllegalArgumentException("gate limits must be non-negative (altitude positive)");
    }
  }

  /** 5 s ahead, 60 s behind, 30,000 m. */
  public static GateSettings defaults() {
    return new GateSettings(5, 60, 30_000);
  }
}
