package org.sargas.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sargas.model.airspace.Alert;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.Track;
import org.sargas.server.config.DatabaseConfig;
import org.sargas.server.config.ServeConfig;
import org.sargas.store.incident.Acknowledgement;

/** The JSON shapes of docs/api.md, as ordered maps ready for Jackson. Stateless. */
public final class ApiJson {
  private ApiJson() {}

  /** {@code Track}. */
  public static Map<String, Object> track(Track t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trackId", t.trackId());
    m.put("time", t.time().toString());
    m.put("lat", round(t.position().latDeg(), 7));
    m.put("lon", round(t.position().lonDeg(), 7));
    m.put("altM", round(t.position().altitudeM(), 1));
    m.put("speedMps", round(t.groundSpeedMps(), 2));
    m.put("courseDeg", round(t.courseDeg(), 2));
    m.put("velocityEastMps", round(t.velocityEastMps(), 2));
    m.put("velocityNorthMps", round(t.velocityNorthMps(), 2));
    m.put("sigmaM", round(t.sigmaMajorM(), 1));
    m.put("state", t.state().name());
    m.put("class", t.classification().targetClass().name());
    m.put("classConfidence", round(t.classification().confidence(), 3));
    Map<String, Object> id = new LinkedHashMap<>();
    id.put("icao", t.identity().icaoAddress());
    id.put("callsign", t.identity().callsign());
    id.put("mode3a", t.identity().mode3a());
    id.put("remoteId", t.identity().remoteIdSerial());
    GeoPoint operator = t.identity().operatorPosition();
    if (operator == null) {
      id.put("operator", null);
    } else {
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("lat", round(operator.latDeg(), 6));
      op.put("lon", round(operator.lonDeg(), 6));
      id.put("operator", op);
    }
    id.put("standardIdentity", t.standardIdentity().name());
    id.put("reasons", t.assessment().reasons());
    id.put("setBy", t.assessment().overriddenBy());
    id.put(
        "setAt",
        t.assessment().overriddenAt() == null ? null : t.assessment().overriddenAt().toString());
    m.put("identity", id);
    m.put("emergency", t.identity().emergencySquawk());
    m.put("trust", trust(t.trust()));
    return m;
  }

  /** A track's trust assessment: suspect, reasons, since, detail (docs/security.md). */
  public static Map<String, Object> trust(org.sargas.model.track.TrustAssessment a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("suspect", a.suspect());
    m.put("reasons", a.reasons().stream().map(Enum::name).toList());
    m.put("since", a.since() == null ? null : a.since().toString());
    m.put("detail", a.detail());
    return m;
  }

  /** A standard identity assessment (the answer to an operator's identity change). */
  public static Map<String, Object> assessment(
      String trackId, org.sargas.model.track.IdentityAssessment a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trackId", trackId);
    m.put("standardIdentity", a == null ? null : a.standardIdentity().name());
    m.put("reasons", a == null ? List.of() : a.reasons());
    m.put("setBy", a == null ? null : a.overriddenBy());
    m.put("setAt", a == null || a.overriddenAt() == null ? null : a.overriddenAt().toString());
    return m;
  }

  /**
   * {@code Alert}.
   *
   * @param state NEW, ACKNOWLEDGED or CLOSED
   * @param ack the acknowledgement, or null
   * @param violationId the incident, or null
   */
  public static Map<String, Object> alert(
      Alert a, String state, Acknowledgement ack, String violationId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("alertId", a.alertId());
    m.put("kind", a.kind().name());
    m.put("severity", a.severity().name());
    m.put("time", a.time().toString());
    m.put("trackId", a.trackId());
    m.put("zoneId", a.zoneId());
    m.put("message", a.message());
    m.put("state", state);
    m.put("acknowledgedBy", ack == null ? null : ack.operator());
    m.put("acknowledgedAt", ack == null ? null : ack.time().toString());
    m.put("violationId", violationId);
    m.put(
        "predictedEntryTime",
        a.predictedEntryTime() == null ? null : a.predictedEntryTime().toString());
    m.put("leadTimeS", round(a.leadTimeS(), 1));
    if (a.predictedEntryPoint() == null) {
      m.put("predictedEntryPoint", null);
    } else {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("lat", round(a.predictedEntryPoint().latDeg(), 6));
      p.put("lon", round(a.predictedEntryPoint().lonDeg(), 6));
      m.put("predictedEntryPoint", p);
    }
    return m;
  }

  /**
   * {@code GET /api/config}: the effective configuration with its secrets removed (the database
   * password, and any {@code password=} parameter of the JDBC URL).
   */
  public static ServeConfig config(ServeConfig c) {
    ServeConfig out = c.withoutSecrets();
    String url = out.database().jdbcUrl();
    if (url != null) {
      out =
          out.withDatabase(
              new DatabaseConfig(
                  url.replaceAll("(?i)(password=)[^&;]*", "$1***"), out.database().user(), null));
    }
    return out;
  }

  /** A finite number rounded, or null. */
  public static Double round(double v, int digits) {
    if (!Double.isFinite(v)) {
      return null;
    }
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
