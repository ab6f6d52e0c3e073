package org.sargas.flink.job;

import org.apache.flink.api.java.functions.KeySelector;

/**
 * The region key of the job: the air picture (region) a feed's frames belong to. With one tracking
 * sector each key runs one {@link org.sargas.pipeline.SurveillancePipeline}; with several, the
 * region's sectors are keys of their own ({@link SectorKeys}) and the region key runs their merge
 * and the stages after the tracker (decision 1703). Keys spread regions over the job's task slots.
 * One region per job so far: every frame has key 0.
 */
public final class RegionKeys implements KeySelector<FrameRecord, Long> {
  private static final long serialVersionUID = 1L;

  @Override
  public Long getKey(FrameRecord frame) {
    return 0L;
  }
}
