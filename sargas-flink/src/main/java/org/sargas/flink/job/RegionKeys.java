package org.sargas.flink.job;

import org.apache.flink.api.java.functions.KeySelector;

/**
 * The key of the job's pipeline operator: the air picture (region) a feed's frames belong to. Each
 * key runs one {@link org.sargas.pipeline.SurveillancePipeline}, whose tracking is itself
 * partitioned by geographic sector with halo and handover when its set-up asks for it (decision
 * 1201); keys spread regions over the job's task slots. One region per job so far: every frame has
 * key 0.
 */
public final class RegionKeys implements KeySelector<FrameRecord, Long> {
  private static final long serialVersionUID = 1L;

  @Override
  public Long getKey(FrameRecord frame) {
    return 0L;
  }
}
