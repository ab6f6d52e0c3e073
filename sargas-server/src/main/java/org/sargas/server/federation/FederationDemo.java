package org.sargas.server.federation;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.server.ingest.ReconnectBackoff;
import org.sargas.server.pipeline.ScenarioRun;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioSensor;

/**
 * {@code sargas federation demo}: two nodes in one process, each tracking the scenario with its own
 * share of the sensors (the second half of the radars belong to the second nation), exchange their
 * tracks over mutual-TLS links (one per direction, JSON lines, reconnecting, bounded backlog).
 * Every track is labelled by its origin: most are releasable to both nations, some to the origin
 * only (withheld), some release their sensor sites. Each link's egress filter decides; the receiver
 * checks every arriving object against its own nation and counts leaks.
 */
public final class FederationDemo {
  /** One link's figures. */
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
   *     scenario's sensors
   */
  public static List<LinkReport> run(Scenario scenario, List<String> nations, Path keys)
      throws IOException, InterruptedException {
    CountryBorders borders = CountryBorders.easternFlank();
    List<ScenarioSensor> all = scenario.sensors().stream().filter(s -> s.maxRangeM() > 0).toList();
    Map<String, List<SharedTrack>> tracksOf = new LinkedHashMap<>();
    for (int n = 0; n < 2; n++) {
      List<ScenarioSensor> own = new ArrayList<>();
      for (int k = 0; k < all.size(); k++) {
        if ((k < (all.size() + 1) / 2) == (n == 0)) {
          own.add(all.get(k));
        }
      }
      Scenario part =
          new Scenario(
              scenario.name(),
              scenario.title(),
              scenario.description(),
              scenario.reported(),
              scenario.assumed(),
              scenario.start(),
              scenario.durationS(),
              scenario.seed(),
              scenario.region(),
              own,
              scenario.targets(),
              scenario.airports());
      String nation = nations.get(n);
      String partner = nations.get(1 - n);
      List<Track> updates = new ScenarioRun(borders).run(part).trackUpdates();
      tracksOf.put(nation, labelled(nation, partner, own, updates));
    }
    for (String n : nations) {
      DemoCertificates.generate(keys, n);
    }
    List<LinkReport> out = new ArrayList<>();
    Map<String, FederationListener> listeners = new HashMap<>();
    try {
      for (String n : nations) {
        String partner = nations.get(0).equals(n) ? nations.get(1) : nations.get(0);
        listeners.put(
            n,
            new FederationListener(
                n,
                SecurityClassification.SECRET,
                DemoCertificates.context(keys, n, List.of(partner))));
      }
      for (String from : nations) {
        String to = nations.get(0).equals(from) ? nations.get(1) : nations.get(0);
        out.add(link(from, to, tracksOf.get(from), listeners.get(to), keys));
      }
    } finally {
      for (FederationListener l : listeners.values()) {
        l.close();
      }
    }
    return out;
  }

  private static LinkReport link(
      String from, String to, List<SharedTrack> tracks, FederationListener receiver, Path keys)
      throws IOException, InterruptedException {
    SSLContext tls = DemoCertificates.context(keys, from, List.of(to));
    EgressFilter egress = new EgressFilter(to, SecurityClassification.SECRET, t -> true, true);
    long before = receiver.objects();
    long leakedBefore = receiver.leaked();
    try (FederationLink link =
        new FederationLink(
            from + "-" + to,
            new InetSocketAddress("127.0.0.1", receiver.port()),
            tls,
            new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(5)),
            tracks.size() + 1)) {
      for (SharedTrack t : tracks) {
        EgressFilter.Decision d = egress.apply(t);
        if (d.verdict() == EgressFilter.Verdict.SENT) {
          link.send(d.object());
        }
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (link.backlog() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      return new LinkReport(
          from,
          to,
          tracks.size(),
          egress.sent(),
          receiver.objects() - before,
          egress.withheldByReleasability(),
          egress.withheldByFilter(),
          link.dropped(),
          receiver.leaked() - leakedBefore,
          (int)
              receiver.picture().keySet().stream().filter(id -> id.startsWith(from + "-")).count());
    }
  }

  /** The confirmed tracks of one node, one update per track per spacing, labelled. */
  static List<SharedTrack> labelled(
      String nation, String partner, List<ScenarioSensor> sensors, List<Track> updates) {
    List<SharedTrack.SensorSite> sites = new ArrayList<>();
    for (ScenarioSensor s : sensors) {
      sites.add(new SharedTrack.SensorSite(s.id(), GeoPoint.of(s.latDeg(), s.lonDeg())));
    }
    Map<String, Double> lastSent = new HashMap<>();
    List<SharedTrack> out = new ArrayList<>();
    for (Track t : updates) {
      if (t.state() != TrackState.CONFIRMED) {
        continue;
      }
      double s = t.time().toEpochMilli() / 1000.0;
      Double last = lastSent.get(t.trackId());
      if (last != null && s - last < UPDATE_SPACING_S) {
        continue;
      }
      lastSent.put(t.trackId(), s);
      int bucket = Math.floorMod((nation + t.trackId()).hashCode(), 100);
      ReleasabilityLabel label =
          bucket < NATIONAL_ONLY_PERCENT
              ? new ReleasabilityLabel(
                  "NATO", SecurityClassification.CONFIDENTIAL, Set.of(nation), false)
              : new ReleasabilityLabel(
                  "NATO", SecurityClassification.SECRET, Set.of(nation, partner), bucket >= 90);
      out.add(new SharedTrack(nation + "-" + t.trackId(), t, label, sites));
    }
    return out;
  }

  /** A scratch directory for the demo's keys. */
  public static Path keyDirectory() throws IOException {
    return Files.createTempDirectory("sargas-federation-");
  }
}
