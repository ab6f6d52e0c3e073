package org.sargas.server.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Webhook deliveries: signed, retried after 5xx, not retried after 4xx. */
class AlertWebhookTest {
  private static final byte[] KEY = "s3cret".getBytes(StandardCharsets.UTF_8);

  record Received(String signature, String delivery, byte[] body) {}

  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /** A receiver answering the given statuses in turn (the last one from then on). */
  private URI receiver(List<Received> received, int... statuses) throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicInteger n = new AtomicInteger();
    server.createContext(
        "/hook",
        ex -> {
          byte[] body = ex.getRequestBody().readAllBytes();
          received.add(
              new Received(
                  ex.getRequestHeaders().getFirst("X-Sargas-Signature"),
                  ex.getRequestHeaders().getFirst("X-Sargas-Delivery"),
                  body));
          int status = statuses[Math.min(n.getAndIncrement(), statuses.length - 1)];
          ex.sendResponseHeaders(status, -1);
          ex.close();
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  @Test
  void aFailedDeliveryIsRetriedWithTheSameSignedBody() throws Exception {
    List<Received> received = new CopyOnWriteArrayList<>();
    URI url = receiver(received, 503, 500, 200);
    try (AlertWebhook w = new AlertWebhook("hook", url, KEY, 5, Duration.ofMillis(10))) {
      w.deliver("A-1:NEW", "{\"type\":\"alert\",\"alert\":{\"alertId\":\"A-1\"}}");
      Eventually.until(() -> w.delivered() == 1, Duration.ofSeconds(10));
      assertThat(w.failedAttempts()).isEqualTo(2);
      assertThat(w.givenUp()).isZero();
    }
    assertThat(received).hasSize(3);
    for (Received r : received) {
      assertThat(r.delivery()).isEqualTo("A-1:NEW");
      assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("\"alertId\":\"A-1\"");
      // the receiver's own computation of the signature over the body it got
      assertThat(r.signature()).isEqualTo(AlertWebhook.signature(KEY, r.body()));
    }
  }

  @Test
  void theSignatureIsHmacSha256OfTheBody() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    assertThat(
            AlertWebhook.signature(
                "Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void aClientErrorIsNotRetriedAndAttemptsAreBounded() throws Exception {
    List<Received> received = new CopyOnWriteArrayList<>();
    URI url = receiver(received, 400);
    try (AlertWebhook w = new AlertWebhook("hook", url, KEY, 5, Duration.ofMillis(10))) {
      w.deliver("A-2:NEW", "{}");
      Eventually.until(() -> w.givenUp() == 1, Duration.ofSeconds(10));
      assertThat(w.delivered()).isZero();
    }
    assertThat(received).hasSize(1);
    stop();
    List<Received> again = new CopyOnWriteArrayList<>();
    URI down = receiver(again, 503);
    try (AlertWebhook w = new AlertWebhook("hook", down, KEY, 3, Duration.ofMillis(5))) {
      w.deliver("A-3:NEW", "{}");
      Eventually.until(() -> w.givenUp() == 1, Duration.ofSeconds(10));
      assertThat(w.failedAttempts()).isEqualTo(3);
    }
    assertThat(again).hasSize(3);
  }
}
