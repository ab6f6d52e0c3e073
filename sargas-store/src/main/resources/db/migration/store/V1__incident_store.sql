-- Sargas incident store, schema 1. Runs unchanged on SQLite and PostgreSQL; ${autoId} is the only
-- dialect placeholder (an auto-increment primary key). Times are epoch nanoseconds (BIGINT, UTC);
-- unknown numbers are NULL.

CREATE TABLE violation (
  violation_id        TEXT PRIMARY KEY,
  track_id            TEXT NOT NULL,
  zone_id             TEXT NOT NULL,
  zone_kind           TEXT,
  entry_time_ns       BIGINT NOT NULL,
  entry_lat_deg       DOUBLE PRECISION NOT NULL,
  entry_lon_deg       DOUBLE PRECISION NOT NULL,
  entry_alt_m         DOUBLE PRECISION,
  exit_time_ns        BIGINT,
  exit_lat_deg        DOUBLE PRECISION,
  exit_lon_deg        DOUBLE PRECISION,
  exit_alt_m          DOUBLE PRECISION,
  max_depth_m         DOUBLE PRECISION,
  max_depth_time_ns   BIGINT,
  max_depth_lat_deg   DOUBLE PRECISION,
  max_depth_lon_deg   DOUBLE PRECISION,
  max_depth_alt_m     DOUBLE PRECISION,
  max_depth_low95_m   DOUBLE PRECISION,
  max_depth_high95_m  DOUBLE PRECISION,
  origin_country      TEXT,
  exit_country        TEXT,
  probability         DOUBLE PRECISION,
  status              TEXT,
  last_event_kind     TEXT NOT NULL,
  last_event_time_ns  BIGINT NOT NULL,
  first_event_time_ns BIGINT NOT NULL,
  event_count         INTEGER NOT NULL
);
CREATE INDEX violation_by_entry ON violation (entry_time_ns);
CREATE INDEX violation_by_track ON violation (track_id);

-- One row per distinct life-cycle event: the key makes replays and retries idempotent.
CREATE TABLE violation_event (
  violation_id   TEXT NOT NULL,
  event_kind     TEXT NOT NULL,
  event_time_ns  BIGINT NOT NULL,
  max_depth_m    DOUBLE PRECISION,
  probability    DOUBLE PRECISION,
  status         TEXT,
  PRIMARY KEY (violation_id, event_kind, event_time_ns)
);

CREATE TABLE alert (
  alert_id     TEXT PRIMARY KEY,
  kind         TEXT NOT NULL,
  severity     TEXT NOT NULL,
  time_ns      BIGINT NOT NULL,
  track_id     TEXT,
  zone_id      TEXT,
  message      TEXT,
  incident_id  TEXT
);
CREATE INDEX alert_by_time ON alert (time_ns);
CREATE INDEX alert_by_incident ON alert (incident_id);

CREATE TABLE acknowledgement (
  alert_id  TEXT PRIMARY KEY REFERENCES alert (alert_id),
  operator  TEXT NOT NULL,
  time_ns   BIGINT NOT NULL,
  note      TEXT NOT NULL
);

CREATE TABLE sensor (
  sensor_id        TEXT PRIMARY KEY,
  name             TEXT NOT NULL,
  kind             TEXT NOT NULL,
  site_lat_deg     DOUBLE PRECISION NOT NULL,
  site_lon_deg     DOUBLE PRECISION NOT NULL,
  site_alt_m       DOUBLE PRECISION,
  max_range_m      DOUBLE PRECISION NOT NULL,
  update_period_s  DOUBLE PRECISION NOT NULL,
  status           TEXT NOT NULL,
  status_time_ns   BIGINT
);

CREATE TABLE track_point (
  track_id           TEXT NOT NULL,
  time_ns            BIGINT NOT NULL,
  lat_deg            DOUBLE PRECISION NOT NULL,
  lon_deg            DOUBLE PRECISION NOT NULL,
  alt_m              DOUBLE PRECISION,
  vel_east_mps       DOUBLE PRECISION,
  vel_north_mps      DOUBLE PRECISION,
  vel_up_mps         DOUBLE PRECISION,
  var_east_m2        DOUBLE PRECISION,
  var_north_m2       DOUBLE PRECISION,
  cov_east_north_m2  DOUBLE PRECISION,
  state              TEXT NOT NULL,
  icao_address       TEXT,
  callsign           TEXT,
  mode3a             TEXT,
  remote_id_serial   TEXT,
  target_class       TEXT NOT NULL,
  class_confidence   DOUBLE PRECISION NOT NULL,
  class_reason       TEXT,
  updates            INTEGER NOT NULL,
  PRIMARY KEY (track_id, time_ns)
);
CREATE INDEX track_point_by_time ON track_point (time_ns);

CREATE TABLE audit_log (
  audit_id  ${autoId},
  time_ns   BIGINT NOT NULL,
  operator  TEXT NOT NULL,
  action    TEXT NOT NULL,
  subject   TEXT NOT NULL,
  detail    TEXT NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (time_ns);
