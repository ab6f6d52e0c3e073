package org.sargas.server.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;

/**
 * {@code sargas federation demo}: POL and LTU nodes on the Poland raid exchange labelled tracks
 * over mutual-TLS sockets: every link receives what it sent, withholds the national-only tracks,
 * and leaks nothing; drones both nodes track show one global id.
 */
class FederationDemoTest {
  @Test
  void bothLinksDeliverAndLeakNothing(@TempDir Path keys) throws Exception {
    Scenario scenario = new ScenarioCatalog().find("poland-2025-09-10").orElseThrow();
    List<FederationDemo.LinkReport> links =
        FederationDemo.run(scenario, List.of("POL", "LTU"), keys);
    assertThat(links).hasSize(2);
    for (FederationDemo.LinkReport l : links) {
      assertThat(l.leaked()).as(l.toString()).isZero();
      assertThat(l.received()).as(l.toString()).isPositive().isEqualTo(l.sent() - l.dropped());
      assertThat(l.withheldByReleasability()).as(l.toString()).isPositive();
      assertThat(l.sent() + l.withheldByReleasability() + l.withheldByFilter())
          .isEqualTo(l.offered());
    }
    assertThat(links.stream().mapToInt(FederationDemo.LinkReport::globalIds).sum())
        .as("objects both nodes show under one global id")
        .isPositive();
    System.out.println("FederationDemoTest: " + links);
  }
}
