package org.sargas.flink.job;

import org.apache.flink.api.java.functions.KeySelector;

/**
 * The geographic sector that tracks a report. For now every report goes to sector 0 (one pipeline
 * per job, as the embedded node has); the sector grid of {@code org.sargas.pipeline.sector} takes
 * its place here.
 */
public final class SectorKeys implements KeySelector<SensedObservation, Long> {
  private static final long serialVersionUID = 1L;

  @Override
  public Long getKey(SensedObservation value) {
    return 0L;
  }
}
