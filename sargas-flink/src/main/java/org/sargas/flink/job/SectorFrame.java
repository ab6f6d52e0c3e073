package org.sargas.flink.job;

/**
 * A region's frame on its way to one of the region's tracking sectors (decision 1703): every frame
 * of a region goes to each of its sectors, since a sector needs the region's decoders' whole state
 * and picks its reports after decoding.
 *
 * @param sectorKey region × sectors per region + sector ({@link SectorKeys})
 * @param frame the frame
 */
public record SectorFrame(long sectorKey, FrameRecord frame) {}
