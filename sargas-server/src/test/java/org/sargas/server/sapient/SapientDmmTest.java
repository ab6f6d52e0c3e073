package org.sargas.server.sapient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.formats.sapient.SapientDetection;
import org.sargas.formats.sapient.SapientEncoder;
import org.sargas.formats.sapient.SapientFrame;
import org.sargas.formats.sapient.SapientNodeType;
import org.sargas.formats.sapient.SapientRegistration;
import org.sargas.formats.sapient.SapientTasking;
import org.sargas.formats.sapient.v2.SapientMessage;
import org.sargas.formats.sapient.v2.Task;
import org.sargas.formats.sapient.v2.TaskAck;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.serve.ServeNode;

/**
 * A SAPIENT node connects to the node as its decision-making module over a real socket: its
 * registration is acknowledged, its bearings become observations, and a task posted to the API
 * reaches it and its acknowledgement is counted.
 */
class SapientDmmTest {
  private static final UUID NODE = UUID.nameUUIDFromBytes("acoustic-1".getBytes());

  static SapientMessage readMessage(DataInputStream in) throws Exception {
    byte[] prefix = in.readNBytes(4);
    byte[] body = in.readNBytes((int) SapientFrame.length(prefix, 0));
    return SapientMessage.parseFrom(body);
  }

  static void until(BooleanSupplier c) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!c.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 20 s").isLessThan(end);
      Thread.sleep(10);
    }
  }

  private static HttpResponse<String> post(
      HttpClient http, ServeNode node, String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path))
            .header(
                "Authorization",
                "Bearer "
                    + new org.sargas.server.security.TestTokens(Path.of(node.config().dataDir()))
                        .valid("duty-officer", org.sargas.server.security.Role.OPERATOR))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aNodeRegistersReportsAndIsTasked(@TempDir Path data) throws Exception {
    String yaml =
        "port: 0\n"
            + "dataDir: "
            + data
            + "\n"
            + "sensors:\n"
            + "  - {id: AC-1, kind: ACOUSTIC, latDeg: 54.6, lonDeg: 25.1, altitudeM: 150,"
            + " maxRangeM: 5000, updatePeriodS: 1, sigmaAzimuthDeg: 2}\n"
            + "inputs:\n"
            + "  - {id: ac1, type: sapient-dmm, format: SAPIENT, host: 127.0.0.1, port: 0,"
            + " sensorId: AC-1}\n"
            // loopback: plain HTTP; the tasking calls carry an operator's token
            + "web: {bindAddress: 127.0.0.1}\n";
    ServeConfig config =
        ServeConfig.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "t");
    // loopback, plain HTTP, requests without a token act as an operator (tasking needs one)
    config = config.withWeb(config.web().withAccess("127.0.0.1", "operator"));
    InstantSource clock = InstantSource.system();
    HttpClient http = HttpClient.newHttpClient();
    try (ServeNode node = ServeNode.start(config, clock)) {
      // before the node connects: the sensor takes tasks but is not connected
      assertThat(
              post(
                      http,
                      node,
                      "/api/sensors/AC-1/task",
                      "{\"kind\":\"look-at\",\"area\":" + "[[54.6,25.1],[54.7,25.1],[54.7,25.2]]}")
                  .statusCode())
          .isEqualTo(409);
      assertThat(
              post(
                      http,
                      node,
                      "/api/sensors/NOPE/task",
                      "{\"kind\":\"look-at\",\"area\":" + "[[54.6,25.1],[54.7,25.1],[54.7,25.2]]}")
                  .statusCode())
          .isEqualTo(404);
      assertThat(post(http, node, "/api/sensors/AC-1/task", "{\"kind\":\"x\"}").statusCode())
          .isEqualTo(400);

      try (Socket s = new Socket("127.0.0.1", node.sapientDmmPort("ac1"))) {
        OutputStream out = s.getOutputStream();
        DataInputStream in = new DataInputStream(s.getInputStream());
        out.write(
            SapientEncoder.registration(
                new SapientRegistration(
                    NODE,
                    clock.instant(),
                    SapientNodeType.ACOUSTIC,
                    SapientRegistration.ReportForm.RANGE_BEARING,
                    "Acoustic array 1",
                    "AC1",
                    "test",
                    "test",
                    5.0,
                    5000)));
        SapientMessage ack = readMessage(in);
        assertThat(ack.getRegistrationAck().getAcceptance()).isTrue();
        assertThat(ack.getDestinationId()).isEqualTo(NODE.toString());

        long before = node.metrics().value("sargas_observations_total", "");
        for (int k = 0; k < 3; k++) {
          Instant t = clock.instant();
          out.write(
              SapientEncoder.detectionReport(
                  SapientDetection.bearing(
                      NODE,
                      t,
                      SapientTasking.ulid(t, 0, k),
                      SapientTasking.ulid(t, 1, 0),
                      40.0 + k,
                      2.0)));
        }
        out.flush();
        until(() -> node.metrics().value("sargas_observations_total", "") >= before + 3);
        until(() -> node.sensors().count("UP") == 1);

        HttpResponse<String> r =
            post(
                http,
                node,
                "/api/sensors/AC-1/task",
                "{\"kind\":\"look-at\",\"area\":[[54.6,25.1],[54.7,25.1],[54.7,25.2]]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        SapientMessage task = readMessage(in);
        Task t = task.getTask();
        assertThat(r.body()).contains(t.getTaskId());
        assertThat(t.getCommand().getLookAt().getLocationList().getLocationsCount()).isEqualTo(3);
        assertThat(task.getDestinationId()).isEqualTo(NODE.toString());
        assertThat(node.store().auditLog(java.time.Instant.EPOCH, 100))
            .as("the task is audited with the token's subject")
            .anySatisfy(
                a -> {
                  assertThat(a.action()).isEqualTo("SENSOR_TASKED");
                  assertThat(a.operator()).isEqualTo("duty-officer");
                  assertThat(a.subject()).isEqualTo("AC-1");
                });
        out.write(
            SapientTasking.taskAck(
                clock.instant(),
                NODE,
                task.getNodeId(),
                t.getTaskId(),
                TaskAck.TaskStatus.TASK_STATUS_ACCEPTED));
        out.flush();
        SapientDmmSource dmm = node.sapientDmm("ac1");
        until(() -> dmm.taskAcks() == 1);
        assertThat(dmm.tasksSent()).isEqualTo(1);
        assertThat(dmm.registrations()).isEqualTo(1);
        assertThat(
                post(
                        http,
                        node,
                        "/api/sensors/AC-1/task",
                        "{\"kind\":\"follow\",\"trackId\":\"T9\"}")
                    .statusCode())
            .isEqualTo(404);
      }
    }
  }
}
