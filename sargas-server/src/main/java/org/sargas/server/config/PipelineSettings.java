package org.sargas.server.config;

import org.sargas.pipeline.GateSettings;

/**
 * Pipeline settings.
 *
 * @param sliceS event-time length of one tracker scan, s (default 1)
 * @param latenessS how long a scan waits for late reports after its end, s (default 1.0)
 * @param queueCapacity frames the ingest queue holds before new frames are dropped (default 65536)
 * @param maxFutureS reports whose event time is further ahead of their receive time are rejected, s
 *     (default 5)
 * @param maxAgeS reports older than this at receipt are rejected, s (default 60)
 * @param maxAltitudeM reports above this altitude are rejected, m (default 30000)
 */
public record PipelineSettings(
    Double sliceS,
    Double latenessS,
    Integer queueCapacity,
    Double maxFutureS,
    Double maxAgeS,
    Double maxAltitudeM) {
  public PipelineSettings {
    sliceS = sliceS == null ? 1.0 : sliceS;
    latenessS = latenessS == null ? 1.0 : latenessS;
    queueCapacity = queueCapacity == null ? 65536 : queueCapacity;
    maxFutureS = maxFutureS == null ? 5.0 : maxFutureS;
    maxAgeS = maxAgeS == null ? 60.0 : maxAgeS;
    maxAltitudeM = maxAltitudeM == null ? 30000.0 : maxAltitudeM;
  }

  /** The plausibility gate's limits. */
  public GateSettings gate() {
    return new GateSettings(maxFutureS, maxAgeS, maxAltitudeM);
  }
}
