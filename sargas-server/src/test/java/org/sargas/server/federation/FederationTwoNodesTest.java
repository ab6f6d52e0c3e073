package org.sargas.server.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.server.config.FederationConfig;
import org.sargas.server.config.FederationLabelConfig;
import org.sargas.server.config.FederationLinkConfig;
import org.sargas.server.config.OutputFilter;
import org.sargas.server.live.FederationView;
import org.sargas.server.pipeline.ScenarioResult;
import org.sargas.server.pipeline.ScenarioRun;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.scenario.ScenarioSensor;
import org.sargas.sim.truth.TruthSample;

/**
 * Acceptance of federation in {@code serve} (issue 15): two nodes, each a {@link FederationNode}
 * configured as {@code sargas serve} configures it (mutual TLS with pinned certificates, a label,
 * one link with an egress filter), exchange their tracks of the Poland raid over real loopback
 * sockets. The nodes have areas of their own: EAST owns the three border gap-fillers, WEST the two
 * long-range radars with their range cut to 90 km, so the drones flying west from Belarus are
 * tracked first by EAST, then by both, then by WEST only. Each node tracks on its own (its own
 * tracker, its own local ids); event time drives both, scan by scan, and every scan's objects are
 * delivered before the next scan (the nodes' clocks agree). In the middle of the raid the network
 * between them is cut (every connection closed, nothing accepted) for 30 s of event time, then
 * restored.
 *
 * <p>Checked: every drone that both nodes track shows one global id on both (the one the first node
 * gave it); on each link nothing is lost (offered = sent + withheld, received = sent =
 * acknowledged, nothing dropped, the backlog replayed after the cut) and nothing leaked.
 */
class FederationTwoNodesTest {
  private static final String PASSWORD_ENV = "TEST_FEDERATION_PASSWORD";

  /** The interior node's radars see this far (the scenario's long-range radars see 400 km). */
  private static final double WEST_RANGE_M = 90_000;

  /** A track shown within this many seconds of event time is live (the radars turn in 2-12 s). */
  private static final long LIVE_S = 15;

  /** Two nodes' tracks of one drone must agree once both have existed this long, s. */
  private static final long SETTLE_S = 20;

  private static final double CUT_START_S = 1500;
  private static final double CUT_S = 30;

  @Test
  void crossingDronesKeepOneGlobalIdAndACutLinkLosesNothing(@TempDir Path keys) throws Exception {
    Scenario scenario = new ScenarioCatalog().find("poland-2025-09-10").orElseThrow();
    CountryBorders borders = CountryBorders.easternFlank();
    List<ScenarioSensor> east = new ArrayList<>();
    List<ScenarioSensor> west = new ArrayList<>();
    for (ScenarioSensor s : scenario.sensors()) {
      if (s.id().startsWith("PL-GF")) {
        east.add(s);
      } else if (s.id().startsWith("PL-LRR")) {
        west.add(withRange(s, WEST_RANGE_M));
      }
    }
    ScenarioResult eastRun =
        new ScenarioRun(borders).run(FederationDemo.withSensors(scenario, east));
    ScenarioResult westRun =
        new ScenarioRun(borders).run(FederationDemo.withSensors(scenario, west));

    DemoCertificates.generate(keys, "east");
    DemoCertificates.generate(keys, "west");
    int eastPort = FederationDemo.freePort();
    int westPort = FederationDemo.freePort();
    try (FederationLinkRecoveryTest.CutProxy toWest =
            new FederationLinkRecoveryTest.CutProxy(westPort);
        FederationLinkRecoveryTest.CutProxy toEast =
            new FederationLinkRecoveryTest.CutProxy(eastPort);
        FederationNode eastNode =
            node(keys, "east", "POL", eastPort, "west", "LTU", toWest.port(), true);
        FederationNode westNode =
            node(keys, "west", "LTU", westPort, "east", "POL", toEast.port(), false)) {
      Map<Long, List<Track>> eastScans = FederationDemo.scans(eastRun.trackUpdates());
      Map<Long, List<Track>> westScans = FederationDemo.scans(westRun.trackUpdates());
      TreeSet<Long> times = new TreeSet<>(eastScans.keySet());
      times.addAll(westScans.keySet());
      long start = scenario.start().getEpochSecond();
      long cutFrom = start + (long) CUT_START_S;
      long cutTo = cutFrom + (long) CUT_S;
      List<Shown> eastShown = new ArrayList<>();
      List<Shown> westShown = new ArrayList<>();
      long backlogAtRestore = -1;
      long exchangeStart = System.nanoTime();
      boolean cut = false;
      for (long s : times) {
        if (!cut && s >= cutFrom && s < cutTo) {
          toWest.cut();
          toEast.cut();
          cut = true;
          until(() -> !linkOf(eastNode).state().equals("CONNECTED"));
          until(() -> !linkOf(westNode).state().equals("CONNECTED"));
        } else if (cut && s >= cutTo) {
          backlogAtRestore = linkOf(eastNode).backlog() + linkOf(westNode).backlog();
          toWest.restore();
          toEast.restore();
          cut = false;
        }
        Instant time = Instant.ofEpochSecond(s);
        feed(eastNode, time, eastScans.getOrDefault(s, List.of()), eastShown);
        feed(westNode, time, westScans.getOrDefault(s, List.of()), westShown);
        if (!cut) {
          until(
              () -> linkOf(eastNode).backlog() == 0 && linkOf(westNode).backlog() == 0,
              eastNode.links(),
              westNode.links(),
              time);
        }
      }

      // nothing lost, nothing leaked, the backlog replayed after the cut
      for (FederationNode from : List.of(eastNode, westNode)) {
        FederationNode to = from == eastNode ? westNode : eastNode;
        FederationView.LinkHealth out = linkOf(from);
        FederationView.LinkHealth in = linkOf(to);
        System.out.println("FederationTwoNodesTest: " + from.nodeId() + " -> " + out);
        assertThat(out.offered())
            .as("offered = sent + withheld")
            .isEqualTo(out.sent() + out.withheld());
        assertThat(in.received()).as("received = sent").isEqualTo(out.sent());
        assertThat(out.acknowledged()).isEqualTo(out.sent());
        assertThat(out.dropped()).isZero();
        assertThat(out.backlog()).isZero();
        assertThat(out.reconnects()).as("reconnected after the cut").isPositive();
        assertThat(in.leaked()).isZero();
        assertThat(out.sent()).isPositive();
      }
      assertThat(linkOf(eastNode).withheld())
          .as("EAST's filter keeps Belarus to itself")
          .isPositive();
      assertThat(backlogAtRestore).as("objects held through the cut").isPositive();

      // one global id per crossing drone on both nodes
      Map<String, String> eastTargets = targets(eastRun);
      Map<String, String> westTargets = targets(westRun);
      Map<String, TreeMap<Long, Shown>> eastByTarget = byTarget(eastShown, eastTargets);
      Map<String, TreeMap<Long, Shown>> westByTarget = byTarget(westShown, westTargets);
      Set<String> both = new TreeSet<>(eastByTarget.keySet());
      both.retainAll(westByTarget.keySet());
      int compared = 0;
      List<String> disagreements = new ArrayList<>();
      Map<String, Set<String>> idsShown = new TreeMap<>();
      for (String target : both) {
        TreeMap<Long, Shown> e = eastByTarget.get(target);
        TreeMap<Long, Shown> w = westByTarget.get(target);
        long from = Math.max(e.firstKey(), w.firstKey());
        long to = Math.min(e.lastKey(), w.lastKey());
        for (long t = from; t <= to; t++) {
          Shown a = live(e, t);
          Shown b = live(w, t);
          if (a == null || b == null || t < Math.max(a.since(), b.since()) + SETTLE_S) {
            continue;
          }
          compared++;
          idsShown.computeIfAbsent(target, k -> new TreeSet<>()).add(a.globalId());
          if (!a.globalId().equals(b.globalId())) {
            disagreements.add(target + " at +" + (t - start) + " s: " + a + " / " + b);
          }
        }
      }
      System.out.println(
          "FederationTwoNodesTest: drones held by both nodes "
              + both.size()
              + " ("
              + compared
              + " target-seconds compared), ids "
              + idsShown
              + ", adoptions east "
              + eastNode.identity().adoptions()
              + " west "
              + westNode.identity().adoptions()
              + ", duplicates dropped "
              + (eastNode.duplicates() + westNode.duplicates())
              + ", backlog at restore "
              + backlogAtRestore
              + ", exchange "
              + (System.nanoTime() - exchangeStart) / 1_000_000
              + " ms");
      assertThat(both.size()).as("drones tracked by both nodes").isGreaterThanOrEqualTo(10);
      assertThat(disagreements).as("times the nodes showed a drone under two ids").isEmpty();
      // a drone that crossed from EAST's area into WEST's keeps an id EAST gave it
      int crossed = 0;
      for (String target : both) {
        TreeMap<Long, Shown> e = eastByTarget.get(target);
        TreeMap<Long, Shown> w = westByTarget.get(target);
        if (e.firstKey() < w.firstKey() && w.lastKey() > e.lastKey()) {
          crossed++;
          Set<String> eastGave = new TreeSet<>();
          e.values().forEach(x -> eastGave.add(x.globalId()));
          assertThat(eastGave).as(target).contains(w.lastEntry().getValue().globalId());
        }
      }
      assertThat(crossed)
          .as("drones that crossed from EAST's area into WEST's")
          .isGreaterThanOrEqualTo(5);
    }
  }

  /** What a node showed for one local track at one time, and since when that track existed. */
  record Shown(long time, String trackId, String globalId, long since) {}

  private static Shown live(TreeMap<Long, Shown> shown, long t) {
    Map.Entry<Long, Shown> e = shown.floorEntry(t);
    return e == null || t - e.getKey() > LIVE_S ? null : e.getValue();
  }

  private static Map<String, TreeMap<Long, Shown>> byTarget(
      List<Shown> shown, Map<String, String> targets) {
    Map<String, TreeMap<Long, Shown>> out = new TreeMap<>();
    for (Shown s : shown) {
      String target = targets.get(s.trackId());
      if (target != null && target.startsWith("DRONE")) {
        out.computeIfAbsent(target, k -> new TreeMap<>()).put(s.time(), s);
      }
    }
    return out;
  }

  private static FederationView.LinkHealth linkOf(FederationNode n) {
    return n.links().get(0);
  }

  private static void feed(FederationNode node, Instant time, List<Track> scan, List<Shown> shown) {
    node.tracks(time, scan, List.of());
    for (Track t : scan) {
      String g = node.globalId(t.trackId());
      if (g != null) {
        long since =
            shown.stream()
                .filter(x -> x.trackId().equals(t.trackId()))
                .mapToLong(Shown::since)
                .findFirst()
                .orElse(time.getEpochSecond());
        shown.add(new Shown(time.getEpochSecond(), t.trackId(), g, since));
      }
    }
  }

  /** The truth target each local track follows most. */
  private static Map<String, String> targets(ScenarioResult run) {
    Map<String, TreeMap<Long, TruthSample>> truth = new HashMap<>();
    for (TruthSample s : run.simulation().truth()) {
      truth.computeIfAbsent(s.targetId(), k -> new TreeMap<>()).put(s.time().toEpochMilli(), s);
    }
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (Track t : run.trackUpdates()) {
      if (t.state() != TrackState.CONFIRMED) {
        continue;
      }
      String best = null;
      double bestM = 2000;
      for (Map.Entry<String, TreeMap<Long, TruthSample>> e : truth.entrySet()) {
        Map.Entry<Long, TruthSample> s = e.getValue().floorEntry(t.time().toEpochMilli());
        if (s == null || t.time().toEpochMilli() - s.getKey() > 5000) {
          continue;
        }
        double d = distanceM(t, s.getValue());
        if (d < bestM) {
          bestM = d;
          best = e.getKey();
        }
      }
      if (best != null) {
        votes.computeIfAbsent(t.trackId(), k -> new HashMap<>()).merge(best, 1, Integer::sum);
      }
    }
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> v : votes.entrySet()) {
      out.put(
          v.getKey(),
          v.getValue().entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .orElseThrow()
              .getKey());
    }
    return out;
  }

  private static double distanceM(Track t, TruthSample s) {
    double north = (t.position().latDeg() - s.position().latDeg()) * 111_320;
    double east =
        (t.position().lonDeg() - s.position().lonDeg())
            * 111_320
            * Math.cos(Math.toRadians(s.position().latDeg()));
    return Math.hypot(north, east);
  }

  private static FederationNode node(
      Path keys,
      String id,
      String nation,
      int listenPort,
      String partner,
      String partnerNation,
      int partnerPort,
      boolean polishAirspaceOnly)
      throws IOException {
    OutputFilter filter =
        polishAirspaceOnly
            ? new OutputFilter(List.of(49.0, 14.0, 55.0, 23.9), null, null, null)
            : OutputFilter.ALL;
    FederationConfig c =
        new FederationConfig(
            id,
            nation,
            "SECRET",
            "127.0.0.1",
            listenPort,
            keys.resolve(id + ".p12").toString(),
            null,
            PASSWORD_ENV,
            null,
            new FederationLabelConfig(null, "SECRET", List.of(nation, partnerNation), false),
            1.0,
            100_000,
            0.5,
            30.0,
            null,
            null,
            List.of(
                new FederationLinkConfig(
                    "to-" + partner,
                    partner,
                    partnerNation,
                    null,
                    "127.0.0.1",
                    partnerPort,
                    keys.resolve(partner + ".crt").toString(),
                    filter,
                    null)));
    return new FederationNode(
        c,
        List.of(),
        null,
        name -> PASSWORD_ENV.equals(name) ? new String(DemoCertificates.PASSWORD) : null);
  }

  private static void until(BooleanSupplier c, Object... show) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!c.getAsBoolean()) {
      assertThat(System.nanoTime())
          .as(() -> "condition within 30 s: " + java.util.Arrays.deepToString(show))
          .isLessThan(end);
      Thread.sleep(0, 200_000);
    }
  }

  private static ScenarioSensor withRange(ScenarioSensor s, double rangeM) {
    return new ScenarioSensor(
        s.id(),
        s.name(),
        s.kind(),
        s.latDeg(),
        s.lonDeg(),
        s.altitudeM(),
        rangeM,
        s.rotationPeriodS(),
        s.detectionProbability(),
        s.detectionProbabilityByClass(),
        s.sigmaRangeM(),
        s.sigmaAzimuthDeg(),
        s.sigmaElevationDeg(),
        s.rangeResolutionM(),
        s.beamwidthDeg(),
        s.clutterPerScan(),
        s.phaseS(),
        s.reportsHeight());
  }
}
