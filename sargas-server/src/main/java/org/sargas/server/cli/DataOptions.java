package org.sargas.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.serve.Replay;
import org.sargas.store.incident.IncidentStore;
import org.sargas.store.incident.IncidentStoreConfig;
import picocli.CommandLine.Option;

/** {@code --data} / {@code --config} of the offline commands that read a node's data directory. */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The node's data directory (default: the configuration's).")
  Path data;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The node's configuration (default: DATA/serve-config.yaml).")
  Path config;

  /** The configuration: --config, else the copy in the data directory, else the embedded one. */
  ServeConfig serveConfig() throws IOException {
    if (config != null) {
      return ServeConfig.read(config);
    }
    if (data != null && Files.isRegularFile(Replay.configCopy(data))) {
      return ServeConfig.read(Replay.configCopy(data));
    }
    return ServeConfig.defaults();
  }

  /** The data directory. */
  Path dataDir() throws IOException {
    return data != null ? data : Path.of(serveConfig().dataDir());
  }

  /** Opens the incident store the node uses. */
  IncidentStore openStore() throws IOException {
    ServeConfig c = serveConfig();
    if (c.database().postgres()) {
      return IncidentStore.open(
          IncidentStoreConfig.postgres(
              c.database().jdbcUrl(),
              c.database().user(),
              c.database().password() != null
                  ? c.database().password()
                  : System.getenv("SARGAS_DB_PASSWORD")));
    }
    return IncidentStore.openSqlite(dataDir());
  }
}
