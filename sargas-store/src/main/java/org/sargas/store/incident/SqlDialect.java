package org.sargas.store.incident;

/** The databases the incident store runs on, recognised from the JDBC URL. */
public enum SqlDialect {
  /** SQLite through xerial sqlite-jdbc: {@code jdbc:sqlite:/path/to/file.db}. */
  SQLITE("INTEGER PRIMARY KEY AUTOINCREMENT"),
  /** PostgreSQL (12 or newer): {@code jdbc:postgresql://host:port/db}. */
  POSTGRESQL("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");

  private final String autoIdColumn;

  SqlDialect(String autoIdColumn) {
    this.autoIdColumn = autoIdColumn;
  }

  /** Column type of an auto-increment primary key (the migrations' {@code autoId} placeholder). */
  String autoIdColumn() {
    return autoIdColumn;
  }

  /**
   * The dialect of a JDBC URL.
   *
   * @throws IllegalArgumentException for any other database
   */
  public static SqlDialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "unsupported JDBC URL (jdbc:sqlite: or jdbc:postgresql: expected): " + jdbcUrl);
  }
}
