package org.sargas.server.config;

/**
 * Frame journal settings (docs/store.md).
 *
 * @param fsync {@code interval} (default), {@code every-append} or {@code on-rotate}
 * @param fsyncIntervalMs interval of the {@code interval} policy, ms (default 100)
 * @param segmentMaxMiB segment size before rotation, MiB (default 64)
 * @param retentionDays age after which sealed segments are deleted (default 30)
 * @param retentionMaxGiB total size above which the oldest segments are deleted (default 20)
 */
public record JournalSettings(
    String fsync,
    Integer fsyncIntervalMs,
    Integer segmentMaxMiB,
    Integer retentionDays,
    Integer retentionMaxGiB) {
  public JournalSettings {
    fsync = fsync == null ? "interval" : fsync;
    fsyncIntervalMs = fsyncIntervalMs == null ? 100 : fsyncIntervalMs;
    segmentMaxMiB = segmentMaxMiB == null ? 64 : segmentMaxMiB;
    retentionDays = retentionDays == null ? 30 : retentionDays;
    retentionMaxGiB = retentionMaxGiB == null ? 20 : retentionMaxGiB;
  }
}
