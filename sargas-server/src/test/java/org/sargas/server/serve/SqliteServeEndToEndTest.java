package org.sargas.server.serve;

/** The end-to-end contract on the default SQLite store. */
class SqliteServeEndToEndTest extends ServeEndToEndContract {
  @Override
  DatabaseConfig database() {
    return new DatabaseConfig(null, null, null);
  }
}
