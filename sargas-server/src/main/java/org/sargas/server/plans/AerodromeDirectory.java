package org.sargas.server.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.sargas.model.geo.GeoPoint;

/**
 * Aerodrome reference points by ICAO location indicator, from the offline basemap's airports
 * (OurAirports data, cut to the region at build time: {@code web/basemap/airports.geojson}).
 */
public final class AerodromeDirectory implements Function<String, GeoPoint> {
  /** Classpath resource of the basemap's airports. */
  public static final String RESOURCE = "/web/basemap/airports.geojson";

  private final Map<String, GeoPoint> byIcao;

  public AerodromeDirectory(Map<String, GeoPoint> byIcao) {
    this.byIcao = Map.copyOf(byIcao);
  }

  /** The basemap's aerodromes; empty when the build carried no basemap. */
  public static AerodromeDirectory basemap() {
    Map<String, GeoPoint> m = new HashMap<>();
    try (InputStream in = AerodromeDirectory.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        for (JsonNode f : new ObjectMapper().readTree(in).path("features")) {
          String icao = f.path("properties").path("icao").asText("");
          JsonNode g = f.path("geometry");
          if (icao.length() == 4 && "Point".equals(g.path("type").asText())) {
            JsonNode c = g.path("coordinates");
            m.putIfAbsent(
                icao.toUpperCase(Locale.ROOT),
                GeoPoint.of(c.get(1).asDouble(), c.get(0).asDouble()));
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new AerodromeDirectory(m);
  }

  /** The aerodrome's reference point, or null. */
  @Override
  public GeoPoint apply(String icao) {
    return icao == null ? null : byIcao.get(icao.toUpperCase(Locale.ROOT));
  }

  /** Number of aerodromes known. */
  public int size() {
    return byIcao.size();
  }
}
