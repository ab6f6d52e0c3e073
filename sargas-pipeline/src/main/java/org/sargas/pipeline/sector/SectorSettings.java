package org.sargas.pipeline.sector;

/**
 * How tracking is partitioned: a grid of {@code columns × rows} sectors over the region the sensors
 * cover, each with a halo of {@code haloM} on every side in which it also tracks (so that a target
 * crossing a sector edge is already tracked by the sector it enters).
 *
 * @param columns sectors west to east, at least 1
 * @param rows sectors south to north, at least 1
 * @param haloM halo width, m; must exceed a report's routing error plus a track's gate (default 20
 *     km)
 */
public record SectorSettings(int columns, int rows, double haloM) {
  /** Default halo width, m. */
  public static final double DEFAULT_HALO_M = 20_000;

  /** At most this many sectors (one tracker and, live, one thread each). */
  public static final int MAX_SECTORS = 64;

  public SectorSettings {
    if (columns < 1 || rows < 1 || (long) columns * rows > MAX_SECTORS) {
      throw new IllegalArgumentException(
          "sectors: columns and rows must be >= 1 with at most "
              + MAX_SECTORS
              + " sectors, got "
              + columns
              + " x "
              + rows);
    }
    if (!(haloM >= 1_000 && haloM <= 200_000)) {
      throw new IllegalArgumentException(
          "sectors: haloM must be within 1,000..200,000 m, got " + haloM);
    }
  }

  /** One sector: no partitioning (the default). */
  public static SectorSettings single() {
    return new SectorSettings(1, 1, DEFAULT_HALO_M);
  }

  /** The number of sectors. */
  public int count() {
    return columns * rows;
  }

  /** Whether tracking is partitioned at all. */
  public boolean partitioned() {
    return count() > 1;
  }
}
