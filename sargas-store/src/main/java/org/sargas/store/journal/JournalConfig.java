package org.sargas.store.journal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a frame journal lays out and keeps its segments.
 *
 * @param directory the journal's own directory (created if missing); nothing else should live there
 * @param segmentMaxBytes a segment is sealed and a new one started before a record would take it
 *     past this size, bytes (at least 4 KiB; a single larger record still gets a segment of its
 *     own)
 * @param fsync when written records are forced to the device
 * @param retentionAge sealed segments whose records are all older than {@code now - retentionAge}
 *     (by receive time) are deleted; null keeps them forever
 * @param retentionMaxBytes oldest sealed segments are deleted while the journal is larger than
 *     this, bytes; 0 means no size limit. The active segment is never deleted.
 */
public record JournalConfig(
    Path directory,
    long segmentMaxBytes,
    FsyncPolicy fsync,
    Duration retentionAge,
    long retentionMaxBytes) {

  /** Default segment size: 64 MiB. */
  public static final long DEFAULT_SEGMENT_MAX_BYTES = 64L << 20;

  /** Default group-commit interval: 100 ms. */
  public static final Duration DEFAULT_FSYNC_INTERVAL = Duration.ofMillis(100);

  /** Default retention by age: 30 days. */
  public static final Duration DEFAULT_RETENTION_AGE = Duration.ofDays(30);

  /** Default retention by size: 20 GiB. */
  public static final long DEFAULT_RETENTION_MAX_BYTES = 20L << 30;

  public JournalConfig {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(fsync, "fsync");
    if (segmentMaxBytes < 4096) {
      throw new IllegalArgumentException("segmentMaxBytes below 4096: " + segmentMaxBytes);
    }
    if (retentionMaxBytes < 0) {
      throw new IllegalArgumentException("retentionMaxBytes negative: " + retentionMaxBytes);
    }
    if (retentionAge != null && (retentionAge.isNegative() || retentionAge.isZero())) {
      throw new IllegalArgumentException("retentionAge must be positive: " + retentionAge);
    }
  }

  /**
   * The documented defaults: 64 MiB segments, fsync at most 100 ms apart, 30 days and 20 GiB
   * retention.
   */
  public static JournalConfig defaults(Path directory) {
    return new JournalConfig(
        directory,
        DEFAULT_SEGMENT_MAX_BYTES,
        FsyncPolicy.interval(DEFAULT_FSYNC_INTERVAL),
        DEFAULT_RETENTION_AGE,
        DEFAULT_RETENTION_MAX_BYTES);
  }

  /** This configuration with another fsync policy. */
  public JournalConfig withFsync(FsyncPolicy policy) {
    return new JournalConfig(directory, segmentMaxBytes, policy, retentionAge, retentionMaxBytes);
  }

  /** This configuration with another segment size. */
  public JournalConfig withSegmentMaxBytes(long bytes) {
    return new JournalConfig(directory, bytes, fsync, retentionAge, retentionMaxBytes);
  }

  /** This configuration with other retention limits. */
  public JournalConfig withRetention(Duration age, long maxBytes) {
    return new JournalConfig(directory, segmentMaxBytes, fsync, age, maxBytes);
  }
}
