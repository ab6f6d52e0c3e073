package org.sargas.store.incident;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import org.sargas.model.geo.GeoPoint;

/** Column conversions shared by the store: instants as epoch nanoseconds, NaN and null as NULL. */
final class Sql {
  private Sql() {}

  static long nanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }

  static Instant instant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  static void setTime(PreparedStatement ps, int i, Instant t) throws SQLException {
    if (t == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, nanos(t));
    }
  }

  static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
    if (Double.isFinite(v)) {
      ps.setDouble(i, v);
    } else {
      ps.setNull(i, Types.DOUBLE);
    }
  }

  static void setText(PreparedStatement ps, int i, String s) throws SQLException {
    if (s == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, s);
    }
  }

  /** Sets lat, lon, alt at i, i+1, i+2 (all NULL for a null point). */
  static void setPoint(PreparedStatement ps, int i, GeoPoint p) throws SQLException {
    if (p == null) {
      ps.setNull(i, Types.DOUBLE);
      ps.setNull(i + 1, Types.DOUBLE);
      ps.setNull(i + 2, Types.DOUBLE);
    } else {
      ps.setDouble(i, p.latDeg());
      ps.setDouble(i + 1, p.lonDeg());
      setDouble(ps, i + 2, p.altitudeM());
    }
  }

  static Instant time(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : instant(v);
  }

  static double dbl(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : v;
  }

  /** The point in columns {@code prefix_lat_deg}, {@code prefix_lon_deg}, {@code prefix_alt_m}. */
  static GeoPoint point(ResultSet rs, String prefix) throws SQLException {
    double lat = rs.getDouble(prefix + "_lat_deg");
    if (rs.wasNull()) {
      return null;
    }
    return new GeoPoint(lat, rs.getDouble(prefix + "_lon_deg"), dbl(rs, prefix + "_alt_m"));
  }
}
