package org.sargas.store.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sargas.store.testing.EmbeddedPostgresServer;

/** The incident-store contract on a real PostgreSQL server (embedded, started once per JVM). */
class PostgresIncidentStoreTest extends IncidentStoreContract {
  private final Map<String, String> urls = new HashMap<>();

  @Override
  IncidentStore newStore(String name) {
    String url = EmbeddedPostgresServer.newDatabase(name);
    urls.put(name, url);
    return IncidentStore.open(IncidentStoreConfig.postgres(url, "postgres", null));
  }

  @Override
  IncidentStore reopen(String name) {
    return IncidentStore.open(IncidentStoreConfig.postgres(urls.get(name), "postgres", null));
  }

  @Test
  void runsOnPostgresql() {
    assertThat(store.dialect()).isEqualTo(SqlDialect.POSTGRESQL);
  }
}
