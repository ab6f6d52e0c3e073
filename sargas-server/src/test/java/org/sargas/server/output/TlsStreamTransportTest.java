package org.sargas.server.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.formats.cot.CotEvent;
import org.sargas.formats.cot.CotSchema;
import org.sargas.formats.cot.CotXml;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.TargetClass;
import org.sargas.server.ingest.ReconnectBackoff;

/**
 * CoT XML over mutual TLS to a server that, like a TAK Server's streaming input, requires a client
 * certificate from its CA: certificates made with the JDK's keytool, the client context from {@link
 * TlsContexts}.
 */
class TlsStreamTransportTest {
  private static final char[] PASSWORD = "changeit".toCharArray();

  private static void keytool(String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  /** A PKCS#12 store with one self-signed key pair, and a trust store holding its certificate. */
  private static void pair(Path dir, String name) throws Exception {
    String ks = dir.resolve(name + ".p12").toString();
    keytool(
        "-genkeypair",
        "-alias",
        name,
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=" + name,
        "-ext",
        "SAN=ip:127.0.0.1",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        ks,
        "-storepass",
        "changeit");
    keytool(
        "-exportcert",
        "-alias",
        name,
        "-keystore",
        ks,
        "-storepass",
        "changeit",
        "-file",
        dir.resolve(name + ".crt").toString());
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        name,
        "-file",
        dir.resolve(name + ".crt").toString(),
        "-storetype",
        "PKCS12",
        "-keystore",
        dir.resolve(name + "-trust.p12").toString(),
        "-storepass",
        "changeit");
  }

  private static KeyStore load(Path p) throws Exception {
    KeyStore k = KeyStore.getInstance("PKCS12");
    try (InputStream in = new FileInputStream(p.toFile())) {
      k.load(in, PASSWORD);
    }
    return k;
  }

  @Test
  void cotGoesOutOverMutualTls(@TempDir Path dir) throws Exception {
    pair(dir, "server");
    pair(dir, "client");
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(load(dir.resolve("server.p12")), PASSWORD);
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(load(dir.resolve("client-trust.p12")));
    SSLContext serverContext = SSLContext.getInstance("TLS");
    serverContext.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    try (SSLServerSocket server =
        (SSLServerSocket)
            serverContext
                .getServerSocketFactory()
                .createServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
      server.setNeedClientAuth(true);
      SSLContext client =
          TlsContexts.client(
              dir.resolve("server-trust.p12").toString(),
              dir.resolve("client.p12").toString(),
              PASSWORD);
      CotPictureEncoder enc =
          new CotPictureEncoder(
              CotPictureEncoder.Form.XML, "sargas", Duration.ofSeconds(10), t -> Duration.ZERO);
      try (StreamTransport out =
          new StreamTransport(
              "tak-server",
              new InetSocketAddress("127.0.0.1", server.getLocalPort()),
              client,
              new ReconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(200)),
              100)) {
        Instant t = Instant.parse("2026-09-10T02:31:07Z");
        for (byte[] m :
            enc.encode(
                List.of(
                    OutputTracks.track(
                        "T0000007",
                        t,
                        54.5,
                        25.5,
                        TargetClass.FAST_JET,
                        StandardIdentity.HOSTILE,
                        Identity.NONE)),
                t)) {
          out.send(m);
        }
        try (SSLSocket s = (SSLSocket) server.accept()) {
          assertThat(s.getSession().getPeerPrincipal().getName()).isEqualTo("CN=client");
          byte[] buf = new byte[8192];
          StringBuilder text = new StringBuilder();
          while (!text.toString().contains("</event>")) {
            int n = s.getInputStream().read(buf);
            assertThat(n).isPositive();
            text.append(new String(buf, 0, n, StandardCharsets.UTF_8));
          }
          byte[] xml = text.toString().getBytes(StandardCharsets.UTF_8);
          CotSchema.validate(xml);
          CotEvent e = CotXml.parse(xml);
          assertThat(e.type()).isEqualTo("a-h-A-M-F-F");
          assertThat(e.uid()).isEqualTo("sargas-T0000007");
        }
      }
    }
  }
}
