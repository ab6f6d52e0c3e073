package org.sargas.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.InstantSource;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.server.config.ConfigException;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.security.Role;
import org.sargas.server.security.TestTokens;
import org.sargas.server.security.WebKeyStore;
import org.sargas.server.serve.ServeNode;

/**
 * The web server's two postures: {@code serve} on its defaults (all interfaces, TLS with a
 * self-signed certificate made on first start, every route but /health behind a token), and the
 * loopback demo (plain HTTP, anonymous viewer, acting needs a token). Anonymous access is refused
 * by the configuration on any other address.
 */
class WebServerSecurityTest {

  @Test
  void serveDefaultsSpeakTlsAndNeedATokenForTheApi(@TempDir Path data) throws Exception {
    ServeConfig d = ServeConfig.defaults();
    ServeConfig c = d.withPort(0).withDataDir(data.toString()).withFeeds(d.sensors(), List.of());
    assertEquals("0.0.0.0", c.web().bindAddress());
    try (ServeNode node = ServeNode.start(c, InstantSource.system())) {
      assertThat(node.tls()).isTrue();
      assertThat(node.baseUrl()).startsWith("https://");
      // the client trusts exactly the node's self-signed certificate (and checks its name)
      HttpClient http = HttpClient.newBuilder().sslContext(trusting(data)).build();
      TestTokens tokens = new TestTokens(data);
      assertEquals(200, send(http, node, "GET", "/health", null).statusCode());
      HttpResponse<String> anonymous = send(http, node, "GET", "/api/tracks", null);
      assertEquals(401, anonymous.statusCode());
      assertThat(anonymous.headers().firstValue("Strict-Transport-Security")).isPresent();
      assertEquals(
          200,
          send(http, node, "GET", "/api/tracks", tokens.valid("anna", Role.VIEWER)).statusCode());
      assertEquals(
          403,
          send(http, node, "POST", "/api/alerts/A-none/ack", tokens.valid("anna", Role.VIEWER))
              .statusCode());
      assertEquals(
          404,
          send(http, node, "POST", "/api/alerts/A-none/ack", tokens.valid("bo", Role.OPERATOR))
              .statusCode(),
          "an operator passes the guard (no such alert)");
      assertEquals(401, send(http, node, "GET", "/metrics", null).statusCode());
    }
  }

  @Test
  void theLoopbackDemoAdmitsAnonymousViewersButNotAnonymousActs(@TempDir Path data)
      throws Exception {
    ServeConfig d = ServeConfig.defaults();
    ServeConfig c =
        d.withPort(0)
            .withDataDir(data.toString())
            .withFeeds(d.sensors(), List.of())
            .withWeb(d.web().withAccess("127.0.0.1", "viewer"));
    try (ServeNode node = ServeNode.start(c, InstantSource.system())) {
      assertThat(node.tls()).as("loopback: plain HTTP").isFalse();
      HttpClient http = HttpClient.newHttpClient();
      assertEquals(200, send(http, node, "GET", "/api/violations", null).statusCode());
      assertEquals(200, send(http, node, "GET", "/metrics", null).statusCode());
      assertEquals(
          401,
          send(http, node, "POST", "/api/alerts/A-none/ack", null).statusCode(),
          "acting needs a token: sign in");
      assertEquals(
          401, send(http, node, "GET", "/api/incidents/T1/LTU/1/evidence", null).statusCode());
      assertEquals(
          401,
          send(http, node, "GET", "/api/tracks", new TestTokens(data).bad(TestTokens.Bad.EXPIRED))
              .statusCode(),
          "a bad token is refused, not downgraded to anonymous");
    }
  }

  @Test
  void anonymousAccessIsRefusedOffLoopback() {
    String yaml = "web: {bindAddress: 0.0.0.0, anonymousRole: viewer}\n";
    assertThatThrownBy(
            () -> ServeConfig.read(new java.io.ByteArrayInputStream(yaml.getBytes()), "test.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("web.anonymousRole needs a loopback web.bindAddress");
    String admin = "web: {bindAddress: 127.0.0.1, anonymousRole: admin}\n";
    assertThatThrownBy(
            () -> ServeConfig.read(new java.io.ByteArrayInputStream(admin.getBytes()), "test.yaml"))
        .hasMessageContaining("web.anonymousRole may only be viewer");
  }

  /** A TLS context that trusts exactly the node's self-signed web certificate. */
  static SSLContext trusting(Path data) throws Exception {
    WebKeyStore ks = WebKeyStore.selfSigned(data);
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(ks.file())) {
      store.load(in, ks.password());
    }
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("sargas", store.getCertificate("sargas"));
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }

  private static HttpResponse<String> send(
      HttpClient http, ServeNode node, String method, String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node.baseUrl() + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    b.method(
        method,
        method.equals("POST")
            ? HttpRequest.BodyPublishers.ofString("{}")
            : HttpRequest.BodyPublishers.noBody());
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
