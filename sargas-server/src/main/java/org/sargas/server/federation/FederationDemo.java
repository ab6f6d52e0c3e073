package org.sargas.server.federation;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.Track;
import org.sargas.server.config.FederationConfig;
import org.sargas.server.config.FederationLinkConfig;
import org.sargas.server.live.FederationView;
import org.sargas.server.pipeline.ScenarioRun;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioSensor;

/**
 * {@code sargas federation demo}: two nodes in one process, each tracking the scenario with its own
 * share of the sensors (the second half of the radars belong to the second nation), each a {@link
 * FederationNode} as {@code sargas serve} runs it (mutual TLS with pinned throw-away certificates,
 * one link per direction, JSON lines, reconnecting, bounded backlog, global ids). Event time drives
 * both nodes scan by scan; each scan's objects are delivered before the next scan. Every track is
 * labelled by its origin: most are releasable to both nations, some to the origin only (withheld),
 * some release their sensor sites. Each link's egress filter decides; the receiver checks every
 * arriving object against its own nation and counts leaks.
 */
public final class FederationDemo {
  /**
   * One link's figures.
   *
   * @param globalIds global ids the receiving node showed for its own tracks that the sending node
   *     gave (objects both track, under one id)
   */
  public record LinkReport(
      String from,
      String to,
      long offered,
      long sent,
      long received,
      long withheldByReleasability,
      long withheldByFilter,
      long dropped,
      long leaked,
      int globalIds) {}

  /** Share of a node's tracks labelled releasable to the origin only, percent. */
  static final int NATIONAL_ONLY_PERCENT = 20;

  /** One update per track per this many seconds of event time crosses the link. */
  static final double UPDATE_SPACING_S = 10;

  private FederationDemo() {}

  /**
   * Runs the demo.
   *
   * @param nations the two nations, e.g. {@code [POL, LTU]}: the first owns the first half of the
   *     scenario's sensors; they are also the nodes' ids
   */
  public static List<LinkReport> run(Scenario scenario, List<String> nations, Path keys)
      throws IOException, InterruptedException {
    CountryBorders borders = CountryBorders.easternFlank();
    List<ScenarioSensor> all = scenario.sensors().stream().filter(s -> s.maxRangeM() > 0).toList();
    List<List<ScenarioSensor>> sensorsOf = new ArrayList<>();
    List<Map<Long, List<Track>>> scansOf = new ArrayList<>();
    for (int n = 0; n < 2; n++) {
      List<ScenarioSensor> own = new ArrayList<>();
      for (int k = 0; k < all.size(); k++) {
        if ((k < (all.size() + 1) / 2) == (n == 0)) {
          own.add(all.get(k));
        }
      }
      sensorsOf.add(own);
      scansOf.add(scans(new ScenarioRun(borders).run(withSensors(scenario, own)).trackUpdates()));
    }
    for (String n : nations) {
      DemoCertificates.generate(keys, n);
    }
    int[] ports = {freePort(), freePort()};
    List<FederationNode> nodes = new ArrayList<>();
    try {
      for (int n = 0; n < 2; n++) {
        nodes.add(
            node(
                keys,
                nations.get(n),
                nations.get(1 - n),
                ports[n],
                ports[1 - n],
                sensorsOf.get(n)));
      }
      List<Set<String>> shown = List.of(new HashSet<>(), new HashSet<>());
      TreeSet<Long> times = new TreeSet<>(scansOf.get(0).keySet());
      times.addAll(scansOf.get(1).keySet());
      for (long s : times) {
        for (int n = 0; n < 2; n++) {
          List<Track> scan = scansOf.get(n).getOrDefault(s, List.of());
          nodes.get(n).tracks(Instant.ofEpochSecond(s), scan, List.of());
          for (Track t : scan) {
            String g = nodes.get(n).globalId(t.trackId());
            if (g != null) {
              shown.get(n).add(g);
            }
          }
        }
        awaitDelivered(nodes);
      }
      List<LinkReport> out = new ArrayList<>();
      for (int n = 0; n < 2; n++) {
        FederationView.LinkHealth link = nodes.get(n).links().get(0);
        FederationView.LinkHealth back = nodes.get(1 - n).links().get(0);
        String from = nations.get(n);
        out.add(
            new LinkReport(
                from,
                nations.get(1 - n),
                link.offered(),
                link.sent(),
                back.received(),
                link.withheldByReleasability(),
                link.withheld() - link.withheldByReleasability(),
                link.dropped(),
                back.leaked(),
                (int) shown.get(1 - n).stream().filter(g -> g.startsWith(from + ":")).count()));
      }
      return out;
    } finally {
      for (FederationNode node : nodes) {
        node.close();
      }
    }
  }

  /** Waits until every link of the nodes has its objects acknowledged (at most 60 s). */
  private static void awaitDelivered(List<FederationNode> nodes) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (nodes.stream().anyMatch(n -> n.links().stream().anyMatch(l -> l.backlog() > 0))
        && System.nanoTime() < deadline) {
      Thread.sleep(0, 200_000);
    }
  }

  private static FederationNode node(
      Path keys,
      String nation,
      String partner,
      int listenPort,
      int partnerPort,
      List<ScenarioSensor> sensors)
      throws IOException {
    FederationConfig c =
        new FederationConfig(
            nation,
            nation,
            "SECRET",
            "127.0.0.1",
            listenPort,
            keys.resolve(nation + ".p12").toString(),
            null,
            PASSWORD_ENV,
            null,
            null,
            UPDATE_SPACING_S,
            null,
            1.0,
            null,
            null,
            null,
            List.of(
                new FederationLinkConfig(
                    partner,
                    partner,
                    partner,
                    "SECRET",
                    "127.0.0.1",
                    partnerPort,
                    keys.resolve(partner + ".crt").toString(),
                    null,
                    List.of("identity", "sensorSites"))));
    List<SharedTrack.SensorSite> sites = new ArrayList<>();
    for (ScenarioSensor s : sensors) {
      sites.add(new SharedTrack.SensorSite(s.id(), GeoPoint.of(s.latDeg(), s.lonDeg())));
    }
    return new FederationNode(
        c,
        sites,
        t -> label(nation, partner, t),
        null,
        name -> PASSWORD_ENV.equals(name) ? new String(DemoCertificates.PASSWORD) : null);
  }

  private static final String PASSWORD_ENV = "SARGAS_FEDERATION_DEMO_PASSWORD";

  /**
   * A track's label by its origin: {@link #NATIONAL_ONLY_PERCENT} % {@code CONFIDENTIAL} for the
   * origin only, the rest {@code SECRET} for both, one in ten of all with sensor sites released.
   */
  static ReleasabilityLabel label(String nation, String partner, Track t) {
    int bucket = Math.floorMod((nation + t.trackId()).hashCode(), 100);
    return bucket < NATIONAL_ONLY_PERCENT
        ? new ReleasabilityLabel("NATO", SecurityClassification.CONFIDENTIAL, Set.of(nation), false)
        : new ReleasabilityLabel(
            "NATO", SecurityClassification.SECRET, Set.of(nation, partner), bucket >= 90);
  }

  /** A run's track updates by scan: the second of event time they belong to (1 s slices). */
  static Map<Long, List<Track>> scans(List<Track> updates) {
    Map<Long, List<Track>> out = new TreeMap<>();
    for (Track t : updates) {
      long s = t.time().getEpochSecond() + (t.time().getNano() > 0 ? 1 : 0);
      out.computeIfAbsent(s, k -> new ArrayList<>()).add(t);
    }
    return out;
  }

  /** The scenario with other sensors. */
  static Scenario withSensors(Scenario s, List<ScenarioSensor> sensors) {
    return new Scenario(
        s.name(),
        s.title(),
        s.description(),
        s.reported(),
        s.assumed(),
        s.start(),
        s.durationS(),
        s.seed(),
        s.region(),
        sensors,
        s.targets(),
        s.airports());
  }

  /** A loopback port free now (for listeners whose port partners must know in advance). */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** A scratch directory for the demo's keys. */
  public static Path keyDirectory() throws IOException {
    return Files.createTempDirectory("sargas-federation-");
  }
}
