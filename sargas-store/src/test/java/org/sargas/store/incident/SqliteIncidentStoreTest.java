package org.sargas.store.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incident-store contract on SQLite, the default database. */
class SqliteIncidentStoreTest extends IncidentStoreContract {
  @TempDir Path dataDir;

  @Override
  IncidentStore newStore(String name) {
    return IncidentStore.openSqlite(dataDir.resolve(name));
  }

  @Override
  IncidentStore reopen(String name) {
    return IncidentStore.openSqlite(dataDir.resolve(name));
  }

  @Test
  void theDefaultStoreIsOneSqliteFileInTheDataDirectory() {
    assertThat(store.dialect()).isEqualTo(SqlDialect.SQLITE);
    assertThat(Files.exists(dataDir.resolve("contract").resolve(IncidentStoreConfig.SQLITE_FILE)))
        .isTrue();
  }
}
