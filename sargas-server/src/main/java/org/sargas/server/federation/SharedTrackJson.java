package org.sargas.server.federation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/**
 * A {@link SharedTrack} as one line of JSON on a federation link: {@code {globalId, origin,
 * originNation, globalSince, label:{policy, classification, releasableTo, sensorSitesReleasable},
 * track:{trackId, time, state, lat, lon, altM, velocityEastMps, velocityNorthMps, class, icao,
 * callsign, mode3a}, sensorSites:[{sensorId, lat, lon}]}}. The identity fields are null when the
 * link does not carry them; a line without origin, globalSince or state (the first slice's form)
 * reads as the global id's prefix, the track's time and {@code CONFIRMED}. Thread-safe.
 */
public final class SharedTrackJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final ReleasabilityLabel LEGACY_LABEL =
      new ReleasabilityLabel("NATO", SecurityClassification.UNCLASSIFIED, Set.of(), false);

  private SharedTrackJson() {}

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.path(field).asText() : null;
  }

  /** One line (no newline). */
  public static String write(SharedTrack s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("globalId", s.globalId());
    m.put("origin", s.origin());
    m.put("originNation", s.originNation());
    m.put("globalSince", s.globalSince().toString());
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("policy", s.label().policy());
    l.put("classification", s.label().classification().name());
    l.put("releasableTo", new TreeSet<>(s.label().releasableTo()));
    l.put("sensorSitesReleasable", s.label().sensorSitesReleasable());
    m.put("label", l);
    Track t = s.track();
    Map<String, Object> tm = new LinkedHashMap<>();
    tm.put("trackId", t.trackId());
    tm.put("time", t.time().toString());
    tm.put("state", t.state().name());
    tm.put("lat", t.position().latDeg());
    tm.put("lon", t.position().lonDeg());
    tm.put("altM", Double.isNaN(t.position().altitudeM()) ? null : t.position().altitudeM());
    tm.put("velocityEastMps", t.velocityEastMps());
    tm.put("velocityNorthMps", t.velocityNorthMps());
    tm.put("class", t.classification().targetClass().name());
    tm.put("icao", t.identity().icaoAddress());
    tm.put("callsign", t.identity().callsign());
    tm.put("mode3a", t.identity().mode3a());
    m.put("track", tm);
    List<Map<String, Object>> sites = new ArrayList<>();
    for (SharedTrack.SensorSite site : s.sensorSites()) {
      sites.add(
          Map.of(
              "sensorId", site.sensorId(),
              "lat", site.position().latDeg(),
              "lon", site.position().lonDeg()));
    }
    m.put("sensorSites", sites);
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads one line.
   *
   * @throws IllegalArgumentException naming the reason when it is not a shared track
   */
  public static SharedTrack read(String line) {
    try {
      JsonNode m = JSON.readTree(line);
      JsonNode l = m.path("label");
      Set<String> to = new TreeSet<>();
      l.path("releasableTo").forEach(n -> to.add(n.asText()));
      JsonNode t = m.path("track");
      Track track =
          new Track(
              t.path("trackId").asText(),
              Instant.parse(t.path("time").asText()),
              new GeoPoint(
                  t.path("lat").asDouble(),
                  t.path("lon").asDouble(),
                  t.path("altM").isNull() ? Double.NaN : t.path("altM").asDouble()),
              t.path("velocityEastMps").asDouble(),
              t.path("velocityNorthMps").asDouble(),
              0,
              0,
              0,
              0,
              t.hasNonNull("state")
                  ? TrackState.valueOf(t.path("state").asText())
                  : TrackState.CONFIRMED,
              new Identity(text(t, "icao"), text(t, "callsign"), text(t, "mode3a"), null, null),
              new Classification(TargetClass.valueOf(t.path("class").asText()), 0, "partner"),
              0);
      List<SharedTrack.SensorSite> sites = new ArrayList<>();
      for (JsonNode s : m.path("sensorSites")) {
        sites.add(
            new SharedTrack.SensorSite(
                s.path("sensorId").asText(),
                GeoPoint.of(s.path("lat").asDouble(), s.path("lon").asDouble())));
      }
      String globalId = m.path("globalId").asText();
      SharedTrack legacy = new SharedTrack(globalId, track, LEGACY_LABEL, List.of());
      return new SharedTrack(
          globalId,
          track,
          new ReleasabilityLabel(
              l.path("policy").asText(),
              SecurityClassification.valueOf(l.path("classification").asText()),
              to,
              l.path("sensorSitesReleasable").asBoolean()),
          sites,
          m.hasNonNull("origin") ? m.path("origin").asText() : legacy.origin(),
          m.hasNonNull("originNation") ? m.path("originNation").asText() : legacy.originNation(),
          m.hasNonNull("globalSince")
              ? Instant.parse(m.path("globalSince").asText())
              : legacy.globalSince());
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("not a shared track: " + e.getMessage(), e);
    }
  }
}
