package org.sargas.server.config;

/**
 * In-memory track history (for {@code /api/tracks/{id}} and {@code /api/replay}).
 *
 * @param points points kept per track (default 600)
 * @param minSpacingS minimum event-time spacing between kept points, s (default 1)
 */
public record HistorySettings(Integer points, Double minSpacingS) {
  public HistorySettings {
    points = points == null ? 600 : points;
    minSpacingS = minSpacingS == null ? 1.0 : minSpacingS;
  }
}
