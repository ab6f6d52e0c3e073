package org.sargas.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.security.Role;
import org.sargas.server.security.TestTokens;
import org.sargas.server.serve.ServeNode;

/**
 * The route × role matrix, generated from the OpenAPI document the node serves (openapi.json,
 * {@code x-sargas-roles} per operation): every route but {@code /health} answers 401 without a
 * token and with each kind of bad token; each role gets exactly the routes that list it (403 on the
 * others); the WebSocket refuses an unauthenticated upgrade. One node, loopback, no anonymous role
 * (the {@code serve} defaults apart from TLS, which has its own test).
 */
class ApiAccessMatrixTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path data;
  private static ServeNode node;
  private static TestTokens tokens;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** One operation of the document. */
  record Operation(String method, String path, Set<Role> roles) {
    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }

    /** A concrete URL path: parameters get values no record has (404 after authorization). */
    String concretePath() {
      return path.replace("{violationId}", "T9999999/LTU/1").replace("{id}", "T9999999");
    }
  }

  @BeforeAll
  static void start() throws Exception {
    data = Files.createTempDirectory("sargas-access");
    ServeConfig d = ServeConfig.defaults();
    ServeConfig c =
        d.withPort(0)
            .withDataDir(data.toString())
            .withFeeds(d.sensors(), List.of())
            .withWeb(d.web().withAccess("127.0.0.1", null));
    node = ServeNode.start(c, java.time.InstantSource.system());
    tokens = new TestTokens(data);
  }

  @AfterAll
  static void stop() throws Exception {
    node.close();
    org.sargas.server.report.IncidentFiles.deleteTree(data);
  }

  /** Every HTTP operation of the document (the WebSocket is tested with a WebSocket client). */
  static List<Operation> operations() throws Exception {
    JsonNode doc;
    try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
      doc = JSON.readTree(in);
    }
    List<Operation> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> p = doc.path("paths").fields(); p.hasNext(); ) {
      Map.Entry<String, JsonNode> path = p.next();
      for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
        Map.Entry<String, JsonNode> op = m.next();
        JsonNode roles = op.getValue().path("x-sargas-roles");
        assertThat(roles.isArray()).as(path.getKey() + " lists x-sargas-roles").isTrue();
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(r -> set.add(Role.parse(r.asText()).orElseThrow()));
        out.add(new Operation(op.getKey(), path.getKey(), set));
      }
    }
    return out;
  }

  static Stream<Arguments> protectedTimesBad() throws Exception {
    List<Arguments> out = new ArrayList<>();
    for (Operation o : operations()) {
      if (!o.roles().isEmpty() && !o.path().startsWith("/ws/")) {
        out.add(Arguments.of(o, null));
        for (TestTokens.Bad b : TestTokens.Bad.values()) {
          out.add(Arguments.of(o, b));
        }
      }
    }
    return out.stream();
  }

  static Stream<Arguments> routesTimesRoles() throws Exception {
    List<Arguments> out = new ArrayList<>();
    for (Operation o : operations()) {
      if (!o.roles().isEmpty() && !o.path().startsWith("/ws/")) {
        for (Role r : Role.values()) {
          out.add(Arguments.of(o, r));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} with {1} token → 401")
  @MethodSource("protectedTimesBad")
  void everyRouteButHealthRefusesMissingAndBadTokens(Operation o, TestTokens.Bad bad)
      throws Exception {
    HttpResponse<String> r = call(o, bad == null ? null : tokens.bad(bad));
    assertEquals(401, r.statusCode(), o + ": " + r.body());
    assertThat(r.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    assertThat(r.body()).doesNotContain("mallory");
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("routesTimesRoles")
  void eachRoleGetsExactlyItsRoutes(Operation o, Role role) throws Exception {
    HttpResponse<String> r = call(o, tokens.valid("user-" + role.claimValue(), role));
    if (o.roles().contains(role)) {
      assertThat(r.statusCode()).as(o + " as " + role + ": " + r.body()).isNotIn(401, 403);
      assertThat(r.statusCode()).as(o + " as " + role + ": " + r.body()).isLessThan(500);
      assertThat(r.body()).as("the route exists").doesNotContain("Endpoint " + o);
    } else {
      assertEquals(403, r.statusCode(), o + " as " + role + ": " + r.body());
    }
  }

  @Test
  void healthNeedsNoToken() throws Exception {
    Operation health =
        operations().stream().filter(o -> o.path().equals("/health")).findFirst().orElseThrow();
    assertThat(health.roles()).isEmpty();
    assertEquals(200, call(health, null).statusCode());
  }

  @Test
  void theDocumentCoversTheRoutesTheServerServes() throws Exception {
    Set<String> documented = new java.util.HashSet<>();
    operations().forEach(o -> documented.add(o.toString()));
    for (String route :
        List.of(
            "GET /api/tracks",
            "GET /api/tracks/{id}/response",
            "GET /api/tracks/{id}/search-area",
            "POST /api/alerts/{id}/ack",
            "POST /api/violations/{id}/export-approval",
            "GET /api/incidents/{violationId}/evidence",
            "GET /api/config",
            "GET /api/coverage",
            "GET /api/session",
            "GET /ws/picture")) {
      assertThat(documented).contains(route);
    }
  }

  @Test
  void sessionNamesTheTokensSubjectAndRoles() throws Exception {
    HttpResponse<String> r =
        get("/api/session", tokens.valid("duty-officer", Role.OPERATOR, Role.AUDITOR));
    JsonNode s = JSON.readTree(r.body());
    assertEquals("duty-officer", s.path("subject").asText());
    assertEquals("[\"auditor\",\"operator\"]", s.path("roles").toString());
  }

  @Test
  void webSocketRefusesAnUnauthenticatedUpgrade() {
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> ws(null, null).get(10, TimeUnit.SECONDS));
    assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
    assertEquals(401, ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode());
    ExecutionException bad =
        assertThrows(
            ExecutionException.class,
            () -> ws(tokens.bad(TestTokens.Bad.ALG_NONE), null).get(10, TimeUnit.SECONDS));
    assertThat(bad.getCause()).isInstanceOf(WebSocketHandshakeException.class);
  }

  @Test
  void webSocketAcceptsATokenInTheHeaderOrAsSubprotocol() throws Exception {
    WebSocket header = ws(tokens.valid("viewer-1", Role.VIEWER), null).get(10, TimeUnit.SECONDS);
    header.abort();
    WebSocket sub = ws(null, tokens.valid("viewer-2", Role.AUDITOR)).get(10, TimeUnit.SECONDS);
    assertEquals("sargas", sub.getSubprotocol(), "the server answers with the sargas protocol");
    sub.abort();
  }

  @Test
  void aWebSocketClosesWhenItsTokenExpires() throws Exception {
    String shortLived =
        org.sargas.server.security.LocalIssuer.open(data)
            .mint("brief", Set.of(Role.VIEWER), Duration.ofSeconds(2), java.time.Instant.now());
    CompletableFuture<Integer> closed = new CompletableFuture<>();
    HTTP.newWebSocketBuilder()
        .header("Authorization", "Bearer " + shortLived)
        .buildAsync(
            URI.create(node.baseUrl().replace("http", "ws") + "/ws/picture"),
            new WebSocket.Listener() {
              @Override
              public java.util.concurrent.CompletionStage<?> onClose(
                  WebSocket ws, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
              }
            })
        .get(10, TimeUnit.SECONDS);
    assertEquals(1008, closed.get(30, TimeUnit.SECONDS), "policy violation: token expired");
  }

  @Test
  void securityHeadersAndNoCorsByDefault() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/tracks"))
                .header("Authorization", "Bearer " + tokens.valid("v", Role.VIEWER))
                .header("Origin", "https://evil.example")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'")
        .contains("script-src 'self'");
    assertThat(r.headers().firstValue("Strict-Transport-Security"))
        .as("no HSTS over plain HTTP")
        .isEmpty();
    HttpResponse<String> page = get("/", null);
    assertEquals(200, page.statusCode(), "the page itself holds no data");
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  private static CompletableFuture<WebSocket> ws(String headerToken, String protocolToken) {
    WebSocket.Builder b = HTTP.newWebSocketBuilder();
    if (headerToken != null) {
      b.header("Authorization", "Bearer " + headerToken);
    }
    if (protocolToken != null) {
      b.subprotocols("sargas", "bearer." + protocolToken);
    }
    return b.buildAsync(
        URI.create(node.baseUrl().replace("http", "ws") + "/ws/picture"),
        new WebSocket.Listener() {});
  }

  private static HttpResponse<String> get(String path, String token) throws Exception {
    return call(new Operation("get", path, Set.of()), token);
  }

  private static HttpResponse<String> call(Operation o, String token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(node.baseUrl() + o.concretePath()))
            .timeout(Duration.ofSeconds(20));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (!o.method().equals("get")) {
      b.method(o.method().toUpperCase(), HttpRequest.BodyPublishers.ofString("{}"))
          .header("Content-Type", "application/json");
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
