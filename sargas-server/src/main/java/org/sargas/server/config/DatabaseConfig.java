package org.sargas.server.config;

/**
 * Incident store settings: SQLite in the data directory unless a PostgreSQL JDBC URL is given.
 *
 * @param jdbcUrl {@code jdbc:postgresql://host:5432/db}, or null for SQLite
 * @param user database user (PostgreSQL)
 * @param password database password (PostgreSQL); prefer env {@code SARGAS_DB_PASSWORD}
 */
public record DatabaseConfig(String jdbcUrl, String user, String password) {
  /** Whether PostgreSQL is configured. */
  public boolean postgres() {
    return jdbcUrl != null && !jdbcUrl.isBlank();
  }
}
