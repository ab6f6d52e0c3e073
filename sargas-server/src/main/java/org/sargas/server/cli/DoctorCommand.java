package org.sargas.server.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.frame.FrameFormat;
import org.sargas.server.config.AirportConfig;
import org.sargas.server.config.DatabaseConfig;
import org.sargas.server.config.InputConfig;
import org.sargas.server.config.RegionConfig;
import org.sargas.server.config.SensorConfig;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.pipeline.WatchedAirspace;
import org.sargas.store.DataDirectory;
import org.sargas.store.incident.IncidentStoreConfig;
import org.sargas.store.journal.JournalDamage;
import org.sargas.store.journal.JournalEntry;
import org.sargas.store.journal.JournalReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sargas doctor [--config FILE]}: checks a node before (or instead of) starting it — the
 * configuration (parse and cross-references), the ports (free and bindable), the data directory
 * (writable, journal readable), the database (connect) and the sensors (TCP inputs connectable, UDP
 * ports bindable) — and says what is wrong in plain words, one line per finding. Exit code 0 when
 * nothing is wrong, 1 when anything is (docs/install.md).
 *
 * <p>Run it with the node stopped: a running node holds its ports, and doctor says so.
 */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Check a node's configuration, ports, data directory, database and sensor feeds;"
          + " one line per problem, exit code 1 when any (docs/install.md)."
    })
public final class DoctorCommand implements Callable<Integer> {
  /** At most this many journal frames are read (about a day of a busy node: seconds of reading). */
  static final long JOURNAL_CHECK_FRAMES = 5_000_000;

  /** How long a TCP connect or a database login may take, s. */
  static final int TIMEOUT_S = 3;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "YAML configuration (default: the embedded one).")
  Path config;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data directory (overrides the configuration).")
  Path data;

  @Option(
      names = "--no-network",
      description = "Skip the checks that connect to other hosts (sensor feeds, database).")
  boolean noNetwork;

  /**
   * One result: {@code ok} true for a check that passed, false for a problem.
   *
   * @param ok whether the check passed
   * @param text what was checked or what is wrong, one sentence
   */
  public record Finding(boolean ok, String text) {
    static Finding ok(String text) {
      return new Finding(true, text);
    }

    static Finding problem(String text) {
      return new Finding(false, text);
    }

    @Override
    public String toString() {
      return (ok ? "ok       " : "PROBLEM  ") + text;
    }
  }

  @Override
  public Integer call() {
    List<Finding> findings = check(config, data, !noNetwork, System.getenv("SARGAS_DB_PASSWORD"));
    long problems = findings.stream().filter(f -> !f.ok()).count();
    for (Finding f : findings) {
      System.out.println(f);
    }
    System.out.println(
        problems == 0
            ? "sargas doctor: no problems found"
            : "sargas doctor: " + problems + (problems == 1 ? " problem" : " problems"));
    return problems == 0 ? 0 : SargasCli.EXIT_FAILURES;
  }

  /**
   * Every check, in order: configuration, region, ports, data directory, database, sensor feeds.
   *
   * @param configFile the YAML file, or null for the embedded default
   * @param dataDir overrides the configuration's data directory, or null
   * @param network whether to connect to other hosts (TCP feeds, PostgreSQL)
   * @param envPassword the value of {@code SARGAS_DB_PASSWORD}, or null
   */
  public static List<Finding> check(
      Path configFile, Path dataDir, boolean network, String envPassword) {
    List<Finding> out = new ArrayList<>();
    ServeConfig c = parse(configFile, out);
    if (c == null) {
      return out;
    }
    if (dataDir != null) {
      c = c.withDataDir(dataDir.toString());
    }
    int before = out.size();
    crossReferences(c, out);
    region(c.region(), out);
    if (out.size() == before) {
      out.add(Finding.ok("configuration: sensors, inputs, region and web settings agree"));
    }
    ports(c, out);
    security(c, out);
    dataDirectory(Path.of(c.dataDir()), out);
    database(c, network, envPassword, out);
    if (network) {
      feeds(c, out);
    }
    return out;
  }

  /** The configuration parsed without stopping at the first inconsistency, or null. */
  static ServeConfig parse(Path file, List<Finding> out) {
    String source = file == null ? "the embedded default configuration" : file.toString();
    if (file != null && !Files.isRegularFile(file)) {
      out.add(Finding.problem("configuration: " + file + " does not exist or is not a file"));
      return null;
    }
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in =
        file == null
            ? ServeConfig.class.getResourceAsStream(ServeConfig.DEFAULT_RESOURCE)
            : Files.newInputStream(file)) {
      ServeConfig c = yaml.readValue(in, ServeConfig.class);
      if (c == null) {
        c = new ServeConfig(null, null, null, null, null, null, null, null, null, null, null);
      }
      out.add(Finding.ok("configuration: " + source + " parses"));
      return c;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      out.add(
          Finding.problem(
              "configuration: " + source + where + ": " + rootMessage(e.getOriginalMessage(), e)));
      return null;
    } catch (IOException e) {
      out.add(Finding.problem("configuration: cannot read " + source + ": " + e.getMessage()));
      return null;
    }
  }

  private static String rootMessage(String message, Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t != e && t.getMessage() != null ? t.getMessage() : message;
  }

  /** Ids unique, inputs name existing sensors, feeds complete, ranges sane, web settings valid. */
  static void crossReferences(ServeConfig c, List<Finding> out) {
    Map<String, SensorConfig> sensors = new HashMap<>();
    Map<String, String> sacSic = new HashMap<>();
    for (SensorConfig s : c.sensors()) {
      if (sensors.putIfAbsent(s.id(), s) != null) {
        out.add(Finding.problem("sensor " + s.id() + " is defined twice"));
      }
      if (Math.abs(s.latDeg()) > 90 || Math.abs(s.lonDeg()) > 180) {
        out.add(
            Finding.problem(
                "sensor "
                    + s.id()
                    + ": position "
                    + s.latDeg()
                    + ", "
                    + s.lonDeg()
                    + " is not on Earth"));
      }
      if (s.sac() != null) {
        String key = s.sac() + "/" + s.sic();
        String other = sacSic.putIfAbsent(key, s.id());
        if (other != null) {
          out.add(
              Finding.problem("sensors " + other + " and " + s.id() + " both use SAC/SIC " + key));
        }
      }
    }
    Set<String> inputIds = new HashSet<>();
    Map<String, String> udpPorts = new HashMap<>();
    for (InputConfig in : c.inputs()) {
      String name = "input " + in.id();
      if (!inputIds.add(in.id())) {
        out.add(Finding.problem(name + " is defined twice"));
      }
      if (in.sensorId() != null && !sensors.containsKey(in.sensorId())) {
        out.add(
            Finding.problem(
                name + " feeds sensor " + in.sensorId() + ", which is not among the sensors"));
      }
      boolean needsSensor = in.format() != FrameFormat.ASTERIX;
      if (needsSensor && in.sensorId() == null) {
        out.add(
            Finding.problem(
                name
                    + " ("
                    + in.format()
                    + ") needs sensorId: its frames do not say which sensor made them"));
      }
      for (String ss : in.acceptSacSic()) {
        if (!sacSic.containsKey(ss.trim())) {
          out.add(
              Finding.problem(
                  name + " accepts SAC/SIC " + ss + ", which no configured sensor has"));
        }
      }
      switch (in.type()) {
        case "udp", "tcp" -> {
          if (in.port() == null || in.port() < 1 || in.port() > 65535) {
            out.add(Finding.problem(name + " needs a port between 1 and 65535"));
          } else if ("udp".equals(in.type())) {
            String bind = (in.host() == null ? "0.0.0.0" : in.host()) + ":" + in.port();
            String other = udpPorts.putIfAbsent(bind, in.id());
            if (other != null) {
              out.add(
                  Finding.problem(
                      "inputs " + other + " and " + in.id() + " both listen on UDP " + bind));
            }
          }
          if ("tcp".equals(in.type()) && (in.host() == null || in.host().isBlank())) {
            out.add(Finding.problem(name + " (tcp) needs the host of the receiver"));
          }
          if (in.multicastGroup() != null && !isMulticast(in.multicastGroup())) {
            out.add(
                Finding.problem(
                    name
                        + ": multicastGroup "
                        + in.multicastGroup()
                        + " is not a multicast address"));
          }
        }
        case "file" -> {
          if (in.path() == null) {
            out.add(Finding.problem(name + " (file) needs a path"));
          } else if (!Files.isReadable(Path.of(in.path()))) {
            out.add(Finding.problem(name + ": file " + in.path() + " cannot be read"));
          }
        }
        default -> out.add(Finding.problem(name + ": unknown type " + in.type()));
      }
    }
    if (c.port() < 0 || c.port() > 65535) {
      out.add(Finding.problem("port " + c.port() + " is not a TCP port (0..65535)"));
    }
    if (!(c.pipeline().sliceS() > 0) || c.pipeline().latenessS() < 0) {
      out.add(Finding.problem("pipeline.sliceS must be > 0 and pipeline.latenessS >= 0"));
    }
    for (String p : c.web().problems()) {
      out.add(Finding.problem(p));
    }
  }

  /** Protected countries have borders; zone files and airports can be built. */
  static void region(RegionConfig r, List<Finding> out) {
    CountryBorders borders = CountryBorders.easternFlank();
    for (String country : r.protectedCountries()) {
      if (borders.territory(country) == null) {
        out.add(
            Finding.problem(
                "region.protectedCountries: no borders for "
                    + country
                    + " (known: "
                    + String.join(", ", new java.util.TreeSet<>(borders.codes()))
                    + ")"));
      }
    }
    for (String file : r.zoneFiles()) {
      try {
        WatchedAirspace.of(new RegionConfig(null, null, List.of(), List.of(file), null), borders);
      } catch (RuntimeException e) {
        out.add(Finding.problem("region.zoneFiles: " + e.getMessage()));
      }
    }
    for (AirportConfig a : r.airports()) {
      try {
        WatchedAirspace.of(new RegionConfig(null, null, List.of(), null, List.of(a)), borders);
      } catch (RuntimeException e) {
        out.add(Finding.problem("region.airports " + a.ident() + ": " + e.getMessage()));
      }
    }
  }

  /** The HTTP port and every UDP input port can be bound now. */
  static void ports(ServeConfig c, List<Finding> out) {
    if (c.port() == 0) {
      out.add(Finding.ok("HTTP port: any free port (0)"));
    } else if (c.port() > 0 && c.port() <= 65535) {
      try (ServerSocket s = new ServerSocket()) {
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(c.port()));
        out.add(Finding.ok("HTTP port " + c.port() + " is free"));
      } catch (IOException e) {
        out.add(
            Finding.problem(
                "HTTP port "
                    + c.port()
                    + " cannot be bound ("
                    + e.getMessage()
                    + "): another program, or a running node, holds it"));
      }
    }
    Set<String> bound = new HashSet<>();
    for (InputConfig in : c.inputs()) {
      if (!"udp".equals(in.type()) || in.port() == null || in.port() < 1 || in.port() > 65535) {
        continue;
      }
      String host = in.host() == null ? "0.0.0.0" : in.host();
      if (!bound.add(host + ":" + in.port())) {
        continue;
      }
      try (DatagramSocket s = new DatagramSocket(null)) {
        s.bind(new InetSocketAddress(InetAddress.getByName(host), in.port()));
        out.add(Finding.ok("input " + in.id() + ": UDP " + host + ":" + in.port() + " is free"));
      } catch (IOException e) {
        out.add(
            Finding.problem(
                "input "
                    + in.id()
                    + ": UDP "
                    + host
                    + ":"
                    + in.port()
                    + " cannot be bound ("
                    + e.getMessage()
                    + ")"));
      }
    }
  }

  /**
   * Who may reach the node (docs/security.md): TLS off on a network address, secrets the group or
   * others can read, sensor CA and CRL files that are missing; plain TCP feeds are named.
   */
  static void security(ServeConfig c, List<Finding> out) {
    var w = c.web();
    boolean tls = w.tls().enabled(w.loopbackOnly());
    if (!tls && !w.loopbackOnly()) {
      out.add(
          Finding.problem(
              "web.tls.mode is off on "
                  + w.bindAddress()
                  + ": tokens and the air picture cross the network in clear text (bind 127.0.0.1"
                  + " behind a TLS proxy on this host, or let the node speak TLS)"));
    } else {
      out.add(
          Finding.ok(
              "web: "
                  + (tls
                      ? "HTTPS ("
                          + (w.tls().keyStore() == null
                              ? "self-signed certificate in DATA/security"
                              : w.tls().keyStore())
                          + ")"
                      : "plain HTTP on loopback")
                  + "; tokens from "
                  + (w.auth().localIssuer() ? "the local issuer" : "")
                  + (w.auth().localIssuer() && !w.auth().issuers().isEmpty() ? " and " : "")
                  + (w.auth().issuers().isEmpty()
                      ? ""
                      : w.auth().issuers().size() + " OIDC issuer(s)")
                  + (w.anonymousRole() == null ? "" : "; anonymous viewers (loopback demo)")));
    }
    for (String secret :
        List.of("security/local-issuer.jwk", "security/web-tls.p12", "security/web-tls.password")) {
      Path f = Path.of(c.dataDir()).resolve(secret);
      try {
        if (Files.isRegularFile(f)
            && f.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          var perms = Files.getPosixFilePermissions(f);
          if (perms.stream()
              .anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
            out.add(
                Finding.problem(
                    f
                        + " is readable by others ("
                        + java.nio.file.attribute.PosixFilePermissions.toString(perms)
                        + "): chmod 600 it"));
          }
        }
      } catch (IOException e) {
        out.add(Finding.problem("cannot read the permissions of " + f + ": " + e.getMessage()));
      }
    }
    for (InputConfig in : c.inputs()) {
      if (!"tcp".equals(in.type())) {
        continue;
      }
      if (in.tls() == null) {
        out.add(Finding.ok("input " + in.id() + ": plain TCP (the sensor is not authenticated)"));
        continue;
      }
      for (String f : new String[] {in.tls().trustedCa(), in.tls().crl(), in.tls().keyStore()}) {
        if (f != null && !Files.isReadable(Path.of(f))) {
          out.add(Finding.problem("input " + in.id() + ": tls file " + f + " cannot be read"));
        }
      }
    }
  }

  /** The data directory exists or can be made, is writable, and its journal reads. */
  static void dataDirectory(Path dir, List<Finding> out) {
    Path abs = dir.toAbsolutePath();
    try {
      Files.createDirectories(abs);
      Path probe = Files.createTempFile(abs, ".doctor", ".tmp");
      Files.delete(probe);
      out.add(Finding.ok("data directory " + abs + " is writable"));
    } catch (IOException e) {
      out.add(
          Finding.problem(
              "data directory "
                  + abs
                  + " is not writable: "
                  + e.getClass().getSimpleName()
                  + " "
                  + e.getMessage()));
      return;
    }
    DataDirectory data = new DataDirectory(abs);
    if (!Files.isDirectory(data.journal())) {
      out.add(Finding.ok("journal: none yet (a new node)"));
      return;
    }
    long entries = 0;
    long lastSequence = -1;
    try (JournalReader r = JournalReader.open(data.journal())) {
      for (JournalEntry e = r.next(); e != null && entries < JOURNAL_CHECK_FRAMES; e = r.next()) {
        entries++;
        lastSequence = e.sequence();
      }
      List<JournalDamage> damages = r.damages();
      if (damages.isEmpty()) {
        out.add(Finding.ok("journal: " + entries + " frames read, last sequence " + lastSequence));
      } else {
        out.add(
            Finding.problem(
                "journal: "
                    + damages.size()
                    + " damaged place(s), first "
                    + damages.get(0)
                    + " ("
                    + entries
                    + " frames readable)"));
      }
    } catch (IOException | RuntimeException e) {
      out.add(Finding.problem("journal " + data.journal() + " cannot be read: " + e.getMessage()));
    }
  }

  /** SQLite: the file is usable; PostgreSQL: user and password given, and a login works. */
  static void database(ServeConfig c, boolean network, String envPassword, List<Finding> out) {
    DatabaseConfig db = c.database();
    if (!db.postgres()) {
      Path file =
          new DataDirectory(Path.of(c.dataDir()).toAbsolutePath())
              .database()
              .resolve(IncidentStoreConfig.SQLITE_FILE);
      if (!Files.exists(file)) {
        out.add(Finding.ok("database: SQLite " + file + " will be created at start"));
        return;
      }
      try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file)) {
        out.add(Finding.ok("database: SQLite " + file + " opens" + schema(conn)));
      } catch (SQLException e) {
        out.add(
            Finding.problem("database: SQLite " + file + " cannot be opened: " + e.getMessage()));
      }
      return;
    }
    String url = db.jdbcUrl();
    if (!url.startsWith("jdbc:postgresql:")) {
      out.add(
          Finding.problem(
              "database.jdbcUrl must be jdbc:postgresql://host:5432/db (or null for SQLite), not "
                  + url));
      return;
    }
    if (db.user() == null || db.user().isBlank()) {
      out.add(Finding.problem("database.user is not set (PostgreSQL needs a user)"));
    }
    String password = db.password() != null ? db.password() : envPassword;
    if (password == null) {
      out.add(
          Finding.problem(
              "database: no password: set SARGAS_DB_PASSWORD in the node's environment"
                  + " (or database.password)"));
    }
    if (!network) {
      return;
    }
    DriverManager.setLoginTimeout(TIMEOUT_S);
    String shown = url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    try (Connection conn = DriverManager.getConnection(url, db.user(), password)) {
      out.add(Finding.ok("database: connected to " + shown + " as " + db.user() + schema(conn)));
    } catch (SQLException e) {
      out.add(
          Finding.problem(
              "database: cannot connect to "
                  + shown
                  + " as "
                  + db.user()
                  + ": "
                  + e.getMessage().lines().findFirst().orElse("")));
    }
  }

  /** ", schema version N" from Flyway's history table, or "" for a new database. */
  private static String schema(Connection conn) {
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success"
                    + " ORDER BY installed_rank DESC LIMIT 1")) {
      return rs.next() ? ", schema version " + rs.getString(1) : ", empty (Flyway will migrate)";
    } catch (SQLException e) {
      return ", empty (Flyway will migrate)";
    }
  }

  /** TCP inputs: the receiver accepts a connection (the node is its client). */
  static void feeds(ServeConfig c, List<Finding> out) {
    for (InputConfig in : c.inputs()) {
      if (!"tcp".equals(in.type()) || in.host() == null || in.port() == null) {
        continue;
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(in.host(), in.port()), TIMEOUT_S * 1000);
        out.add(
            Finding.ok(
                "input "
                    + in.id()
                    + ": "
                    + in.format()
                    + " feed at "
                    + in.host()
                    + ":"
                    + in.port()
                    + " answers"));
      } catch (IOException e) {
        out.add(
            Finding.problem(
                "input "
                    + in.id()
                    + ": nothing answers at "
                    + in.host()
                    + ":"
                    + in.port()
                    + " ("
                    + e.getMessage()
                    + "); is the "
                    + in.format()
                    + " receiver"
                    + (in.sensorId() == null ? "" : " of " + in.sensorId())
                    + " running and reachable?"));
      }
    }
  }

  private static boolean isMulticast(String address) {
    try {
      return InetAddress.getByName(address).isMulticastAddress();
    } catch (IOException e) {
      return false;
    }
  }
}
