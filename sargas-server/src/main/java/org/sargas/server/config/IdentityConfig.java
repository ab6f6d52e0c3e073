package org.sargas.server.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.StandardIdentity;
import org.sargas.pipeline.identity.DiplomaticClearance;
import org.sargas.pipeline.identity.IdentificationCriteria;
import org.sargas.pipeline.identity.IdentificationCriterion;
import org.sargas.pipeline.identity.IdentificationRule;

/**
 * The identity section of the serve configuration (docs/identity.md).
 *
 * @param criteria a YAML file of identification criteria; null: the embedded default ({@link
 *     #DEFAULT_CRITERIA})
 * @param flightPlans files of ICAO FPL messages or plan CSVs, read at start and re-read when they
 *     change
 * @param reloadIntervalS how often the plan files are checked for changes, seconds
 * @param friendlyAircraft ICAO addresses and callsigns of own and allied aircraft
 * @param friendlyDrones Remote ID serials of registered friendly drones
 * @param clearances diplomatic clearances for state aircraft
 */
public record IdentityConfig(
    String criteria,
    List<String> flightPlans,
    Double reloadIntervalS,
    List<String> friendlyAircraft,
    List<String> friendlyDrones,
    List<ClearanceConfig> clearances) {

  /** Classpath resource of the embedded default identification criteria. */
  public static final String DEFAULT_CRITERIA =
      "/org/sargas/server/config/identification-criteria.yaml";

  public IdentityConfig {
    flightPlans = flightPlans == null ? List.of() : List.copyOf(flightPlans);
    reloadIntervalS = reloadIntervalS == null ? 10.0 : reloadIntervalS;
    friendlyAircraft = friendlyAircraft == null ? List.of() : List.copyOf(friendlyAircraft);
    friendlyDrones = friendlyDrones == null ? List.of() : List.copyOf(friendlyDrones);
    clearances = clearances == null ? List.of() : List.copyOf(clearances);
    if (!(reloadIntervalS > 0)) {
      throw new IllegalArgumentException("identity.reloadIntervalS must be positive");
    }
  }

  /** No plans, no lists, the default criteria. */
  public static IdentityConfig defaults() {
    return new IdentityConfig(null, null, null, null, null, null);
  }

  /** A copy with other flight-plan files. */
  public IdentityConfig withFlightPlans(List<String> files) {
    return new IdentityConfig(
        criteria, files, reloadIntervalS, friendlyAircraft, friendlyDrones, clearances);
  }

  /**
   * A diplomatic clearance as configured.
   *
   * @param id clearance number
   * @param callsign cleared callsign
   * @param icaoAddress cleared aircraft address (6 hex digits)
   * @param registration registration or tail number
   * @param validFrom start (ISO-8601 UTC)
   * @param validTo end (ISO-8601 UTC)
   * @param route cleared route points {@code {latDeg, lonDeg}}
   * @param corridorM corridor half width, m (default 20 km)
   * @param identity the identity it gives (default NEUTRAL)
   */
  public record ClearanceConfig(
      String id,
      String callsign,
      String icaoAddress,
      String registration,
      String validFrom,
      String validTo,
      List<RoutePoint> route,
      Double corridorM,
      StandardIdentity identity) {}

  /** A route point. */
  public record RoutePoint(double latDeg, double lonDeg) {}

  /**
   * The identification criteria in force: the rules of {@link #criteria} (or the embedded default)
   * with this section's lists and clearances.
   *
   * @param base directory relative paths are resolved against
   * @throws ConfigException naming the file and the rule that cannot be read
   */
  public IdentificationCriteria toCriteria(Path base) {
    IdentificationCriteria rules;
    if (criteria == null) {
      rules = embeddedCriteria();
    } else {
      Path f = base == null ? Path.of(criteria) : base.resolve(criteria);
      try (InputStream in = Files.newInputStream(f)) {
        rules = readCriteria(in, f.toString());
      } catch (IOException e) {
        throw new ConfigException("identity.criteria: cannot read " + f + ": " + e.getMessage());
      }
    }
    Set<String> aircraft = new HashSet<>(friendlyAircraft);
    List<DiplomaticClearance> dc = new ArrayList<>();
    int i = 0;
    for (ClearanceConfig c : clearances) {
      String where = "identity.clearances[" + i++ + "]";
      try {
        List<GeoPoint> route = new ArrayList<>();
        if (c.route() != null) {
          c.route().forEach(p -> route.add(GeoPoint.of(p.latDeg(), p.lonDeg())));
        }
        dc.add(
            new DiplomaticClearance(
                c.id() == null ? where : c.id(),
                c.callsign(),
                c.icaoAddress(),
                c.registration(),
                Instant.parse(c.validFrom()),
                Instant.parse(c.validTo()),
                route,
                c.corridorM() == null ? 20_000 : c.corridorM(),
                c.identity()));
      } catch (RuntimeException e) {
        throw new ConfigException(where + ": " + e.getMessage());
      }
    }
    return rules.withLists(aircraft, new HashSet<>(friendlyDrones), dc);
  }

  /** The embedded default criteria (equal to {@link IdentificationCriteria#defaults()}). */
  public static IdentificationCriteria embeddedCriteria() {
    try (InputStream in = IdentityConfig.class.getResourceAsStream(DEFAULT_CRITERIA)) {
      return readCriteria(in, DEFAULT_CRITERIA);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a criteria file: {@code rules} (each {@code name}, {@code criterion}, {@code identity},
   * optional {@code values}), and optional {@code routeCorridorM}, {@code planEarlyMin}, {@code
   * planLateMin}, {@code loiterWindowS}, {@code loiterRadiusM}.
   *
   * @throws ConfigException naming the source and the rule
   */
  public static IdentificationCriteria readCriteria(InputStream in, String source)
      throws IOException {
    JsonNode root;
    try {
      root =
          new ObjectMapper(new YAMLFactory())
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readTree(in);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new ConfigException(source + ": " + e.getOriginalMessage());
    }
    if (root == null || !root.has("rules") || !root.get("rules").isArray()) {
      throw new ConfigException(source + ": no 'rules' list");
    }
    Set<String> known =
        Set.of(
            "rules",
            "routeCorridorM",
            "planEarlyMin",
            "planLateMin",
            "loiterWindowS",
            "loiterRadiusM");
    root.fieldNames()
        .forEachRemaining(
            n -> {
              if (!known.contains(n)) {
                throw new ConfigException(
                    source + ": unknown key '" + n + "' (known: " + known + ")");
              }
            });
    List<IdentificationRule> rules = new ArrayList<>();
    int i = 0;
    for (JsonNode r : root.get("rules")) {
      String where = source + ": rules[" + i++ + "]";
      try {
        Set<String> values = new HashSet<>();
        if (r.has("values")) {
          r.get("values").forEach(v -> values.add(v.asText().trim().toUpperCase(Locale.ROOT)));
        }
        rules.add(
            new IdentificationRule(
                text(r, "name", where),
                IdentificationCriterion.parse(text(r, "criterion", where)),
                StandardIdentity.valueOf(
                    text(r, "identity", where).trim().toUpperCase(Locale.ROOT).replace('-', '_')),
                values));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(where + ": " + e.getMessage());
      }
    }
    IdentificationCriteria d = IdentificationCriteria.defaults();
    try {
      return new IdentificationCriteria(
          rules,
          null,
          null,
          null,
          number(root, "routeCorridorM", d.routeCorridorM()),
          Duration.ofSeconds(
              Math.round(number(root, "planEarlyMin", d.planEarly().toSeconds() / 60.0) * 60)),
          Duration.ofSeconds(
              Math.round(number(root, "planLateMin", d.planLate().toSeconds() / 60.0) * 60)),
          number(root, "loiterWindowS", d.loiterWindowS()),
          number(root, "loiterRadiusM", d.loiterRadiusM()));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(source + ": " + e.getMessage());
    }
  }

  private static String text(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      throw new IllegalArgumentException("missing '" + field + "' (" + where + ")");
    }
    return v.asText();
  }

  private static double number(JsonNode n, String field, double fallback) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? fallback : v.asDouble();
  }
}
