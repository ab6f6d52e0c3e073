package org.sargas.store.incident;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the incident store's database.
 *
 * @param jdbcUrl {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST:PORT/DB}
 * @param user database user (ignored by SQLite), may be null
 * @param password database password (ignored by SQLite), may be null
 * @param maxPoolSize connections in the pool (at least 1)
 * @param trackHistoryInterval the least time between two stored points of one track; a point is
 *     also stored whenever the track's state changes (positive)
 */
public record IncidentStoreConfig(
    String jdbcUrl, String user, String password, int maxPoolSize, Duration trackHistoryInterval) {

  /** File name of the SQLite database in a data directory. */
  public static final String SQLITE_FILE = "sargas.db";

  /** Default downsampling of track history: one point per track every 5 s. */
  public static final Duration DEFAULT_TRACK_HISTORY_INTERVAL = Duration.ofSeconds(5);

  public IncidentStoreConfig {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    SqlDialect.of(jdbcUrl);
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("maxPoolSize < 1");
    }
    if (trackHistoryInterval == null
        || trackHistoryInterval.isNegative()
        || trackHistoryInterval.isZero()) {
      throw new IllegalArgumentException("trackHistoryInterval must be positive");
    }
  }

  /** The default: SQLite file {@value #SQLITE_FILE} in {@code dataDirectory}. */
  public static IncidentStoreConfig sqlite(Path dataDirectory) {
    return new IncidentStoreConfig(
        "jdbc:sqlite:" + dataDirectory.resolve(SQLITE_FILE).toAbsolutePath(),
        null,
        null,
        4,
        DEFAULT_TRACK_HISTORY_INTERVAL);
  }

  /** PostgreSQL at {@code jdbcUrl} with a pool of 8. */
  public static IncidentStoreConfig postgres(String jdbcUrl, String user, String password) {
    return new IncidentStoreConfig(jdbcUrl, user, password, 8, DEFAULT_TRACK_HISTORY_INTERVAL);
  }

  /** This configuration with another track-history interval. */
  public IncidentStoreConfig withTrackHistoryInterval(Duration interval) {
    return new IncidentStoreConfig(jdbcUrl, user, password, maxPoolSize, interval);
  }

  /** The dialect of {@link #jdbcUrl()}. */
  public SqlDialect dialect() {
    return SqlDialect.of(jdbcUrl);
  }
}
