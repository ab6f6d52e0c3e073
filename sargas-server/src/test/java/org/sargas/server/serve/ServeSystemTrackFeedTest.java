package org.sargas.server.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.Severity;
import org.sargas.model.track.StandardIdentity;
import org.sargas.server.config.ServeConfig;
import org.sargas.sim.wire.CivilSystemTrackFeed;
import org.sargas.sim.wire.PcapWriter;
import org.sargas.sim.wire.ScaledClock;
import org.sargas.store.incident.StoredAlert;

/**
 * {@code serve} on a neighbour's CAT062 system-track feed over UDP: 24 minutes of civil traffic
 * with Mode 3/A, Mode C and I062/390 flight plans crossing Lithuania, sent over a real socket at
 * 60× and processed by the live node: flight-plan-correlated traffic raises no CRITICAL alert (its
 * entries are crossings, INFO); the primary-only intruder from Belarus is the one CRITICAL
 * violation, HOSTILE.
 */
class ServeSystemTrackFeedTest {
  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
  private static final double SPEED = 60;

  @Test
  void flightPlanCorrelatedTrafficRaisesNoCriticalAlert(@TempDir Path data) throws Exception {
    List<PcapWriter.Datagram> feed = new CivilSystemTrackFeed(25, 100, T0, 1800, 7).datagrams();
    String yaml =
        """
        region: {originLatDeg: 54.9, originLonDeg: 23.9, protectedCountries: [LTU]}
        sensors:
          - {id: SDPS-1, name: "Neighbour system tracker", kind: SYSTEM_TRACKER, latDeg: 54.9,
             lonDeg: 23.9, altitudeM: 0, maxRangeM: 800000, updatePeriodS: 5, sac: 25, sic: 100}
        inputs:
          - {id: sdps, type: udp, format: ASTERIX, host: 127.0.0.1, port: 0}
        """;
    ServeConfig config =
        ServeConfig.read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml")
            .withPort(0)
            .withDataDir(data.toString());
    // The feed's intruder crosses from Belarus about 16 minutes in: play minutes 2 to 26.
    Instant from = T0.plusSeconds(120);
    Instant to = T0.plusSeconds(1560);
    ScaledClock clock = new ScaledClock(from, SPEED);
    try (ServeNode node = ServeNode.start(config, clock);
        DatagramChannel out = DatagramChannel.open(StandardProtocolFamily.INET)) {
      InetSocketAddress target = new InetSocketAddress("127.0.0.1", node.udpPort("sdps"));
      clock.start();
      for (PcapWriter.Datagram d : feed) {
        if (d.time().isBefore(from) || d.time().isAfter(to)) {
          continue;
        }
        clock.sleepUntil(d.time());
        out.send(ByteBuffer.wrap(d.payload()), target);
      }
      Thread.sleep(1500);
      List<StoredAlert> alerts = node.store().alerts(Instant.EPOCH, 1000);
      List<StoredAlert> critical =
          alerts.stream().filter(a -> a.alert().severity() == Severity.CRITICAL).toList();
      List<StoredAlert> crossings =
          alerts.stream().filter(a -> a.alert().kind() == AlertKind.CROSSING).toList();
      assertThat(crossings).as("flights on plans entering LTU").isNotEmpty();
      assertThat(crossings).allMatch(a -> a.alert().severity() == Severity.INFO);
      // The primary-only intruder from Belarus is CRITICAL and HOSTILE; no CRITICAL alert concerns
      // cooperative traffic (a squawk, a flight plan).
      assertThat(critical)
          .as("critical alerts: %s", critical)
          .anySatisfy(
              a -> {
                assertThat(a.alert().kind()).isEqualTo(AlertKind.VIOLATION);
                assertThat(a.alert().message()).contains("from BLR").contains("HOSTILE");
              })
          .allSatisfy(
              a ->
                  assertThat(a.alert().message())
                      .doesNotContain("squawk")
                      .doesNotContain("flight plan")
                      .doesNotContain("cooperative"));
      var violations =
          node.store().violations(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 100);
      assertThat(violations)
          .filteredOn(v -> v.violation().identity().standardIdentity() == StandardIdentity.HOSTILE)
          .isNotEmpty();
      assertThat(violations)
          .as("no violation of a flight-plan-correlated track")
          .noneMatch(
              v ->
                  v.violation().identity().reasons().stream()
                      .anyMatch(r -> r.contains("flight plan")));
    }
  }
}
