package org.sargas.server.api;

import static org.sargas.server.api.RouteAccess.APPROVE;
import static org.sargas.server.api.RouteAccess.OPERATE;
import static org.sargas.server.api.RouteAccess.PUBLIC;
import static org.sargas.server.api.RouteAccess.READ_EVIDENCE;
import static org.sargas.server.api.RouteAccess.READ_PICTURE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.airspace.geojson.GeoJsonFeature;
import org.sargas.airspace.geojson.GeoJsonWriter;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.airspace.Violation;
import org.sargas.model.track.IdentityAssessment;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.Track;
import org.sargas.pipeline.ResponseAdvisor;
import org.sargas.server.config.WebSettings;
import org.sargas.server.json.CoverageGeoJson;
import org.sargas.server.json.ResponseJson;
import org.sargas.server.json.ViolationJson;
import org.sargas.server.live.LivePicture;
import org.sargas.server.report.IncidentFiles;
import org.sargas.server.report.ReportFormat;
import org.sargas.server.security.Caller;
import org.sargas.server.security.LocalIssuer;
import org.sargas.server.security.Role;
import org.sargas.server.security.TokenVerifier;
import org.sargas.server.security.WebKeyStore;
import org.sargas.store.incident.Acknowledgement;
import org.sargas.store.incident.OperatorAction;
import org.sargas.store.incident.StoredAlert;
import org.sargas.store.incident.StoredViolation;

/**
 * The HTTP and WebSocket API of docs/api.md on Javalin 7, plus the web map's static files from the
 * classpath directory {@code /web} (a placeholder page when the web build is absent). Violation and
 * alert ids contain slashes ({@code T0000002/LTU/1761233313885}); the routes that take them accept
 * the raw id ({@code /api/alerts/A-T0000002/LTU/1761233313885/ack}).
 */
public final class ApiServer {
  /** Far-future bound for store queries (within the epoch-nanosecond range). */
  static final Instant FAR_FUTURE = Instant.parse("2262-01-01T00:00:00Z");

  /** At most this many stored track points in one replay window. */
  static final int REPLAY_STORE_LIMIT = 500_000;

  private static final String PLACEHOLDER =
      "<!doctype html><html><head><meta charset=\"utf-8\"><title>Sargas</title></head><body>"
          + "<h1>Sargas</h1><p>The web map is not built into this jar. The API is live: "
          + "<a href=\"/api/tracks\">/api/tracks</a>, <a href=\"/api/violations\">/api/violations</a>, "
          + "<a href=\"/api/alerts\">/api/alerts</a>, <a href=\"/api/sensors\">/api/sensors</a>, "
          + "<a href=\"/health\">/health</a>, <a href=\"/metrics\">/metrics</a>, "
          + "<a href=\"/openapi.json\">/openapi.json</a>; WebSocket <code>/ws/picture</code>.</p></body></html>";

  private final NodeView node;
  private final RequestGuard guard;
  private final boolean tls;
  private final java.util.concurrent.ScheduledExecutorService expiries =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "sargas-ws-expiry");
            t.setDaemon(true);
            return t;
          });
  private final ObjectMapper json = new ObjectMapper();
  private final Javalin app;
  private String zonesJson;
  private ResponseAdvisor advisor;
  private String bordersJson;

  private ApiServer(
      NodeView node, Broadcaster broadcaster, int port, RequestGuard guard, WebKeyStore keyStore) {
    this.node = node;
    this.guard = guard;
    this.tls = keyStore != null;
    broadcaster.snapshot(this::snapshot);
    boolean web = ApiServer.class.getResource("/web/index.html") != null;
    WebSettings settings = node.config().web();
    app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.jetty.host = settings.bindAddress();
              cfg.jetty.port = port;
              if (keyStore != null) {
                cfg.jetty.addConnector(
                    (server, http) ->
                        WebTls.connector(server, http, keyStore, settings.bindAddress(), port));
              }
              if (!settings.corsOrigins().isEmpty()) {
                cfg.bundledPlugins.enableCors(
                    cors ->
                        cors.addRule(
                            rule -> {
                              for (String o : settings.corsOrigins()) {
                                rule.allowHost(o);
                              }
                            }));
              }
              cfg.routes.before(guard::headers);
              cfg.routes.beforeMatched(guard::authorize);
              if (web) {
                // the page and its bundle hold no data; the API behind them needs a token
                cfg.staticFiles.add("/web", Location.CLASSPATH, Set.of(PUBLIC));
              } else {
                cfg.routes.get("/", ctx -> ctx.html(PLACEHOLDER), PUBLIC);
              }
              // The routes, one line each, with the access each admits (RouteAccess,
              // docs/security.md).
              cfg.routes.get("/health", this::health, PUBLIC);
              cfg.routes.get("/metrics", this::metrics, READ_PICTURE);
              cfg.routes.get("/openapi.json", this::openApi, READ_PICTURE);
              cfg.routes.get("/api/session", this::session, READ_PICTURE);
              cfg.routes.get("/api/tracks", this::tracks, READ_PICTURE);
              cfg.routes.get("/api/federation", this::federation, READ_PICTURE);
              cfg.routes.get("/api/tracks/{id}", this::track, READ_PICTURE);
              cfg.routes.get("/api/tracks/{id}/response", this::response, OPERATE);
              cfg.routes.get("/api/tracks/{id}/search-area", this::searchArea, OPERATE);
              cfg.routes.get("/api/violations", this::violations, READ_PICTURE);
              cfg.routes.post("/api/violations/<id>/export-approval", this::approveExport, APPROVE);
              cfg.routes.get("/api/alerts", this::alerts, READ_PICTURE);
              cfg.routes.post("/api/alerts/<id>/ack", this::acknowledge, OPERATE);
              cfg.routes.post("/api/tracks/{id}/identity", this::setIdentity, OPERATE);
              cfg.routes.delete("/api/tracks/{id}/identity", this::releaseIdentity, OPERATE);
              cfg.routes.get("/api/sensors", this::sensors, READ_PICTURE);
              cfg.routes.post("/api/sensors/{id}/task", new SensorTaskRoute(node)::handle, OPERATE);
              cfg.routes.get("/api/zones", this::zones, READ_PICTURE);
              cfg.routes.get("/api/borders", this::borders, READ_PICTURE);
              cfg.routes.get("/api/incidents/<violationId>/report", this::report, READ_PICTURE);
              cfg.routes.get(
                  "/api/incidents/<violationId>/evidence", this::evidence, READ_EVIDENCE);
              cfg.routes.get("/api/replay", this::replay, READ_PICTURE);
              cfg.routes.get("/api/config", this::config, READ_PICTURE);
              cfg.routes.get("/api/coverage", this::coverage, READ_PICTURE);
              cfg.routes.wsBeforeUpgrade("/ws/picture", ctx -> guard.authorize(ctx, READ_PICTURE));
              cfg.routes.ws(
                  "/ws/picture",
                  ws -> {
                    ws.onConnect(
                        ctx -> {
                          ctx.session.setIdleTimeout(java.time.Duration.ofHours(1));
                          closeAtExpiry(ctx);
                          broadcaster.connect(ctx);
                        });
                    ws.onClose(broadcaster::disconnect);
                    ws.onError(broadcaster::disconnect);
                  },
                  READ_PICTURE);
              cfg.routes.exception(
                  BadRequest.class,
                  (e, ctx) ->
                      ctx.status(400)
                          .contentType("application/json")
                          .result("{\"error\":" + quote(e.getMessage()) + "}"));
              cfg.routes.exception(
                  RequestGuard.Refused.class,
                  (e, ctx) -> {
                    if (e.wwwAuthenticate != null) {
                      ctx.header("WWW-Authenticate", e.wwwAuthenticate);
                    }
                    ctx.status(e.status)
                        .contentType("application/json")
                        .result("{\"error\":" + quote(e.getMessage()) + "}");
                  });
            });
    app.start();
  }

  /**
   * Starts the API on {@code port} (0 = any free port) with the node's web settings: bind address,
   * TLS (the configured key store, else a self-signed one in the data directory), the trusted token
   * issuers (the local issuer's key is created in the data directory on first start) and the
   * anonymous role.
   */
  public static ApiServer start(NodeView node, Broadcaster broadcaster, int port)
      throws IOException {
    WebSettings w = node.config().web();
    Path dataDir = node.data().root();
    TokenVerifier verifier =
        new TokenVerifier(
            w.auth().issuers(),
            w.auth().localIssuer() ? LocalIssuer.open(dataDir) : null,
            InstantSource.system());
    boolean tls = w.tls().enabled(w.loopbackOnly());
    WebKeyStore keyStore = null;
    if (tls) {
      keyStore =
          w.tls().keyStore() != null
              ? WebKeyStore.configured(
                  Path.of(w.tls().keyStore()), Path.of(w.tls().keyStorePasswordFile()))
              : WebKeyStore.selfSigned(dataDir);
    }
    Role anonymous = w.anonymousRole() == null ? null : Role.parse(w.anonymousRole()).orElseThrow();
    RequestGuard guard = new RequestGuard(verifier, anonymous, tls, w.tileUrl(), node.metrics());
    return new ApiServer(node, broadcaster, port, guard, keyStore);
  }

  /**
   * Closes a WebSocket when the token it was opened with expires (close code 1008, policy
   * violation): a stream must not outlive its credential. The client reconnects and must then
   * present a valid token.
   */
  private void closeAtExpiry(io.javalin.websocket.WsConnectContext ctx) {
    Caller c = ctx.attribute(RequestGuard.CALLER);
    if (c == null || c.expiresAt() == null) {
      return;
    }
    long delayMs = Math.max(0, java.time.Duration.between(Instant.now(), c.expiresAt()).toMillis());
    expiries.schedule(
        () -> {
          if (ctx.session.isOpen()) {
            ctx.closeSession(io.javalin.websocket.WsCloseStatus.POLICY_VIOLATION, "token expired");
          }
        },
        delayMs,
        java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  /** Whether the server speaks TLS (https, wss). */
  public boolean tls() {
    return tls;
  }

  /** The bound port. */
  public int port() {
    return app.port();
  }

  /** Stops the server. */
  public void stop() {
    expiries.shutdownNow();
    app.stop();
  }

  private void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(node.metrics().render());
  }

  private void openApi(Context ctx) throws IOException {
    ctx.contentType("application/json").result(resource("openapi.json"));
  }

  /** Who the caller is (the map shows the name and offers what the roles allow). */
  private void session(Context ctx) {
    Caller c = RequestGuard.caller(ctx);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("subject", c.subject());
    m.put("name", c.name());
    m.put("roles", c.roles().stream().map(Role::claimValue).sorted().toList());
    m.put("issuer", c.issuer());
    json(ctx, m);
  }

  private void tracks(Context ctx) {
    json(ctx, FederationJson.tracks(node.picture().tracks(), node.federation()));
  }

  private void federation(Context ctx) {
    json(ctx, FederationJson.status(node.federation()));
  }

  private void sensors(Context ctx) {
    json(ctx, node.sensors().snapshot());
  }

  private void zones(Context ctx) throws IOException {
    ctx.contentType("application/geo+json").result(zones());
  }

  private void borders(Context ctx) throws IOException {
    ctx.contentType("application/geo+json").result(borders());
  }

  private void health(Context ctx) {
    Map<String, Object> m = new LinkedHashMap<>();
    int down = node.sensors().count("DOWN");
    Map<String, Object> backend = node.backendHealth();
    m.put("status", down == 0 && !"DOWN".equals(backend.get("state")) ? "UP" : "DEGRADED");
    m.put("uptimeS", Math.round(node.uptimeS() * 10) / 10.0);
    m.put("sensors", Map.of("up", node.sensors().count("UP"), "down", down));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("queueDepth", node.queueDepth());
    p.put("tracks", node.picture().size());
    p.put("framesIn", node.metrics().value("sargas_frames_processed_total", ""));
    p.put("observations", node.metrics().value("sargas_observations_total", ""));
    p.put("scans", node.metrics().value("sargas_scans_total", ""));
    p.put("lastScanTime", node.picture().time() == null ? null : node.picture().time().toString());
    m.put("pipeline", p);
    if (!backend.isEmpty()) {
      m.put("backend", backend);
    }
    if (node.federation().enabled()) {
      m.put("federation", FederationJson.health(node.federation()));
    }
    json(ctx, m);
  }

  private void track(Context ctx) {
    String id = ctx.pathParam("id");
    Track t = node.picture().track(id);
    if (t == null) {
      ctx.status(404).contentType("application/json").result("{\"error\":\"no track " + id + "\"}");
      return;
    }
    List<Map<String, Object>> hist = new ArrayList<>();
    for (LivePicture.Point p : node.picture().history(id)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("time", p.time().toString());
      m.put("lat", ApiJson.round(p.lat(), 6));
      m.put("lon", ApiJson.round(p.lon(), 6));
      m.put("altM", ApiJson.round(p.altM(), 0));
      hist.add(m);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("track", ApiJson.track(t));
    m.put("history", hist);
    json(ctx, m);
  }

  private List<Map<String, Object>> violationList(Instant since) {
    return node.store().violations(since, FAR_FUTURE, 1000).stream()
        .map(sv -> ViolationJson.toMap(sv.violation()))
        .toList();
  }

  private void violations(Context ctx) {
    json(ctx, violationList(instant(ctx.queryParam("since"), Instant.EPOCH)));
  }

  private List<Map<String, Object>> alertList(String state) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (StoredAlert a : node.store().alerts(Instant.EPOCH, 1000)) {
      String s = alertState(a);
      if (state == null || state.equalsIgnoreCase(s)) {
        out.add(ApiJson.alert(a.alert(), s, a.acknowledgement(), a.incidentId()));
      }
    }
    return out;
  }

  private String alertState(StoredAlert a) {
    if (a.acknowledged()) {
      boolean closed =
          a.incidentId() != null
              && node.store()
                  .violation(a.incidentId())
                  .map(v -> v.violation().closed())
                  .orElse(false);
      return closed ? "CLOSED" : "ACKNOWLEDGED";
    }
    return "NEW";
  }

  private void alerts(Context ctx) {
    String state = ctx.queryParam("state");
    if (state != null && !Set.of("NEW", "ACKNOWLEDGED", "CLOSED").contains(state.toUpperCase())) {
      throw new BadRequest("state must be NEW, ACKNOWLEDGED or CLOSED");
    }
    json(ctx, alertList(state));
  }

  private void acknowledge(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<StoredAlert> a = node.store().alert(id);
    if (a.isEmpty()) {
      ctx.status(404).contentType("application/json").result("{\"error\":\"no alert " + id + "\"}");
      return;
    }
    JsonNode body;
    try {
      body = ctx.body().isBlank() ? json.createObjectNode() : json.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new BadRequest("body is not JSON: " + e.getOriginalMessage());
    }
    // the actor is the token's subject; an "operator" field in the body is ignored
    String operator = RequestGuard.caller(ctx).subject();
    String note =
        body.path("note").isMissingNode() || body.path("note").isNull()
            ? null
            : body.path("note").asText();
    Acknowledgement ack = new Acknowledgement(id, operator, node.clock().instant(), note);
    if (!node.recorder().acknowledgement(ack, a.get().incidentId())) {
      ctx.status(409);
    }
    StoredAlert now = node.store().alert(id).orElseThrow();
    Map<String, Object> out =
        ApiJson.alert(now.alert(), alertState(now), now.acknowledgement(), now.incidentId());
    node.broadcastAlert(now.alert(), alertState(now), now.acknowledgement(), now.incidentId());
    json(ctx, out);
  }

  /**
   * An operator sets a track's STANAG 1241 identity: body {@code {"identity": "HOSTILE", "reason":
   * "..."}}; recorded with the token's subject as actor in the audit and evidence logs (action
   * IDENTITY_SET).
   */
  private void setIdentity(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (node.picture().track(id) == null) {
      ctx.status(404).contentType("application/json").result("{\"error\":\"no track " + id + "\"}");
      return;
    }
    JsonNode body = body(ctx);
    // the actor is the token's subject; an "operator" field in the body is ignored
    String operator = RequestGuard.caller(ctx).subject();
    String reason = body.path("reason").asText("");
    String identity = body.path("identity").asText("");
    if (reason.isBlank()) {
      throw new BadRequest("reason is required: say why the identity is set by hand");
    }
    StandardIdentity si;
    try {
      si = StandardIdentity.valueOf(identity.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(
          "identity must be one of " + java.util.Arrays.toString(StandardIdentity.values()));
    }
    IdentityAssessment a = node.setIdentity(id, si, reason, operator);
    node.recorder()
        .operatorAction(
            new OperatorAction(
                node.clock().instant(), operator, "IDENTITY_SET", id, si.name() + ": " + reason),
            null);
    json(ctx, ApiJson.assessment(id, a));
  }

  /**
   * An operator releases a track's identity to the identification criteria; recorded with the
   * token's subject as actor (action IDENTITY_RELEASED). 404 when none was set.
   */
  private void releaseIdentity(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    String operator = RequestGuard.caller(ctx).subject();
    if (!node.releaseIdentity(id)) {
      ctx.status(404)
          .contentType("application/json")
          .result("{\"error\":\"no operator identity on track " + id + "\"}");
      return;
    }
    node.recorder()
        .operatorAction(
            new OperatorAction(
                node.clock().instant(), operator, "IDENTITY_RELEASED", id, "criteria resume"),
            null);
    json(ctx, ApiJson.assessment(id, null));
  }

  private JsonNode body(Context ctx) {
    try {
      return ctx.body().isBlank() ? json.createObjectNode() : json.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new BadRequest("body is not JSON: " + e.getOriginalMessage());
    }
  }

  /** Every watched zone (national airspaces, zone files, airport protection zones) as GeoJSON. */
  private String zones() throws IOException {
    if (zonesJson == null) {
      List<GeoJsonFeature> features = new ArrayList<>();
      for (ZoneArea z : node.zones()) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("zoneId", z.id());
        props.put("kind", z.zone().kind().name());
        props.put("name", z.zone().name() == null ? z.id() : z.zone().name());
        props.put("appliesTo", z.zone().appliesTo() == null ? null : z.zone().appliesTo().name());
        props.put("floorM", Double.isFinite(z.zone().floorM()) ? z.zone().floorM() : null);
        props.put("ceilingM", Double.isFinite(z.zone().ceilingM()) ? z.zone().ceilingM() : null);
        features.add(new GeoJsonFeature(props, z.area()));
      }
      StringBuilder out = new StringBuilder();
      new GeoJsonWriter().write(features, out);
      zonesJson = out.toString();
    }
    return zonesJson;
  }

  /** The newest state of a track: the live picture, else its last stored history point. */
  private Track latest(String id) {
    Track t = node.picture().track(id);
    if (t != null) {
      return t;
    }
    List<Track> history = node.store().trackHistory(id, Instant.EPOCH, FAR_FUTURE);
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).state() != org.sargas.model.track.TrackState.DROPPED) {
        return history.get(i);
      }
    }
    return null;
  }

  private ResponseAdvisor advisor() {
    if (advisor == null) {
      advisor = new ResponseAdvisor(node.zones());
    }
    return advisor;
  }

  /**
   * What to do about a track: QRA intercept recommendations and, for a drone, its feasible effector
   * engagements. Recommendations only: a human decides.
   */
  private synchronized void response(Context ctx) {
    String id = ctx.pathParam("id");
    Track t = latest(id);
    if (t == null) {
      ctx.status(404)
          .contentType("application/json")
          .result("{\"error\":\"no track " + quote(id) + "\"}");
      return;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trackId", id);
    m.put("time", t.time().toString());
    m.put("class", t.classification().targetClass().name());
    m.put(
        "intercepts",
        advisor().intercepts(t).stream().limit(10).map(ResponseJson::intercept).toList());
    m.put(
        "effectorOptions",
        t.classification().targetClass().isDrone()
            ? advisor().effectorOptions(t).stream().map(ResponseJson::option).toList()
            : List.of());
    m.put("note", "Recommendations only: a human decides.");
    logShown(ctx, "response.shown", id, t, m);
    json(ctx, m);
  }

  /**
   * Logs a recommendation shown to an operator, with the track state it was computed from, in the
   * audit log and the evidence log (house rule: every recommendation shown is logged with its
   * inputs).
   */
  private void logShown(
      Context ctx, String action, String trackId, Track input, Map<String, Object> shown) {
    try {
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("input", ApiJson.track(input));
      detail.put("shown", shown);
      node.recorder()
          .operatorAction(
              new OperatorAction(
                  node.clock().instant(),
                  RequestGuard.caller(ctx).subject(),
                  action,
                  trackId,
                  json.writeValueAsString(detail)),
              null);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("recommendation not logged, not shown: " + e.getMessage(), e);
    }
  }

  /** The search area of a drone from its last known state (GeoJSON Feature with the 90 % area). */
  private synchronized void searchArea(Context ctx) {
    String id = ctx.pathParam("id");
    Track t = latest(id);
    if (t == null) {
      ctx.status(404)
          .contentType("application/json")
          .result("{\"error\":\"no track " + quote(id) + "\"}");
      return;
    }
    if (!t.classification().targetClass().isDrone()) {
      throw new BadRequest(
          "track " + id + " is not a drone (" + t.classification().targetClass() + ")");
    }
    var area = advisor().searchArea(t, id.hashCode());
    Map<String, Object> props = new LinkedHashMap<>(ResponseJson.searchArea(area));
    props.remove("polygon90");
    Map<String, Object> feature = new LinkedHashMap<>();
    feature.put("type", "Feature");
    feature.put("properties", props);
    feature.put("geometry", ResponseJson.multiPolygon(area.multiPolygon90()));
    logShown(ctx, "search-area.shown", id, t, props);
    json(ctx, feature);
    ctx.contentType("application/geo+json");
  }

  /** Detection coverage of the configured sensors at {@code ?altitudeM=} (default 200 m). */
  private void coverage(Context ctx) {
    double altitudeM;
    try {
      String q = ctx.queryParam("altitudeM");
      altitudeM = q == null ? 200 : Double.parseDouble(q);
    } catch (NumberFormatException e) {
      throw new BadRequest("altitudeM must be a number of metres");
    }
    if (!(altitudeM >= 0 && altitudeM <= 30_000)) {
      throw new BadRequest("altitudeM must be within [0, 30000]");
    }
    ctx.contentType("application/geo+json")
        .result(
            CoverageGeoJson.of(
                node.config().sensors().stream().map(s -> s.toCoverageSpec()).toList(), altitudeM));
  }

  /** The node's effective configuration, secrets removed. */
  private void config(Context ctx) {
    json(ctx, ApiJson.config(node.config()));
  }

  private String borders() throws IOException {
    if (bordersJson == null) {
      bordersJson = bordersGeoJson();
    }
    return bordersJson;
  }

  private void report(Context ctx) throws IOException {
    String id = ctx.pathParam("violationId");
    ReportFormat f =
        ReportFormat.parse(ctx.queryParam("format") == null ? "html" : ctx.queryParam("format"));
    if (f == null) {
      throw new BadRequest("format must be html, geojson or kml");
    }
    Optional<StoredViolation> v = node.store().violation(id);
    if (v.isEmpty()) {
      ctx.status(404)
          .contentType("application/json")
          .result("{\"error\":\"no violation " + quote(id) + "\"}");
      return;
    }
    if (exportRefused(ctx, v.get().violation())) {
      return;
    }
    IncidentFiles files = new IncidentFiles(node.store(), node.data(), node.borders());
    // ?lang=lt|pl|et|lv|en: the HTML report's language (HtmlReport.LANGUAGES; others: English)
    ctx.contentType(f.contentType())
        .result(files.report(v.get().violation(), f, ctx.queryParam("lang")));
  }

  private void evidence(Context ctx) throws IOException {
    String id = ctx.pathParam("violationId");
    Optional<StoredViolation> stored = node.store().violation(id);
    if (stored.isEmpty()) {
      ctx.status(404).contentType("application/json").result("{\"error\":\"no violation\"}");
      return;
    }
    if (exportRefused(ctx, stored.get().violation())) {
      return;
    }
    Path tmp = Files.createTempDirectory("sargas-bundle");
    Path dir = tmp.resolve("bundle");
    try {
      IncidentFiles files = new IncidentFiles(node.store(), node.data(), node.borders());
      files.exportBundle(node.evidence(), node.clock(), id, dir);
      byte[] zip = IncidentFiles.zip(dir);
      ctx.contentType("application/zip")
          .header(
              "Content-Disposition",
              "attachment; filename=\"evidence-" + id.replace('/', '_') + ".zip\"")
          .result(zip);
    } finally {
      IncidentFiles.deleteTree(tmp);
    }
  }

  /** The audit action of a commander's approval to export an uncorroborated violation. */
  static final String EXPORT_APPROVED = "EXPORT_APPROVED";

  /**
   * An UNCORROBORATED violation (its track was suspect: spoofed or implausible positions) is not
   * exported as evidence until a commander approved it: answers 409 and returns true then.
   */
  private boolean exportRefused(Context ctx, Violation v) {
    if (!v.uncorroborated() || !node.store().actions(v.violationId(), EXPORT_APPROVED).isEmpty()) {
      return false;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "error",
        "violation "
            + v.violationId()
            + " is UNCORROBORATED: its track was suspect (spoofed or implausible positions), so it"
            + " cannot be exported as evidence without a commander's approval: POST /api/violations/"
            + v.violationId()
            + "/export-approval with {\"reason\": \"...\"}");
    m.put("violationId", v.violationId());
    m.put("corroboration", v.corroboration().name());
    ctx.status(409);
    json(ctx, m);
    return true;
  }

  /**
   * A commander approves the export of an UNCORROBORATED violation as evidence: body {@code
   * {"reason": "..."}}; recorded with the token's subject as actor in the audit and evidence logs
   * (action EXPORT_APPROVED). 404 for an unknown violation, 409 for a corroborated one (no approval
   * needed).
   */
  private void approveExport(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<StoredViolation> v = node.store().violation(id);
    if (v.isEmpty()) {
      ctx.status(404)
          .contentType("application/json")
          .result("{\"error\":\"no violation " + quote(id) + "\"}");
      return;
    }
    String reason = body(ctx).path("reason").asText("");
    if (reason.isBlank()) {
      throw new BadRequest(
          "reason is required: say why the uncorroborated violation may be exported");
    }
    if (!v.get().violation().uncorroborated()) {
      ctx.status(409)
          .contentType("application/json")
          .result(
              "{\"error\":\"violation "
                  + quote(id)
                  + " is corroborated: its export needs no approval\"}");
      return;
    }
    String commander = RequestGuard.caller(ctx).subject();
    Instant now = node.clock().instant();
    node.recorder()
        .operatorAction(new OperatorAction(now, commander, EXPORT_APPROVED, id, reason), id);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("violationId", id);
    m.put("corroboration", v.get().violation().corroboration().name());
    m.put("approvedBy", commander);
    m.put("approvedAt", now.toString());
    m.put("reason", reason);
    json(ctx, m);
  }

  private void replay(Context ctx) {
    Instant to =
        instant(
            ctx.queryParam("to"),
            node.picture().time() == null ? Instant.now() : node.picture().time());
    Instant from = instant(ctx.queryParam("from"), to.minusSeconds(300));
    if (!from.isBefore(to) || java.time.Duration.between(from, to).toSeconds() > 3600) {
      throw new BadRequest("need from < to, at most one hour apart");
    }
    long fromS = from.getEpochSecond();
    int n = (int) (to.getEpochSecond() - fromS) + 1;
    List<List<Map<String, Object>>> frames = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      frames.add(new ArrayList<>());
    }
    Instant memoryFrom = to;
    for (String id : node.picture().historyIds()) {
      for (LivePicture.Point p : node.picture().history(id)) {
        if (p.time().isBefore(memoryFrom)) {
          memoryFrom = p.time();
        }
        addFrame(frames, fromS, n, from, to, id, p.time(), p.lat(), p.lon(), p.altM());
      }
    }
    if (from.isBefore(memoryFrom)) {
      // Older than the in-memory history: the store's downsampled track history of the window.
      for (Track t : node.store().trackHistory(from, memoryFrom, REPLAY_STORE_LIMIT)) {
        addFrame(
            frames,
            fromS,
            n,
            from,
            to,
            t.trackId(),
            t.time(),
            t.position().latDeg(),
            t.position().lonDeg(),
            t.position().altitudeM());
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("time", Instant.ofEpochSecond(fromS + i).toString());
      f.put("tracks", frames.get(i));
      out.add(f);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", from.toString());
    m.put("to", to.toString());
    m.put("frames", out);
    json(ctx, m);
  }

  private static void addFrame(
      List<List<Map<String, Object>>> frames,
      long fromS,
      int n,
      Instant from,
      Instant to,
      String id,
      Instant time,
      double lat,
      double lon,
      double altM) {
    long s = time.getEpochSecond();
    if (s >= fromS && s < fromS + n && !time.isBefore(from) && !time.isAfter(to)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("trackId", id);
      m.put("time", time.toString());
      m.put("lat", ApiJson.round(lat, 6));
      m.put("lon", ApiJson.round(lon, 6));
      m.put("altM", ApiJson.round(altM, 0));
      frames.get((int) (s - fromS)).add(m);
    }
  }

  /** The border GeoJSON resource as text. */
  private static String bordersGeoJson() throws IOException {
    try (InputStream in =
        CountryBorders.class.getResourceAsStream(CountryBorders.EASTERN_FLANK_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The snapshot sent to a WebSocket client on connect. */
  private Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    Instant t = node.picture().time();
    m.put("time", t == null ? null : t.toString());
    m.put("tracks", node.picture().tracks().stream().map(ApiJson::track).toList());
    m.put("alerts", alertList(null));
    m.put("sensors", node.sensors().snapshot());
    m.put("violations", violationList(Instant.EPOCH));
    return m;
  }

  private static Instant instant(String s, Instant dflt) {
    if (s == null || s.isBlank()) {
      return dflt;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new BadRequest("not an ISO-8601 instant: " + s);
    }
  }

  private void json(Context ctx, Object o) {
    try {
      ctx.contentType("application/json").result(json.writeValueAsString(o));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String quote(String s) {
    try {
      return new ObjectMapper().writeValueAsString(s);
    } catch (JsonProcessingException e) {
      return "\"\"";
    }
  }

  /** A client error (HTTP 400). */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }
}
