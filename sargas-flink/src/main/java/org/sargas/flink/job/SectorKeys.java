package org.sargas.flink.job;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.util.Collector;

/**
 * The keys of the tracking operator when a region's tracking is partitioned by geographic sector
 * (decisions 1201, 1703): sector key = region × sectors per region + sector. As a flat map, it
 * copies each frame of a region to each of the region's sectors; as a key selector, it reads the
 * copy's key. Sectors spread over the job's task slots like regions do.
 */
public final class SectorKeys
    implements FlatMapFunction<FrameRecord, SectorFrame>, KeySelector<SectorFrame, Long> {
  private static final long serialVersionUID = 1L;

  private final KeySelector<FrameRecord, Long> regions;
  private final int sectors;

  /**
   * @param regions the region of a frame
   * @param sectors sectors per region (the tracking grid's cell count), at least 1
   */
  public SectorKeys(KeySelector<FrameRecord, Long> regions, int sectors) {
    if (sectors < 1) {
      throw new IllegalArgumentException("sectors must be >= 1, got " + sectors);
    }
    this.regions = regions;
    this.sectors = sectors;
  }

  /** Sectors per region. */
  public int sectors() {
    return sectors;
  }

  /** The key of a region's sector. */
  public long key(long region, int sector) {
    return region * sectors + sector;
  }

  /** The region of a sector key. */
  public long regionOf(long sectorKey) {
    return Math.floorDiv(sectorKey, sectors);
  }

  /** The sector (within its region) of a sector key. */
  public int sectorOf(long sectorKey) {
    return (int) Math.floorMod(sectorKey, sectors);
  }

  @Override
  public void flatMap(FrameRecord frame, Collector<SectorFrame> out) throws Exception {
    long region = regions.getKey(frame);
    for (int k = 0; k < sectors; k++) {
      out.collect(new SectorFrame(key(region, k), frame));
    }
  }

  @Override
  public Long getKey(SectorFrame copy) {
    return copy.sectorKey();
  }
}
