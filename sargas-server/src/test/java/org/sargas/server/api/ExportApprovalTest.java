package org.sargas.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.model.airspace.Corroboration;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.airspace.ViolationStatus;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.geo.GeoPoint;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.security.Role;
import org.sargas.server.security.TestTokens;
import org.sargas.server.serve.ServeNode;
import org.sargas.store.incident.OperatorAction;

/**
 * A violation resting only on a suspect track (UNCORROBORATED) is not exported as evidence (report,
 * bundle) until a commander approves it; the approval is audited with the token's subject.
 */
class ExportApprovalTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private static ViolationEvent opened(String trackId, Corroboration c) {
    GeoPoint p = new GeoPoint(55.5, 21.2, 10_000);
    Violation v =
        new Violation(
                trackId + "/LTU/" + T0.toEpochMilli(),
                trackId,
                "LTU",
                ZoneKind.NATIONAL_AIRSPACE,
                T0,
                p,
                T0.plusSeconds(60),
                p,
                2_000,
                T0.plusSeconds(30),
                p,
                1_900,
                2_100,
                "RUS",
                "RUS",
                1,
                ViolationStatus.CONFIRMED)
            .withCorroboration(c);
    return new ViolationEvent(ViolationEventKind.CLOSED, T0.plusSeconds(60), v);
  }

  @Test
  void anUncorroboratedViolationIsExportedOnlyAfterACommandersApproval(@TempDir Path data)
      throws Exception {
    ServeConfig d = ServeConfig.defaults();
    ServeConfig c = d.withPort(0).withDataDir(data.toString()).withFeeds(d.sensors(), List.of());
    try (ServeNode node = ServeNode.start(c, InstantSource.system())) {
      HttpClient http =
          HttpClient.newBuilder().sslContext(WebServerSecurityTest.trusting(data)).build();
      TestTokens tokens = new TestTokens(data);
      String commander = tokens.valid("cdr-vilnius", Role.COMMANDER);
      ViolationEvent spoofed = opened("T0000007", Corroboration.UNCORROBORATED);
      ViolationEvent radar = opened("T0000008", Corroboration.CORROBORATED);
      node.recorder().violation(spoofed);
      node.recorder().violation(radar);
      String id = spoofed.violation().violationId();

      HttpResponse<String> refused =
          send(http, node, "GET", "/api/incidents/" + id + "/evidence", commander, null);
      assertEquals(409, refused.statusCode());
      assertThat(refused.body()).contains("UNCORROBORATED").contains("export-approval");
      assertEquals(
          409,
          send(http, node, "GET", "/api/incidents/" + id + "/report", commander, null)
              .statusCode());
      JsonNode listed =
          JSON.readTree(
              send(http, node, "GET", "/api/violations", tokens.valid("v", Role.VIEWER), null)
                  .body());
      assertThat(listed.toString()).contains("\"corroboration\":\"UNCORROBORATED\"");

      String approve = "/api/violations/" + id + "/export-approval";
      assertEquals(
          403,
          send(http, node, "POST", approve, tokens.valid("op", Role.OPERATOR), "{\"reason\":\"x\"}")
              .statusCode());
      assertEquals(400, send(http, node, "POST", approve, commander, "{}").statusCode());
      HttpResponse<String> ok =
          send(
              http,
              node,
              "POST",
              approve,
              commander,
              "{\"reason\":\"radar track T0000009 confirms the aircraft\"}");
      assertEquals(200, ok.statusCode(), ok.body());
      assertEquals("cdr-vilnius", JSON.readTree(ok.body()).path("approvedBy").asText());

      assertEquals(
          200,
          send(http, node, "GET", "/api/incidents/" + id + "/evidence", commander, null)
              .statusCode());
      List<OperatorAction> audit = node.store().actions(id, "EXPORT_APPROVED");
      assertEquals(1, audit.size());
      assertEquals("cdr-vilnius", audit.get(0).operator());

      // a corroborated violation is exported without approval, and needs none
      String other = radar.violation().violationId();
      assertEquals(
          200,
          send(http, node, "GET", "/api/incidents/" + other + "/evidence", commander, null)
              .statusCode());
      assertEquals(
          409,
          send(
                  http,
                  node,
                  "POST",
                  "/api/violations/" + other + "/export-approval",
                  commander,
                  "{\"reason\":\"x\"}")
              .statusCode());
    }
  }

  private static HttpResponse<String> send(
      HttpClient http, ServeNode node, String method, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
            .header("Authorization", "Bearer " + token);
    b.method(
        method,
        body != null
            ? HttpRequest.BodyPublishers.ofString(body)
            : HttpRequest.BodyPublishers.noBody());
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
