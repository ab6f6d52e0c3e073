package org.sargas.server.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.formats.cot.CotEvent;
import org.sargas.formats.cot.TakProtocol;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.TargetClass;
import org.sargas.server.ingest.ReconnectBackoff;

/** TAK protocol stream frames over a TCP client that reconnects after the server drops it. */
class StreamTransportTest {
  private static final Instant T = Instant.parse("2026-09-10T02:31:07Z");

  @Test
  void framesArriveInOrderAndTheClientReconnects() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
      CotPictureEncoder enc =
          new CotPictureEncoder(
              CotPictureEncoder.Form.TAK_STREAM, "n1", Duration.ofSeconds(10), t -> Duration.ZERO);
      try (StreamTransport out =
          new StreamTransport(
              "tak",
              new InetSocketAddress("127.0.0.1", server.getLocalPort()),
              null,
              new ReconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(200)),
              100)) {
        for (int round = 0; round < 2; round++) {
          try (Socket s = server.accept()) {
            for (byte[] m :
                enc.encode(
                    List.of(
                        OutputTracks.track(
                            "T000000" + round,
                            T,
                            54.5,
                            25.5,
                            TargetClass.SMALL_DRONE,
                            StandardIdentity.HOSTILE,
                            Identity.NONE)),
                    T)) {
              out.send(m);
            }
            InputStream in = s.getInputStream();
            CotEvent e = TakProtocol.readStream(in);
            assertThat(e.uid()).isEqualTo("n1-T000000" + round);
            assertThat(e.type()).isEqualTo("a-h-A-M-F-Q");
          }
          // the server closed the connection: the client notices on its next write and reconnects
        }
        Eventually.until(() -> out.connections() >= 2, Duration.ofSeconds(10));
        // the counter moves after the write returns, which may be after the server has read it
        Eventually.until(() -> out.sent() >= 2, Duration.ofSeconds(10));
      }
    }
  }
}
