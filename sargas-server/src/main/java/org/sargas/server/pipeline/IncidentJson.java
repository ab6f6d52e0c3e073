package org.sargas.server.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.Warning;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.Track;
import org.sargas.server.json.ViolationJson;

/**
 * The JSON forms of a scenario run's alerts, early warnings and last known states, in the style of
 * {@link ViolationJson}: times ISO-8601 UTC plus {@code …TimeS} (seconds since the Unix epoch),
 * angles in degrees, lengths in metres, speeds in m/s.
 */
public final class IncidentJson {
  private IncidentJson() {}

  /** An alert as an ordered map. */
  public static Map<String, Object> toMap(Alert a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("alertId", a.alertId());
    m.put("kind", a.kind().name());
    m.put("severity", a.severity().name());
    m.put("time", a.time().toString());
    m.put("timeS", ViolationJson.epochSeconds(a.time()));
    m.put("trackId", a.trackId());
    m.put("zone", a.zoneId());
    m.put("message", a.message());
    if (a.predictedEntryTime() != null) {
      m.put("predictedEntryTime", a.predictedEntryTime().toString());
      m.put("leadTimeS", Math.round(a.leadTimeS() * 10) / 10.0);
    }
    return m;
  }

  /**
   * The warning an {@code EARLY_WARNING} alert carries, in the shape of {@link #toMap(Warning)}
   * (its prediction hypothesis is in the alert's message).
   */
  public static Map<String, Object> warningOf(Alert a) {
    return toMap(
        new Warning(
            a.trackId(),
            a.zoneId(),
            a.time(),
            a.predictedEntryTime(),
            a.predictedEntryPoint(),
            a.leadTimeS(),
            a.message()));
  }

  /** An early warning as an ordered map. */
  public static Map<String, Object> toMap(Warning w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trackId", w.trackId());
    m.put("zone", w.zoneId());
    m.put("issuedAt", w.issuedAt().toString());
    m.put("issuedAtS", ViolationJson.epochSeconds(w.issuedAt()));
    m.put("predictedEntryTime", w.predictedEntryTime().toString());
    m.put("predictedEntryTimeS", ViolationJson.epochSeconds(w.predictedEntryTime()));
    GeoPoint p = w.predictedEntryPoint();
    m.put("predictedEntryLat", p == null ? null : round(p.latDeg(), 7));
    m.put("predictedEntryLon", p == null ? null : round(p.lonDeg(), 7));
    m.put("leadTimeS", round(w.leadTimeS(), 1));
    m.put("prediction", w.prediction());
    return m;
  }

  /** A last known state as an ordered map. */
  public static Map<String, Object> toMap(LastKnownState s) {
    Track t = s.lastUpdate();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trackId", s.trackId());
    m.put("time", t.time().toString());
    m.put("timeS", ViolationJson.epochSeconds(t.time()));
    m.put("lat", round(t.position().latDeg(), 7));
    m.put("lon", round(t.position().lonDeg(), 7));
    m.put("altitudeM", round(t.position().altitudeM(), 0));
    m.put("sigmaM", round(t.sigmaMajorM(), 1));
    m.put("velocityEastMps", round(t.velocityEastMps(), 2));
    m.put("velocityNorthMps", round(t.velocityNorthMps(), 2));
    m.put("groundSpeedMps", round(t.groundSpeedMps(), 2));
    m.put("courseDeg", round(t.courseDeg(), 1));
    m.put("class", t.classification().targetClass().name());
    m.put("lost", s.lost());
    m.put("droppedTime", s.droppedAt() == null ? null : s.droppedAt().toString());
    m.put("droppedTimeS", ViolationJson.epochSeconds(s.droppedAt()));
    return m;
  }

  private static Double round(double v, int digits) {
    if (!Double.isFinite(v)) {
      return null;
    }
    return BigDecimal.valueOf(v).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
  }
}
