package org.sargas.server.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.formats.cot.CotEvent;
import org.sargas.formats.cot.CotSchema;
import org.sargas.formats.cot.CotXml;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.TargetClass;
import org.sargas.server.federation.DemoCertificates;
import org.sargas.server.ingest.ReconnectBackoff;

/**
 * CoT XML over mutual TLS to a server that, like a TAK Server's streaming input, requires a client
 * certificate from its CA: certificates made with the JDK's keytool ({@link DemoCertificates}), the
 * client context from {@link TlsContexts}.
 */
class TlsStreamTransportTest {
  /** A PKCS#12 trust store file holding one certificate. */
  private static Path trustStore(Path dir, String name) throws Exception {
    KeyStore k = KeyStore.getInstance("PKCS12");
    k.load(null, null);
    try (InputStream in = new FileInputStream(dir.resolve(name + ".crt").toFile())) {
      k.setCertificateEntry(name, CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    Path out = dir.resolve(name + "-trust.p12");
    try (OutputStream o = Files.newOutputStream(out)) {
      k.store(o, DemoCertificates.PASSWORD);
    }
    return out;
  }

  @Test
  void cotGoesOutOverMutualTls(@TempDir Path dir) throws Exception {
    DemoCertificates.generate(dir, "server");
    DemoCertificates.generate(dir, "client");
    SSLContext serverContext = DemoCertificates.context(dir, "server", List.of("client"));
    try (SSLServerSocket server =
        (SSLServerSocket)
            serverContext
                .getServerSocketFactory()
                .createServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
      server.setNeedClientAuth(true);
      SSLContext client =
          TlsContexts.client(
              trustStore(dir, "server").toString(),
              dir.resolve("client.p12").toString(),
              DemoCertificates.PASSWORD);
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
