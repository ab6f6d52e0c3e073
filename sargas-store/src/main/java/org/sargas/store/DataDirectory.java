package org.sargas.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The layout of a node's data directory: {@code journal/} (frame journal segments), {@code
 * evidence/} (evidence log and node key) and {@code sargas.db} (the SQLite incident store, when no
 * PostgreSQL URL is configured).
 *
 * @param root the data directory
 */
public record DataDirectory(Path root) {
  public DataDirectory {
    Objects.requireNonNull(root, "root");
  }

  /** Directory of the frame journal. */
  public Path journal() {
    return root.resolve("journal");
  }

  /** Directory of the evidence log and the node key. */
  public Path evidence() {
    return root.resolve("evidence");
  }

  /** The directory the default SQLite incident store puts {@code sargas.db} in: the root. */
  public Path database() {
    return root;
  }
}
