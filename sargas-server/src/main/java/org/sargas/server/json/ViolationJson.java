package org.sargas.server.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sargas.model.airspace.Violation;
import org.sargas.model.geo.GeoPoint;

/**
 * The JSON form of a {@link Violation} used everywhere Sargas prints or serves one: times ISO-8601
 * UTC (plus {@code …TimeS}, seconds since the Unix epoch), angles in degrees, lengths in metres.
 * Fields of a still-open violation (exit, duration) are null.
 */
public final class ViolationJson {
  private ViolationJson() {}

  /** An ordered map ready for Jackson. */
  public static Map<String, Object> toMap(Violation v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("violationId", v.violationId());
    m.put("trackId", v.trackId());
    m.put("zone", v.zoneId());
    m.put("zoneKind", v.zoneKind() == null ? null : v.zoneKind().name());
    m.put("entryTime", v.entryTime().toString());
    m.put("entryTimeS", epochSeconds(v.entryTime()));
    m.put("entryLat", lat(v.entryPoint()));
    m.put("entryLon", lon(v.entryPoint()));
    m.put("exitTime", v.exitTime() == null ? null : v.exitTime().toString());
    m.put("exitTimeS", epochSeconds(v.exitTime()));
    m.put("exitLat", lat(v.exitPoint()));
    m.put("exitLon", lon(v.exitPoint()));
    m.put("durationS", v.closed() ? round(v.durationS(), 3) : null);
    m.put("maxDepthM", round(v.maxDepthM(), 1));
    m.put("maxDepthTime", v.maxDepthTime() == null ? null : v.maxDepthTime().toString());
    m.put("maxDepthTimeS", epochSeconds(v.maxDepthTime()));
    m.put("maxDepthLat", lat(v.maxDepthPoint()));
    m.put("maxDepthLon", lon(v.maxDepthPoint()));
    m.put("maxDepthLow95M", round(v.maxDepthLow95M(), 1));
    m.put("maxDepthHigh95M", round(v.maxDepthHigh95M(), 1));
    m.put("originCountry", v.originCountry());
    m.put("exitCountry", v.exitCountry());
    m.put("probability", round(v.probability(), 4));
    m.put("status", v.status() == null ? null : v.status().name());
    m.put("entryTimeLow95", text(v.entryTimeLow95()));
    m.put("entryTimeHigh95", text(v.entryTimeHigh95()));
    m.put("exitTimeLow95", text(v.exitTimeLow95()));
    m.put("exitTimeHigh95", text(v.exitTimeHigh95()));
    m.put("basis", v.basis().name());
    m.put("identity", v.identity().standardIdentity().name());
    m.put("identityReasons", v.identity().reasons());
    if (v.uncorroborated()) {
      // only when uncorroborated, so earlier reports and evidence keep their shape
      m.put("corroboration", v.corroboration().name());
    }
    if (v.identity().overridden()) {
      m.put("identitySetBy", v.identity().overriddenBy());
      m.put(
          "identitySetAt",
          v.identity().overriddenAt() == null ? null : v.identity().overriddenAt().toString());
    }
    return m;
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }

  /** Seconds since the Unix epoch, exactly, without exponent; null for null. */
  public static BigDecimal epochSeconds(Instant t) {
    if (t == null) {
      return null;
    }
    return BigDecimal.valueOf(t.getEpochSecond())
        .add(BigDecimal.valueOf(t.getNano(), 9))
        .stripTrailingZeros();
  }

  private static Double lat(GeoPoint p) {
    return p == null ? null : round(p.latDeg(), 7);
  }

  private static Double lon(GeoPoint p) {
    return p == null ? null : round(p.lonDeg(), 7);
  }

  private static Double round(double v, int digits) {
    if (!Double.isFinite(v)) {
      return null;
    }
    return BigDecimal.valueOf(v).setScale(digits, java.math.RoundingMode.HALF_EVEN).doubleValue();
  }
}
