package org.sargas.store.incident;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.Corroboration;
import org.sargas.model.airspace.Severity;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.airspace.ViolationStatus;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.sensor.SensorKind;
import org.sargas.model.track.Classification;
import org.sargas.model.track.IdentityAssessment;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.model.track.TrackState;

/**
 * The incident store: violations, alerts and acknowledgements, sensors, downsampled track history
 * and the operator audit log, in SQLite (default, one file) or PostgreSQL, schema managed by Flyway
 * ({@code db/migration/store}).
 *
 * <p><b>Commit before publish.</b> Every write method runs in its own transaction and returns only
 * after the commit; SQLite runs in WAL mode with {@code synchronous=FULL}, PostgreSQL with its
 * default {@code synchronous_commit=on}, so a returned write survives a process kill and a power
 * loss. Publish an incident (WebSocket, REST) only after its write returned.
 *
 * <p><b>Idempotence.</b> Writes are keyed: a violation event by (violation id, kind, event time),
 * an alert by its id, an acknowledgement by its alert id, a track point by (track id, time), so a
 * retried or replayed write never duplicates a row; the methods return whether anything new was
 * stored.
 *
 * <p><b>Threads.</b> Thread-safe. On SQLite, writes are serialised by a lock (SQLite has one
 * writer); reads run concurrently through the pool. Failures surface as {@link StoreException}.
 */
public final class IncidentStore implements Closeable {
  private final IncidentStoreConfig config;
  private final SqlDialect dialect;
  private final HikariDataSource pool;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final TrackDownsampler downsampler;

  private IncidentStore(IncidentStoreConfig config) {
    this.config = config;
    this.dialect = config.dialect();
    this.downsampler = new TrackDownsampler(config.trackHistoryInterval());
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(config.jdbcUrl());
    hc.setPoolName("sargas-store");
    hc.setMaximumPoolSize(config.maxPoolSize());
    hc.setMinimumIdle(1);
    if (config.user() != null) {
      hc.setUsername(config.user());
    }
    if (config.password() != null) {
      hc.setPassword(config.password());
    }
    if (dialect == SqlDialect.SQLITE) {
      hc.addDataSourceProperty("journal_mode", "WAL");
      hc.addDataSourceProperty("synchronous", "FULL");
      hc.addDataSourceProperty("busy_timeout", "10000");
      hc.addDataSourceProperty("foreign_keys", "true");
    }
    this.pool = new HikariDataSource(hc);
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration/store")
          .placeholders(Map.of("autoId", dialect.autoIdColumn()))
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw new StoreException("migrating " + config.jdbcUrl() + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Opens the store, creating or migrating the schema.
   *
   * @throws StoreException if the database cannot be reached or migrated
   */
  public static IncidentStore open(IncidentStoreConfig config) {
    return new IncidentStore(config);
  }

  /** Opens the default SQLite store {@code sargas.db} in {@code dataDirectory} (created). */
  public static IncidentStore openSqlite(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create data directory " + dataDirectory, e);
    }
    return open(IncidentStoreConfig.sqlite(dataDirectory));
  }

  /** The database kind. */
  public SqlDialect dialect() {
    return dialect;
  }

  /** The configuration it was opened with. */
  public IncidentStoreConfig config() {
    return config;
  }

  // ---------------------------------------------------------------- transactions

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T write(String what, Work<T> work) {
    boolean lock = dialect == SqlDialect.SQLITE;
    if (lock) {
      writeLock.lock();
    }
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(what + " failed: " + e.getMessage(), e);
    } finally {
      if (lock) {
        writeLock.unlock();
      }
    }
  }

  private <T> T read(String what, Work<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(what + " failed: " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- violations

  private static final String VIOLATION_COLUMNS =
      "violation_id, track_id, zone_id, zone_kind, entry_time_ns, entry_lat_deg, entry_lon_deg,"
          + " entry_alt_m, exit_time_ns, exit_lat_deg, exit_lon_deg, exit_alt_m, max_depth_m,"
          + " max_depth_time_ns, max_depth_lat_deg, max_depth_lon_deg, max_depth_alt_m,"
          + " max_depth_low95_m, max_depth_high95_m, origin_country, exit_country, probability,"
          + " status, last_event_kind, last_event_time_ns, first_event_time_ns, standard_identity,"
          + " identity_reasons, identity_set_by, corroboration, event_count";

  private static final String UPSERT_VIOLATION =
      "INSERT INTO violation ("
          + VIOLATION_COLUMNS
          + ") VALUES"
          + " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)"
          + " ON CONFLICT (violation_id) DO UPDATE SET"
          + " track_id = excluded.track_id, zone_id = excluded.zone_id,"
          + " zone_kind = excluded.zone_kind, entry_time_ns = excluded.entry_time_ns,"
          + " entry_lat_deg = excluded.entry_lat_deg, entry_lon_deg = excluded.entry_lon_deg,"
          + " entry_alt_m = excluded.entry_alt_m, exit_time_ns = excluded.exit_time_ns,"
          + " exit_lat_deg = excluded.exit_lat_deg, exit_lon_deg = excluded.exit_lon_deg,"
          + " exit_alt_m = excluded.exit_alt_m, max_depth_m = excluded.max_depth_m,"
          + " max_depth_time_ns = excluded.max_depth_time_ns,"
          + " max_depth_lat_deg = excluded.max_depth_lat_deg,"
          + " max_depth_lon_deg = excluded.max_depth_lon_deg,"
          + " max_depth_alt_m = excluded.max_depth_alt_m,"
          + " max_depth_low95_m = excluded.max_depth_low95_m,"
          + " max_depth_high95_m = excluded.max_depth_high95_m,"
          + " origin_country = excluded.origin_country, exit_country = excluded.exit_country,"
          + " probability = excluded.probability, status = excluded.status,"
          + " last_event_kind = excluded.last_event_kind,"
          + " last_event_time_ns = excluded.last_event_time_ns,"
          + " standard_identity = excluded.standard_identity,"
          + " identity_reasons = excluded.identity_reasons,"
          + " identity_set_by = excluded.identity_set_by,"
          + " corroboration = CASE WHEN violation.corroboration = 'UNCORROBORATED'"
          + " THEN violation.corroboration ELSE excluded.corroboration END,"
          + " event_count = violation.event_count + 1"
          + " WHERE excluded.last_event_time_ns >= violation.last_event_time_ns";

  private static final String COUNT_ONLY =
      "UPDATE violation SET event_count = event_count + 1 WHERE violation_id = ?";

  /**
   * Stores a violation life-cycle event: inserts the violation on its first event and updates it on
   * later ones (UPDATED, CLOSED). An event older than the stored state is kept in the history but
   * does not roll the state back; the same event twice is stored once.
   *
   * @return true if the event was new; false if it was already stored
   */
  public boolean recordViolationEvent(ViolationEvent event) {
    return recordViolationEvents(List.of(event)) == 1;
  }

  /**
   * Stores several events in one transaction (in order).
   *
   * @return how many were new
   */
  public int recordViolationEvents(List<ViolationEvent> events) {
    return write(
        "storing violation events",
        c -> {
          int fresh = 0;
          for (boolean f : insertViolationEvents(c, events)) {
            fresh += f ? 1 : 0;
          }
          return fresh;
        });
  }

  /**
   * Which of a scan's incidents were new: one per violation event and one per alert, in the order
   * given to {@link #recordIncidents}.
   */
  public record FreshIncidents(boolean[] events, boolean[] alerts) {}

  /**
   * Stores a scan's violation events and alerts in one transaction (one commit, so one sync of the
   * database instead of one per row): the events in order, then the alerts.
   *
   * @param incidentIds per alert, the violation it concerns, or null
   */
  public FreshIncidents recordIncidents(
      List<ViolationEvent> events, List<Alert> alerts, List<String> incidentIds) {
    if (alerts.size() != incidentIds.size()) {
      throw new IllegalArgumentException("one incident id (or null) per alert");
    }
    return write(
        "storing a scan's incidents",
        c -> {
          boolean[] ev = insertViolationEvents(c, events);
          boolean[] al = new boolean[alerts.size()];
          for (int i = 0; i < al.length; i++) {
            al[i] = insertAlert(c, alerts.get(i), incidentIds.get(i));
          }
          return new FreshIncidents(ev, al);
        });
  }

  private static boolean[] insertViolationEvents(Connection c, List<ViolationEvent> events)
      throws SQLException {
    boolean[] fresh = new boolean[events.size()];
    int i = -1;
    try (PreparedStatement ev =
            c.prepareStatement(
                "INSERT INTO violation_event (violation_id, event_kind, event_time_ns, max_depth_m,"
                    + " probability, status) VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING");
        PreparedStatement up = c.prepareStatement(UPSERT_VIOLATION);
        PreparedStatement count = c.prepareStatement(COUNT_ONLY)) {
      for (ViolationEvent e : events) {
        i++;
        Violation v = e.violation();
        ev.setString(1, v.violationId());
        ev.setString(2, e.kind().name());
        ev.setLong(3, Sql.nanos(e.time()));
        Sql.setDouble(ev, 4, v.maxDepthM());
        Sql.setDouble(ev, 5, v.probability());
        Sql.setText(ev, 6, v.status() == null ? null : v.status().name());
        if (ev.executeUpdate() == 0) {
          continue;
        }
        fresh[i] = true;
        bindViolation(up, e);
        if (up.executeUpdate() == 0) {
          count.setString(1, v.violationId());
          count.executeUpdate();
        }
      }
    }
    return fresh;
  }

  private static void bindViolation(PreparedStatement ps, ViolationEvent e) throws SQLException {
    Violation v = e.violation();
    ps.setString(1, v.violationId());
    ps.setString(2, v.trackId());
    ps.setString(3, v.zoneId());
    Sql.setText(ps, 4, v.zoneKind() == null ? null : v.zoneKind().name());
    ps.setLong(5, Sql.nanos(v.entryTime()));
    Sql.setPoint(ps, 6, v.entryPoint());
    Sql.setTime(ps, 9, v.exitTime());
    Sql.setPoint(ps, 10, v.exitPoint());
    Sql.setDouble(ps, 13, v.maxDepthM());
    Sql.setTime(ps, 14, v.maxDepthTime());
    Sql.setPoint(ps, 15, v.maxDepthPoint());
    Sql.setDouble(ps, 18, v.maxDepthLow95M());
    Sql.setDouble(ps, 19, v.maxDepthHigh95M());
    Sql.setText(ps, 20, v.originCountry());
    Sql.setText(ps, 21, v.exitCountry());
    Sql.setDouble(ps, 22, v.probability());
    Sql.setText(ps, 23, v.status() == null ? null : v.status().name());
    ps.setString(24, e.kind().name());
    ps.setLong(25, Sql.nanos(e.time()));
    ps.setLong(26, Sql.nanos(e.time()));
    IdentityAssessment id = v.identity();
    Sql.setText(ps, 27, id.standardIdentity().name());
    Sql.setText(ps, 28, id.reasons().isEmpty() ? null : String.join("\n", id.reasons()));
    Sql.setText(ps, 29, id.overriddenBy());
    ps.setString(30, v.corroboration().name());
  }

  private static IdentityAssessment identityOf(ResultSet rs) throws SQLException {
    String si = rs.getString("standard_identity");
    if (si == null) {
      return IdentityAssessment.PENDING;
    }
    String reasons = rs.getString("identity_reasons");
    return new IdentityAssessment(
        StandardIdentity.valueOf(si),
        reasons == null ? List.of() : List.of(reasons.split("\n")),
        rs.getString("identity_set_by"),
        null);
  }

  private static StoredViolation violationOf(ResultSet rs) throws SQLException {
    String zoneKind = rs.getString("zone_kind");
    String status = rs.getString("status");
    Violation v =
        new Violation(
            rs.getString("violation_id"),
            rs.getString("track_id"),
            rs.getString("zone_id"),
            zoneKind == null ? null : ZoneKind.valueOf(zoneKind),
            Sql.time(rs, "entry_time_ns"),
            Sql.point(rs, "entry"),
            Sql.time(rs, "exit_time_ns"),
            Sql.point(rs, "exit"),
            Sql.dbl(rs, "max_depth_m"),
            Sql.time(rs, "max_depth_time_ns"),
            Sql.point(rs, "max_depth"),
            Sql.dbl(rs, "max_depth_low95_m"),
            Sql.dbl(rs, "max_depth_high95_m"),
            rs.getString("origin_country"),
            rs.getString("exit_country"),
            Sql.dbl(rs, "probability"),
            status == null ? null : ViolationStatus.valueOf(status),
            identityOf(rs));
    String corroboration = rs.getString("corroboration");
    if (corroboration != null) {
      v = v.withCorroboration(Corroboration.valueOf(corroboration));
    }
    return new StoredViolation(
        v,
        ViolationEventKind.valueOf(rs.getString("last_event_kind")),
        Sql.time(rs, "last_event_time_ns"),
        Sql.time(rs, "first_event_time_ns"),
        rs.getInt("event_count"));
  }

  /** The stored violation with this id. */
  public Optional<StoredViolation> violation(String violationId) {
    return first(
        query(
            "reading violation " + violationId,
            "SELECT " + VIOLATION_COLUMNS + " FROM violation WHERE violation_id = ?",
            ps -> ps.setString(1, violationId),
            IncidentStore::violationOf));
  }

  /**
   * Violations whose entry time is in [{@code from}, {@code to}), newest entry first.
   *
   * @param limit at most this many
   */
  public List<StoredViolation> violations(Instant from, Instant to, int limit) {
    return query(
        "listing violations",
        "SELECT "
            + VIOLATION_COLUMNS
            + " FROM violation WHERE entry_time_ns >= ?"
            + " AND entry_time_ns < ? ORDER BY entry_time_ns DESC, violation_id LIMIT ?",
        ps -> {
          ps.setLong(1, Sql.nanos(from));
          ps.setLong(2, Sql.nanos(to));
          ps.setInt(3, limit);
        },
        IncidentStore::violationOf);
  }

  /** Violations not yet closed (no exit time), oldest entry first. */
  public List<StoredViolation> openViolations() {
    return query(
        "listing open violations",
        "SELECT "
            + VIOLATION_COLUMNS
            + " FROM violation WHERE exit_time_ns IS NULL"
            + " ORDER BY entry_time_ns, violation_id",
        ps -> {},
        IncidentStore::violationOf);
  }

  /** Kinds of the stored life-cycle events of a violation, in event-time order. */
  public List<ViolationEventKind> violationHistory(String violationId) {
    return query(
        "reading violation history",
        "SELECT event_kind FROM violation_event WHERE violation_id = ?"
            + " ORDER BY event_time_ns, event_kind",
        ps -> ps.setString(1, violationId),
        rs -> ViolationEventKind.valueOf(rs.getString(1)));
  }

  // ---------------------------------------------------------------- alerts

  /**
   * Stores an alert.
   *
   * @param incidentId the violation it concerns, or null
   * @return true if new; false if an alert with this id was already stored
   */
  public boolean recordAlert(Alert alert, String incidentId) {
    return write("storing alert " + alert.alertId(), c -> insertAlert(c, alert, incidentId));
  }

  private static boolean insertAlert(Connection c, Alert alert, String incidentId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO alert (alert_id, kind, severity, time_ns, track_id, zone_id, message,"
                + " incident_id, predicted_entry_time_ns, lead_time_s, predicted_lat_deg,"
                + " predicted_lon_deg, predicted_alt_m) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT (alert_id) DO NOTHING")) {
      ps.setString(1, alert.alertId());
      ps.setString(2, alert.kind().name());
      ps.setString(3, alert.severity().name());
      ps.setLong(4, Sql.nanos(alert.time()));
      Sql.setText(ps, 5, alert.trackId());
      Sql.setText(ps, 6, alert.zoneId());
      Sql.setText(ps, 7, alert.message());
      Sql.setText(ps, 8, incidentId);
      Sql.setTime(ps, 9, alert.predictedEntryTime());
      Sql.setDouble(ps, 10, alert.leadTimeS());
      Sql.setPoint(ps, 11, alert.predictedEntryPoint());
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * Stores an operator's acknowledgement of an alert and its audit-log line, in one transaction.
   *
   * @return true if stored; false if the alert is unknown or already acknowledged
   */
  public boolean acknowledge(Acknowledgement ack) {
    return write(
        "acknowledging " + ack.alertId(),
        c -> {
          try (PreparedStatement exists =
              c.prepareStatement("SELECT 1 FROM alert WHERE alert_id = ?")) {
            exists.setString(1, ack.alertId());
            try (ResultSet rs = exists.executeQuery()) {
              if (!rs.next()) {
                return false;
              }
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO acknowledgement (alert_id, operator, time_ns, note) VALUES (?,?,?,?)"
                      + " ON CONFLICT (alert_id) DO NOTHING")) {
            ps.setString(1, ack.alertId());
            ps.setString(2, ack.operator());
            ps.setLong(3, Sql.nanos(ack.time()));
            ps.setString(4, ack.note());
            if (ps.executeUpdate() == 0) {
              return false;
            }
          }
          insertAudit(
              c,
              new OperatorAction(
                  ack.time(), ack.operator(), "alert.acknowledge", ack.alertId(), ack.note()));
          return true;
        });
  }

  private static final String ALERT_SELECT =
      "SELECT a.alert_id, a.kind, a.severity, a.time_ns, a.track_id, a.zone_id, a.message,"
          + " a.predicted_entry_time_ns, a.lead_time_s, a.predicted_lat_deg, a.predicted_lon_deg,"
          + " a.predicted_alt_m, a.incident_id, k.operator, k.time_ns AS ack_time_ns, k.note FROM alert a"
          + " LEFT JOIN acknowledgement k ON k.alert_id = a.alert_id";

  private static StoredAlert alertOf(ResultSet rs) throws SQLException {
    Alert a =
        new Alert(
            rs.getString("alert_id"),
            AlertKind.valueOf(rs.getString("kind")),
            Severity.valueOf(rs.getString("severity")),
            Sql.time(rs, "time_ns"),
            rs.getString("track_id"),
            rs.getString("zone_id"),
            rs.getString("message"),
            Sql.time(rs, "predicted_entry_time_ns"),
            Sql.dbl(rs, "lead_time_s"),
            Sql.point(rs, "predicted"));
    String operator = rs.getString("operator");
    Acknowledgement ack =
        operator == null
            ? null
            : new Acknowledgement(
                a.alertId(), operator, Sql.time(rs, "ack_time_ns"), rs.getString("note"));
    return new StoredAlert(a, rs.getString("incident_id"), ack);
  }

  /** The alert with this id. */
  public Optional<StoredAlert> alert(String alertId) {
    return first(
        query(
            "reading alert",
            ALERT_SELECT + " WHERE a.alert_id = ?",
            ps -> ps.setString(1, alertId),
            IncidentStore::alertOf));
  }

  /** Alerts raised at or after {@code from}, newest first, at most {@code limit}. */
  public List<StoredAlert> alerts(Instant from, int limit) {
    return query(
        "listing alerts",
        ALERT_SELECT + " WHERE a.time_ns >= ? ORDER BY a.time_ns DESC, a.alert_id LIMIT ?",
        ps -> {
          ps.setLong(1, Sql.nanos(from));
          ps.setInt(2, limit);
        },
        IncidentStore::alertOf);
  }

  /** Alerts nobody acknowledged yet, oldest first. */
  public List<StoredAlert> unacknowledgedAlerts() {
    return query(
        "listing unacknowledged alerts",
        ALERT_SELECT + " WHERE k.alert_id IS NULL ORDER BY a.time_ns, a.alert_id",
        ps -> {},
        IncidentStore::alertOf);
  }

  /** Alerts of one incident, oldest first. */
  public List<StoredAlert> alertsOf(String incidentId) {
    return query(
        "listing alerts of " + incidentId,
        ALERT_SELECT + " WHERE a.incident_id = ? ORDER BY a.time_ns, a.alert_id",
        ps -> ps.setString(1, incidentId),
        IncidentStore::alertOf);
  }

  // ---------------------------------------------------------------- sensors

  /** Stores or replaces a sensor's description (its status is kept). */
  public void recordSensor(Sensor s) {
    write(
        "storing sensor " + s.id(),
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO sensor (sensor_id, name, kind, site_lat_deg, site_lon_deg, site_alt_m,"
                      + " max_range_m, update_period_s, status) VALUES (?,?,?,?,?,?,?,?,?)"
                      + " ON CONFLICT (sensor_id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
                      + " site_lat_deg = excluded.site_lat_deg, site_lon_deg = excluded.site_lon_deg,"
                      + " site_alt_m = excluded.site_alt_m, max_range_m = excluded.max_range_m,"
                      + " update_period_s = excluded.update_period_s")) {
            ps.setString(1, s.id());
            ps.setString(2, s.name());
            ps.setString(3, s.kind().name());
            Sql.setPoint(ps, 4, s.site());
            ps.setDouble(7, s.maxRangeM());
            ps.setDouble(8, s.updatePeriodS());
            ps.setString(9, SensorStatus.UNKNOWN.name());
            return ps.executeUpdate();
          }
        });
  }

  /**
   * Sets a sensor's feed status.
   *
   * @return false if the sensor is unknown
   */
  public boolean updateSensorStatus(String sensorId, SensorStatus status, Instant time) {
    return write(
        "updating sensor " + sensorId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE sensor SET status = ?, status_time_ns = ? WHERE sensor_id = ?")) {
            ps.setString(1, status.name());
            ps.setLong(2, Sql.nanos(time));
            ps.setString(3, sensorId);
            return ps.executeUpdate() == 1;
          }
        });
  }

  /** Every sensor, by id. */
  public List<StoredSensor> sensors() {
    return query(
        "listing sensors",
        "SELECT * FROM sensor ORDER BY sensor_id",
        ps -> {},
        rs ->
            new StoredSensor(
                new Sensor(
                    rs.getString("sensor_id"),
                    rs.getString("name"),
                    SensorKind.valueOf(rs.getString("kind")),
                    Sql.point(rs, "site"),
                    rs.getDouble("max_range_m"),
                    rs.getDouble("update_period_s")),
                SensorStatus.valueOf(rs.getString("status")),
                Sql.time(rs, "status_time_ns")));
  }

  // ---------------------------------------------------------------- track history

  /**
   * Stores the downsampled part of a batch of track estimates (see {@link
   * IncidentStoreConfig#trackHistoryInterval()}).
   *
   * @return points stored
   */
  public int recordTracks(TrackBatch batch) {
    return recordTracks(batch.tracks());
  }

  /** Stores the downsampled part of track estimates; returns points stored. */
  public int recordTracks(List<Track> tracks) {
    if (dialect == SqlDialect.SQLITE) {
      writeLock.lock();
    }
    try {
      List<Track> kept = new ArrayList<>();
      synchronized (downsampler) {
        for (Track t : tracks) {
          if (downsampler.keep(t)) {
            kept.add(t);
          }
        }
      }
      if (kept.isEmpty()) {
        return 0;
      }
      try {
        return write("storing track history", c -> insertTrackPoints(c, kept));
      } catch (StoreException e) {
        synchronized (downsampler) {
          kept.forEach(t -> downsampler.forget(t.trackId()));
        }
        throw e;
      }
    } finally {
      if (dialect == SqlDialect.SQLITE) {
        writeLock.unlock();
      }
    }
  }

  private static int insertTrackPoints(Connection c, List<Track> kept) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO track_point (track_id, time_ns, lat_deg, lon_deg, alt_m, vel_east_mps,"
                + " vel_north_mps, vel_up_mps, var_east_m2, var_north_m2, cov_east_north_m2, state,"
                + " icao_address, callsign, mode3a, remote_id_serial, target_class, class_confidence,"
                + " class_reason, updates) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT (track_id, time_ns) DO NOTHING")) {
      for (Track t : kept) {
        ps.setString(1, t.trackId());
        ps.setLong(2, Sql.nanos(t.time()));
        ps.setDouble(3, t.position().latDeg());
        ps.setDouble(4, t.position().lonDeg());
        Sql.setDouble(ps, 5, t.position().altitudeM());
        Sql.setDouble(ps, 6, t.velocityEastMps());
        Sql.setDouble(ps, 7, t.velocityNorthMps());
        Sql.setDouble(ps, 8, t.velocityUpMps());
        Sql.setDouble(ps, 9, t.varEastM2());
        Sql.setDouble(ps, 10, t.varNorthM2());
        Sql.setDouble(ps, 11, t.covEastNorthM2());
        ps.setString(12, t.state().name());
        Identity id = t.identity();
        Sql.setText(ps, 13, id.icaoAddress());
        Sql.setText(ps, 14, id.callsign());
        Sql.setText(ps, 15, id.mode3a());
        Sql.setText(ps, 16, id.remoteIdSerial());
        ps.setString(17, t.classification().targetClass().name());
        ps.setDouble(18, t.classification().confidence());
        Sql.setText(ps, 19, t.classification().reason());
        ps.setInt(20, t.updates());
        ps.addBatch();
      }
      int n = 0;
      for (int r : ps.executeBatch()) {
        n += r > 0 ? 1 : 0;
      }
      return n;
    }
  }

  /**
   * Deletes track points older than {@code cutoff}, except those of tracks that have a violation
   * (their history is incident evidence). Call it daily: at 4,000 tracks and one point per 5 s the
   * table grows by about 70 million rows a day.
   *
   * @return points deleted
   */
  public int pruneTrackHistory(Instant cutoff) {
    return write(
        "pruning track history",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM track_point WHERE time_ns < ?"
                      + " AND track_id NOT IN (SELECT track_id FROM violation)")) {
            ps.setLong(1, Sql.nanos(cutoff));
            return ps.executeUpdate();
          }
        });
  }

  /** Stored history of one track with time in [{@code from}, {@code to}], in time order. */
  public List<Track> trackHistory(String trackId, Instant from, Instant to) {
    return query(
        "reading track " + trackId,
        "SELECT * FROM track_point WHERE track_id = ? AND time_ns >= ? AND time_ns <= ?"
            + " ORDER BY time_ns",
        ps -> {
          ps.setString(1, trackId);
          ps.setLong(2, Sql.nanos(from));
          ps.setLong(3, Sql.nanos(to));
        },
        IncidentStore::trackOf);
  }

  /**
   * Stored history of every track with time in [{@code from}, {@code to}), in time order, at most
   * {@code limit} points (the replay of a past window).
   */
  public List<Track> trackHistory(Instant from, Instant to, int limit) {
    return query(
        "reading track history",
        "SELECT * FROM track_point WHERE time_ns >= ? AND time_ns < ? ORDER BY time_ns, track_id LIMIT ?",
        ps -> {
          ps.setLong(1, Sql.nanos(from));
          ps.setLong(2, Sql.nanos(to));
          ps.setInt(3, limit);
        },
        IncidentStore::trackOf);
  }

  /**
   * The greatest track id any stored track point or violation names (ids are fixed-width, so their
   * text order is their number order), or null when none is stored. A restarted node numbers its
   * tracks after it, so no new track reuses an id that an incident already names.
   */
  public String greatestTrackId() {
    List<String> ids =
        query(
            "reading the greatest track id",
            "SELECT MAX(track_id) AS id FROM (SELECT MAX(track_id) AS track_id FROM track_point"
                + " UNION ALL SELECT MAX(track_id) AS track_id FROM violation) ids",
            ps -> {},
            rs -> rs.getString("id"));
    return ids.isEmpty() ? null : ids.get(0);
  }

  private static Track trackOf(ResultSet rs) throws SQLException {
    String reason = rs.getString("class_reason");
    return new Track(
        rs.getString("track_id"),
        Sql.time(rs, "time_ns"),
        new GeoPoint(rs.getDouble("lat_deg"), rs.getDouble("lon_deg"), Sql.dbl(rs, "alt_m")),
        Sql.dbl(rs, "vel_east_mps"),
        Sql.dbl(rs, "vel_north_mps"),
        Sql.dbl(rs, "vel_up_mps"),
        Sql.dbl(rs, "var_east_m2"),
        Sql.dbl(rs, "var_north_m2"),
        Sql.dbl(rs, "cov_east_north_m2"),
        TrackState.valueOf(rs.getString("state")),
        new Identity(
            rs.getString("icao_address"),
            rs.getString("callsign"),
            rs.getString("mode3a"),
            rs.getString("remote_id_serial"),
            null),
        new Classification(
            TargetClass.valueOf(rs.getString("target_class")),
            rs.getDouble("class_confidence"),
            reason),
        rs.getInt("updates"));
  }

  // ---------------------------------------------------------------- audit log

  /** Appends an operator action to the audit log. */
  public void recordOperatorAction(OperatorAction action) {
    write(
        "storing audit entry",
        c -> {
          insertAudit(c, action);
          return null;
        });
  }

  private static void insertAudit(Connection c, OperatorAction a) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_log (time_ns, operator, action, subject, detail) VALUES (?,?,?,?,?)")) {
      ps.setLong(1, Sql.nanos(a.time()));
      ps.setString(2, a.operator());
      ps.setString(3, a.action());
      ps.setString(4, a.subject());
      ps.setString(5, a.detail());
      ps.executeUpdate();
    }
  }

  /** Audit-log entries at or after {@code from}, oldest first, at most {@code limit}. */
  public List<OperatorAction> auditLog(Instant from, int limit) {
    return query(
        "reading audit log",
        "SELECT time_ns, operator, action, subject, detail FROM audit_log WHERE time_ns >= ?"
            + " ORDER BY time_ns, audit_id LIMIT ?",
        ps -> {
          ps.setLong(1, Sql.nanos(from));
          ps.setInt(2, limit);
        },
        IncidentStore::auditEntry);
  }

  /**
   * The audit-log entries of one action on one subject (e.g. {@code EXPORT_APPROVED} of a violation
   * id), oldest first.
   */
  public List<OperatorAction> actions(String subject, String action) {
    return query(
        "reading audit log",
        "SELECT time_ns, operator, action, subject, detail FROM audit_log"
            + " WHERE subject = ? AND action = ? ORDER BY time_ns, audit_id",
        ps -> {
          ps.setString(1, subject);
          ps.setString(2, action);
        },
        IncidentStore::auditEntry);
  }

  private static OperatorAction auditEntry(ResultSet rs) throws SQLException {
    return new OperatorAction(
        Sql.time(rs, "time_ns"),
        rs.getString("operator"),
        rs.getString("action"),
        rs.getString("subject"),
        rs.getString("detail"));
  }

  // ---------------------------------------------------------------- plumbing

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private <T> List<T> query(String what, String sql, Binder binder, RowMapper<T> mapper) {
    return read(
        what,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return list(ps, mapper);
          }
        });
  }

  private static <T> Optional<T> first(List<T> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private static <T> List<T> list(PreparedStatement ps, RowMapper<T> mapper) throws SQLException {
    List<T> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
    }
    return out;
  }

  /** Closes the connection pool. */
  @Override
  public void close() {
    pool.close();
  }
}
