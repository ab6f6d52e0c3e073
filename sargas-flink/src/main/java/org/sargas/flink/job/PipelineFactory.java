package org.sargas.flink.job;

import java.io.Serializable;
import org.sargas.pipeline.PipelineSetup;
import org.sargas.pipeline.SurveillancePipeline;

/**
 * Builds a region's {@link SurveillancePipeline} inside a task (the pipeline itself is not
 * serialisable; the factory is shipped with the job and builds it where it runs). Two pipelines
 * built for the same region must behave identically: a restored region replays its log through a
 * fresh one.
 */
@FunctionalInterface
public interface PipelineFactory extends Serializable {
  /** A fresh pipeline for {@code region}. */
  SurveillancePipeline newPipeline(long region);

  /**
   * What {@code region}'s pipelines are built from (its tracking sectors, sensors, tracker); by
   * default the set-up of a fresh pipeline.
   */
  default PipelineSetup setup(long region) {
    return newPipeline(region).setup();
  }
}
