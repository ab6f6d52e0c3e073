package org.sargas.sim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.plan.FlightPlan;
import org.sargas.model.sensor.SensorKind;
import org.sargas.model.track.TargetClass;

/**
 * Reads the scenario format of docs/scenarios.md (YAML, or JSON which is YAML too). Every error
 * names the source and the field path.
 */
public final class ScenarioReader {
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  /** Parses one scenario document. */
  public Scenario read(InputStream in, String source) {
    JsonNode root;
    try {
      root = yaml.readTree(in);
    } catch (JsonProcessingException e) {
      throw new ScenarioFormatException(source, "not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ScenarioFormatException(source, "cannot read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ScenarioFormatException(source, "expected a mapping at the top level");
    }
    Fields f = new Fields(source);
    try {
      JsonNode region = f.required(root, "region");
      List<ScenarioSensor> sensors = new ArrayList<>();
      int i = 0;
      for (JsonNode s : f.array(root, "sensors")) {
        sensors.add(sensor(f.at("sensors[" + i++ + "]"), s));
      }
      List<ScenarioTarget> targets = new ArrayList<>();
      i = 0;
      for (JsonNode t : f.array(root, "targets")) {
        targets.add(target(f.at("targets[" + i++ + "]"), t));
      }
      List<ScenarioAirport> airports = new ArrayList<>();
      i = 0;
      for (JsonNode a : f.array(root, "airports")) {
        airports.add(airport(f.at("airports[" + i++ + "]"), a));
      }
      List<FlightPlan> plans = new ArrayList<>();
      i = 0;
      for (JsonNode a : f.array(root, "flightPlans")) {
        plans.add(flightPlan(f.at("flightPlans[" + i++ + "]"), a, f.instant(root, "start")));
      }
      return new Scenario(
          f.text(root, "name", null),
          f.text(root, "title", null),
          f.text(root, "description", null),
          f.strings(root, "reported"),
          f.strings(root, "assumed"),
          f.instant(root, "start"),
          f.number(root, "durationS", Double.NaN),
          (long) f.number(root, "seed", 1),
          new ScenarioRegion(
              f.number(region, "originLatDeg", Double.NaN),
              f.number(region, "originLonDeg", Double.NaN),
              f.strings(region, "protectedCountries"),
              f.text(region, "zones", null)),
          sensors,
          targets,
          airports,
          plans);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ScenarioFormatException(source, e.getMessage(), e);
    }
  }

  private static ScenarioSensor sensor(Fields f, JsonNode n) {
    Map<TargetClass, Double> byClass = new EnumMap<>(TargetClass.class);
    JsonNode pd = n.get("detectionProbabilityByClass");
    if (pd != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = pd.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        byClass.put(
            f.enumValue(TargetClass.class, e.getKey(), "detectionProbabilityByClass"),
            e.getValue().asDouble());
      }
    }
    double period = f.number(n, "rotationPeriodS", Double.NaN);
    return new ScenarioSensor(
        f.text(n, "id", null),
        f.text(n, "name", null),
        f.enumValue(SensorKind.class, f.text(n, "kind", null), "kind"),
        f.number(n, "latDeg", Double.NaN),
        f.number(n, "lonDeg", Double.NaN),
        f.number(n, "altitudeM", 0),
        f.number(n, "maxRangeM", Double.NaN),
        period,
        f.number(n, "detectionProbability", 0.9),
        byClass,
        f.number(n, "sigmaRangeM", 0),
        f.number(n, "sigmaAzimuthDeg", 0),
        f.number(n, "sigmaElevationDeg", 0),
        f.number(n, "rangeResolutionM", 0),
        f.number(n, "beamwidthDeg", 1.5),
        f.number(n, "clutterPerScan", 0),
        f.number(n, "phaseS", 0),
        n.path("reportsHeight").asBoolean(false));
  }

  /**
   * A filed flight plan: {@code callsign}, {@code mode3a}, {@code departure}, {@code destination},
   * {@code offBlockS} (EOBT, seconds after the scenario start, may be negative), {@code
   * totalElapsedS} and {@code route} points {@code {latDeg, lonDeg}} from departure to destination.
   */
  private static FlightPlan flightPlan(Fields f, JsonNode n, Instant start) {
    List<GeoPoint> route = new ArrayList<>();
    int i = 0;
    for (JsonNode p : f.array(n, "route")) {
      Fields pf = f.at("route[" + i++ + "]");
      route.add(
          GeoPoint.of(pf.number(p, "latDeg", Double.NaN), pf.number(p, "lonDeg", Double.NaN)));
    }
    String callsign = f.text(n, "callsign", null);
    if (callsign == null) {
      throw new IllegalArgumentException(f.where("callsign") + " is required");
    }
    double offBlockS = f.number(n, "offBlockS", 0);
    double eetS = f.number(n, "totalElapsedS", Double.NaN);
    Instant eobt = start.plusMillis(Math.round(offBlockS * 1000));
    return new FlightPlan(
        callsign + "/" + eobt,
        callsign,
        f.text(n, "mode3a", null),
        f.text(n, "departure", null),
        f.text(n, "destination", null),
        route,
        eobt,
        Double.isNaN(eetS) ? null : Duration.ofMillis(Math.round(eetS * 1000)),
        f.source() + ": " + f.path());
  }

  private static ScenarioAirport airport(Fields f, JsonNode n) {
    List<ScenarioRunway> runways = new ArrayList<>();
    int i = 0;
    for (JsonNode r : f.array(n, "runways")) {
      Fields rf = f.at("runways[" + i++ + "]");
      runways.add(
          new ScenarioRunway(
              rf.text(r, "designator", null),
              rf.number(r, "leLatDeg", Double.NaN),
              rf.number(r, "leLonDeg", Double.NaN),
              rf.number(r, "leElevationFt", Double.NaN),
              rf.number(r, "heLatDeg", Double.NaN),
              rf.number(r, "heLonDeg", Double.NaN),
              rf.number(r, "heElevationFt", Double.NaN)));
    }
    return new ScenarioAirport(
        f.text(n, "ident", null),
        f.text(n, "name", null),
        f.text(n, "source", null),
        f.number(n, "halfWidthM", Double.NaN),
        f.number(n, "extensionM", Double.NaN),
        f.number(n, "ceilingAboveRunwayM", Double.NaN),
        f.number(n, "clearForS", 0),
        runways);
  }

  private static ScenarioTarget target(Fields f, JsonNode n) {
    List<Waypoint> wps = new ArrayList<>();
    int i = 0;
    for (JsonNode w : f.array(n, "waypoints")) {
      Fields wf = f.at("waypoints[" + i++ + "]");
      wps.add(
          new Waypoint(
              wf.number(w, "latDeg", Double.NaN),
              wf.number(w, "lonDeg", Double.NaN),
              wf.number(w, "altitudeM", 0),
              wf.number(w, "timeS", Double.NaN),
              wf.number(w, "speedMps", Double.NaN)));
    }
    String type = f.text(n, "type", "UNKNOWN");
    return new ScenarioTarget(
        f.text(n, "id", null),
        f.text(n, "description", null),
        f.enumValue(TargetClass.class, type, "type"),
        f.text(n, "icaoAddress", null),
        f.text(n, "callsign", null),
        f.text(n, "mode3a", null),
        n.path("adsb").asBoolean(false),
        f.text(n, "remoteIdSerial", null),
        wps);
  }

  /** Field access with error messages that carry the source and path. */
  private record Fields(String source, String path) {
    Fields(String source) {
      this(source, "");
    }

    Fields at(String sub) {
      return new Fields(source, path.isEmpty() ? sub : path + "." + sub);
    }

    private String where(String field) {
      return path.isEmpty() ? field : path + "." + field;
    }

    JsonNode required(JsonNode n, String field) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        throw new ScenarioFormatException(source, "missing field " + where(field));
      }
      return v;
    }

    String text(JsonNode n, String field, String fallback) {
      JsonNode v = n.get(field);
      return v == null || v.isNull() ? fallback : v.asText();
    }

    double number(JsonNode n, String field, double fallback) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        return fallback;
      }
      if (!v.isNumber()) {
        throw new ScenarioFormatException(source, where(field) + " must be a number, got " + v);
      }
      return v.asDouble();
    }

    Instant instant(JsonNode n, String field) {
      String s = required(n, field).asText();
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException e) {
        throw new ScenarioFormatException(
            source, where(field) + " is not an ISO-8601 UTC instant: " + s);
      }
    }

    List<String> strings(JsonNode n, String field) {
      List<String> out = new ArrayList<>();
      for (JsonNode v : array(n, field)) {
        out.add(v.asText());
      }
      return out;
    }

    Iterable<JsonNode> array(JsonNode n, String field) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        return List.of();
      }
      if (!v.isArray()) {
        throw new ScenarioFormatException(source, where(field) + " must be a list");
      }
      return v;
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
      if (value == null) {
        throw new ScenarioFormatException(source, "missing field " + where(field));
      }
      try {
        return Enum.valueOf(
            type, value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new ScenarioFormatException(
            source,
            where(field)
                + ": unknown value '"
                + value
                + "', expected one of "
                + java.util.Arrays.toString(type.getEnumConstants()));
      }
    }
  }
}
