package org.sargas.server.serve;

import org.sargas.server.config.DatabaseConfig;

/** The end-to-end contract on the default SQLite store. */
class SqliteServeEndToEndTest extends ServeEndToEndContract {
  @Override
  DatabaseConfig database() {
    return new DatabaseConfig(null, null, null);
  }
}
