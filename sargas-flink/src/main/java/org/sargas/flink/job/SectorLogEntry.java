package org.sargas.flink.job;

/**
 * One step of a sector's history, as checkpointed: a report offered to it, or its slicer advanced
 * to a slice end, or the end of the input. Replaying the steps in order through a fresh pipeline
 * rebuilds the sector's state exactly (the pipeline is deterministic).
 *
 * @param kind {@link #OBSERVATION}, {@link #ADVANCE} or {@link #END}
 * @param observation the report (for {@link #OBSERVATION}), else null
 * @param nanos the slice end the slicer advanced to (for {@link #ADVANCE}), epoch ns, else 0
 */
public record SectorLogEntry(int kind, SensedObservation observation, long nanos) {
  /** A report offered to the sector. */
  public static final int OBSERVATION = 0;

  /** The sector's event time advanced to a slice end. */
  public static final int ADVANCE = 1;

  /** End of the input: the sector was flushed. */
  public static final int END = 2;
}
