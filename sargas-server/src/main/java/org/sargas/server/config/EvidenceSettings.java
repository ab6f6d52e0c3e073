package org.sargas.server.config;

/**
 * Evidence log settings.
 *
 * @param checkpointIntervalS a signed checkpoint is written at least this often, s (default 30, at
 *     most 60)
 */
public record EvidenceSettings(Double checkpointIntervalS) {
  public EvidenceSettings {
    checkpointIntervalS = checkpointIntervalS == null ? 30.0 : Math.min(60.0, checkpointIntervalS);
  }
}
