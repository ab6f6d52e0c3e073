package org.sargas.server.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.server.ingest.ReconnectBackoff;

/**
 * A federation link over mutual TLS survives a cut: objects sent while the network between the
 * nodes is down wait in the backlog, go out again after the link reconnects, and arrive exactly
 * once (duplicates of lines already received are counted and dropped). The cut here lasts about a
 * second of wall time; a 30 s cut differs only in the backoff waits.
 */
class FederationLinkRecoveryTest {
  /** A TCP forwarder that can be cut (every connection closed, nothing accepted) and restored. */
  static final class CutProxy implements AutoCloseable {
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private final int port;

    CutProxy(int targetPort) throws IOException {
      this.targetPort = targetPort;
      server = bind(0);
      port = server.getLocalPort();
      start();
    }

    private static ServerSocket bind(int port) throws IOException {
      ServerSocket s = new ServerSocket();
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return s;
    }

    private void start() {
      ServerSocket s = server;
      Thread.ofVirtual()
          .start(
              () -> {
                while (!s.isClosed()) {
                  Socket in;
                  try {
                    in = s.accept();
                  } catch (IOException e) {
                    return;
                  }
                  try {
                    Socket out = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    in.setTcpNoDelay(true);
                    out.setTcpNoDelay(true);
                    open.add(in);
                    open.add(out);
                    pump(in, out);
                    pump(out, in);
                  } catch (IOException e) {
                    try {
                      in.close(); // the target is not listening (yet): refuse this one only
                    } catch (IOException closing) {
                      // closed anyway
                    }
                  }
                }
              });
    }

    private static void pump(Socket from, Socket to) {
      Thread.ofVirtual()
          .start(
              () -> {
                try (InputStream i = from.getInputStream();
                    OutputStream o = to.getOutputStream()) {
                  i.transferTo(o);
                } catch (IOException e) {
                  // cut
                } finally {
                  try {
                    from.close();
                    to.close();
                  } catch (IOException e) {
                    // closing anyway
                  }
                }
              });
    }

    void cut() throws IOException {
      server.close();
      for (Socket s : open) {
        s.close();
      }
      open.clear();
    }

    void restore() throws IOException {
      server = bind(port);
      start();
    }

    int port() {
      return port;
    }

    @Override
    public void close() throws IOException {
      cut();
    }
  }

  private static SharedTrack object(int k) {
    Track t =
        new Track(
            "T" + k,
            Instant.parse("2026-09-10T00:00:00Z").plusSeconds(k),
            GeoPoint.of(52 + k * 1e-4, 23),
            0,
            0,
            0,
            1,
            1,
            0,
            TrackState.CONFIRMED,
            Identity.NONE,
            new Classification(TargetClass.SMALL_DRONE, 0.9, "test"),
            3);
    return new SharedTrack(
        "POL-T" + k,
        t,
        new ReleasabilityLabel("NATO", SecurityClassification.SECRET, Set.of("POL", "LTU"), false),
        List.of());
  }

  private static void until(BooleanSupplier c) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!c.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 60 s").isLessThan(end);
      Thread.sleep(10);
    }
  }

  @Test
  void aCutLinkRecoversWithNothingLost(@TempDir Path keys) throws Exception {
    DemoCertificates.generate(keys, "POL");
    DemoCertificates.generate(keys, "LTU");
    try (FederationListener ltu =
            new FederationListener(
                "LTU",
                SecurityClassification.SECRET,
                DemoCertificates.context(keys, "LTU", List.of("POL")));
        CutProxy network = new CutProxy(ltu.port());
        FederationLink link =
            new FederationLink(
                "POL-LTU",
                new InetSocketAddress("127.0.0.1", network.port()),
                DemoCertificates.context(keys, "POL", List.of("LTU")),
                new ReconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(400)),
                10_000)) {
      for (int k = 0; k < 300; k++) {
        link.send(object(k));
      }
      until(() -> link.acknowledged() == 300);
      network.cut();
      for (int k = 300; k < 600; k++) {
        link.send(object(k));
      }
      Thread.sleep(1000);
      assertThat(link.backlog()).as("held while cut").isPositive();
      network.restore();
      until(() -> link.acknowledged() == 600);
      assertThat(ltu.picture()).hasSize(600);
      assertThat(ltu.objects()).as("each object accepted once").isEqualTo(600);
      assertThat(ltu.leaked()).isZero();
      assertThat(link.dropped()).isZero();
      assertThat(link.connections()).isGreaterThanOrEqualTo(2);
      System.out.println(
          "FederationLinkRecoveryTest: connections "
              + link.connections()
              + ", resent "
              + link.resent()
              + ", duplicates dropped "
              + ltu.duplicates());
    }
  }
}
