package org.sargas.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;

/**
 * Mutual TLS on a TCP feed, one test per rejection case: a sensor (a TLS server that demands the
 * node's client certificate) sends bytes; the node reads them only when the sensor's certificate
 * comes from the input's CA, is valid now, is not on the CA's CRL and names the expected sensor.
 * Every refusal reaches the rejection listener with its reason and no byte is delivered.
 */
class SensorTlsTest {
  private static final String SENSOR = "LT-ADSB-1";
  private static final byte[] PAYLOAD = {0x1a, 0x32, 1, 2, 3, 4, 5, 6, 7, 8, 9};

  @TempDir Path dir;
  private TestPki pki;
  private Path caPem;
  private Path nodeKeyStore;
  private Path nodePassword;
  private TestPki.Issued revokedSensor;

  @BeforeEach
  void pki() throws Exception {
    pki = new TestPki("Sensor CA");
    caPem = pki.pem(dir.resolve("sensor-ca.pem"));
    TestPki.Issued node = pki.issue("sargas-node");
    nodeKeyStore = dir.resolve("node.p12");
    try (OutputStream out = Files.newOutputStream(nodeKeyStore)) {
      node.keyStore(pki.certificate()).store(out, "changeit".toCharArray());
    }
    nodePassword = Files.writeString(dir.resolve("node.password"), "changeit\n");
    revokedSensor = pki.issue(SENSOR);
  }

  @Test
  void aSensorWithItsOwnValidCertificateIsRead() throws Exception {
    Outcome o = connect(pki.issue(SENSOR), pki, crl(List.of(revokedSensor.serial())));
    assertThat(o.reasons()).isEmpty();
    assertThat(o.bytes()).isEqualTo(PAYLOAD.length);
    assertThat(o.sensorSawClientCertificate())
        .as("mutual: the node presented its certificate")
        .isTrue();
  }

  @Test
  void aCertificateFromAnotherCaIsRefused() throws Exception {
    TestPki rogue = new TestPki("Rogue CA");
    Outcome o = connect(rogue.issue(SENSOR), rogue, crl(List.of()));
    assertThat(o.reasons()).first().isEqualTo(SensorTls.Reason.UNKNOWN_CA);
    assertThat(o.bytes()).isZero();
  }

  @Test
  void anExpiredCertificateIsRefused() throws Exception {
    Instant now = Instant.now();
    TestPki.Issued expired =
        pki.issue(SENSOR, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(35)));
    Outcome o = connect(expired, pki, crl(List.of()));
    assertThat(o.reasons()).first().isEqualTo(SensorTls.Reason.EXPIRED);
    assertThat(o.bytes()).isZero();
  }

  @Test
  void aRevokedCertificateIsRefused() throws Exception {
    Outcome o = connect(revokedSensor, pki, crl(List.of(revokedSensor.serial())));
    assertThat(o.reasons()).first().isEqualTo(SensorTls.Reason.REVOKED);
    assertThat(o.bytes()).isZero();
  }

  @Test
  void aCertificateNamingAnotherSensorIsRefused() throws Exception {
    Outcome o = connect(pki.issue("LV-ADSB-7"), pki, crl(List.of()));
    assertThat(o.reasons()).first().isEqualTo(SensorTls.Reason.WRONG_SENSOR);
    assertThat(o.bytes()).isZero();
  }

  @Test
  void aCrlOfAnotherCaCannotDecideAndRefuses() throws Exception {
    TestPki other = new TestPki("Other CA");
    Path foreignCrl = other.crl(dir.resolve("foreign.crl"), List.of(BigInteger.TEN));
    Outcome o = connect(pki.issue(SENSOR), pki, foreignCrl);
    assertThat(o.reasons()).first().isEqualTo(SensorTls.Reason.CRL_UNUSABLE);
    assertThat(o.bytes()).isZero();
  }

  @Test
  void theConfigurationTakesTlsOnTcpInputsOnly() throws Exception {
    String yaml =
        "sensors: [{id: LT-ADSB-1, kind: ADSB_RECEIVER, latDeg: 54.6, lonDeg: 25.3}]\n"
            + "inputs:\n"
            + "  - {id: adsb, type: tcp, format: BEAST, host: relay, port: 30005,"
            + " sensorId: LT-ADSB-1, tls: {trustedCa: ca.pem, crl: ca.crl}}\n";
    var c =
        org.sargas.server.config.ServeConfig.read(
            new java.io.ByteArrayInputStream(yaml.getBytes()), "t.yaml");
    assertThat(c.inputs().get(0).tls().crl()).isEqualTo("ca.crl");
    assertThat(c.inputs().get(0).tlsPeerName()).isEqualTo("LT-ADSB-1");
    String udp =
        "inputs: [{id: r, type: udp, format: ASTERIX, port: 8600, tls: {trustedCa: ca.pem}}]\n";
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                org.sargas.server.config.ServeConfig.read(
                    new java.io.ByteArrayInputStream(udp.getBytes()), "t.yaml"))
        .hasMessageContaining("UDP cannot authenticate its sender");
  }

  @Test
  void theNamesOfACertificateAreItsCnAndDnsNames() throws Exception {
    assertThat(SensorTls.names(pki.issue(SENSOR).certificate())).containsExactly(SENSOR, SENSOR);
  }

  private Path crl(List<BigInteger> revoked) throws Exception {
    return pki.crl(dir.resolve("sensor-ca.crl"), revoked);
  }

  @Test
  void theNodeCountsAndAuditsARefusal() throws Exception {
    TestPki rogue = new TestPki("Rogue CA");
    try (SSLServerSocket server = sensor(rogue.issue(SENSOR), rogue, new boolean[1])) {
      org.sargas.server.config.ServeConfig d = org.sargas.server.config.ServeConfig.defaults();
      org.sargas.server.config.InputConfig in =
          new org.sargas.server.config.InputConfig(
              "adsb-tls",
              "tcp",
              FrameFormat.BEAST,
              "127.0.0.1",
              server.getLocalPort(),
              null,
              null,
              SENSOR,
              null,
              null,
              null,
              new org.sargas.server.config.SensorTlsSettings(
                  caPem.toString(),
                  nodeKeyStore.toString(),
                  nodePassword.toString(),
                  crl(List.of()).toString(),
                  null));
      org.sargas.server.config.ServeConfig c =
          d.withPort(0)
              .withDataDir(dir.resolve("data").toString())
              .withFeeds(d.sensors(), List.of(in))
              .withWeb(d.web().withAccess("127.0.0.1", null));
      try (org.sargas.server.serve.ServeNode node =
          org.sargas.server.serve.ServeNode.start(c, InstantSource.system())) {
        String labels = "input=\"adsb-tls\",reason=\"unknown_ca\"";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (node.metrics().value("sargas_sensor_tls_rejected_total", labels) == 0
            && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertThat(node.metrics().value("sargas_sensor_tls_rejected_total", labels)).isPositive();
        Thread.sleep(200);
        assertThat(node.store().auditLog(Instant.EPOCH, 100))
            .anySatisfy(
                a -> {
                  assertThat(a.action()).isEqualTo("sensor.tls.rejected");
                  assertThat(a.subject()).isEqualTo("adsb-tls");
                  assertThat(a.detail()).contains("unknown_ca").contains(SENSOR);
                });
      }
    }
  }

  /** A sensor: a TLS server with {@code cert} that demands a client certificate of our CA. */
  private SSLServerSocket sensor(TestPki.Issued cert, TestPki issuer, boolean[] sawClient)
      throws Exception {
    KeyStore sensorKs = cert.keyStore(issuer.certificate());
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(sensorKs, "changeit".toCharArray());
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("ca", pki.certificate());
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    SSLServerSocket server =
        (SSLServerSocket)
            ctx.getServerSocketFactory()
                .createServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress());
    server.setNeedClientAuth(true);
    Thread.ofVirtual()
        .start(
            () -> {
              while (!server.isClosed()) {
                try (SSLSocket s = (SSLSocket) server.accept()) {
                  s.startHandshake();
                  sawClient[0] = s.getSession().getPeerCertificates().length > 0;
                  s.getOutputStream().write(PAYLOAD);
                  s.getOutputStream().flush();
                  Thread.sleep(2000);
                } catch (Exception e) {
                  // a refused handshake: wait for the next attempt
                }
              }
            });
    return server;
  }

  record Outcome(List<SensorTls.Reason> reasons, long bytes, boolean sensorSawClientCertificate) {}

  /**
   * Runs a sensor with {@code sensorCert} (issued by {@code issuer}), connects the node's TCP
   * source with mutual TLS, and waits until bytes arrive or a refusal is reported.
   */
  private Outcome connect(TestPki.Issued sensorCert, TestPki issuer, Path crl) throws Exception {
    boolean[] sawClient = new boolean[1];
    try (SSLServerSocket server = sensor(sensorCert, issuer, sawClient)) {
      List<SensorTls.Reason> reasons = new CopyOnWriteArrayList<>();
      List<RawFrame> frames = new CopyOnWriteArrayList<>();
      SensorTls tls =
          new SensorTls(
              caPem,
              nodeKeyStore,
              SensorTls.password(nodePassword),
              crl,
              SENSOR,
              InstantSource.system());
      try (TcpClientSource source =
          new TcpClientSource(
              new InetSocketAddress("127.0.0.1", server.getLocalPort()),
              new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(1)),
              Duration.ofSeconds(5),
              InstantSource.system(),
              "adsb-tls",
              FrameFormat.BEAST,
              (f, offset) -> frames.add(f),
              tls,
              e -> reasons.add(e.reason()))) {
        source.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (reasons.isEmpty() && frames.isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        Thread.sleep(100);
      }
      server.close();
      long bytes = frames.stream().mapToLong(f -> f.payload().length).sum();
      return new Outcome(List.copyOf(reasons), bytes, sawClient[0]);
    }
  }
}
