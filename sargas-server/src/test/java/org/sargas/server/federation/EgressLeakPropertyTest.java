package org.sargas.server.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.server.config.OutputFilter;
import org.sargas.server.output.TrackFilter;

/**
 * Property: over generated labelled objects (fused from one to three labelled sources) and links to
 * random partners, no object reaches a partner outside the releasable-to list of every one of its
 * sources or above the partner's clearance, and no sensor site leaves unless every source and the
 * link release it. The oracle reads the sources' labels, not the fused label. 5 seeds × 25,000
 * objects = 125,000 objects, each offered to 3 links.
 */
class EgressLeakPropertyTest {
  private static final String[] NATIONS = {"LTU", "POL", "LVA", "EST", "DEU", "USA", "GBR", "FIN"};
  private static final int OBJECTS_PER_SEED = 25_000;
  private static final Instant T = Instant.parse("2026-09-10T00:00:00Z");

  static LongStream seeds() {
    return LongStream.of(1, 2, 3, 4, 5);
  }

  record Labelled(SharedTrack track, List<ReleasabilityLabel> sources) {}

  record Link(EgressFilter filter, SecurityClassification clearance, boolean sites) {}

  private static ReleasabilityLabel label(SplittableRandom r) {
    Set<String> to = new TreeSet<>();
    to.add("LTU");
    for (String n : NATIONS) {
      if (r.nextInt(3) == 0) {
        to.add(n);
      }
    }
    SecurityClassification[] levels = SecurityClassification.values();
    return new ReleasabilityLabel(
        r.nextInt(10) == 0 ? "LTU-NATIONAL" : "NATO",
        levels[r.nextInt(levels.length)],
        to,
        r.nextBoolean());
  }

  private static Labelled object(SplittableRandom r, int k) {
    List<ReleasabilityLabel> sources = new ArrayList<>();
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      sources.add(label(r));
    }
    TargetClass[] classes = TargetClass.values();
    Track t =
        new Track(
            "T" + k,
            T,
            new GeoPoint(53 + 4 * r.nextDouble(), 20 + 8 * r.nextDouble(), 100 * r.nextDouble()),
            0,
            0,
            0,
            10,
            10,
            0,
            TrackState.CONFIRMED,
            Identity.NONE,
            new Classification(classes[r.nextInt(classes.length)], 0.5, "generated"),
            3);
    List<SharedTrack.SensorSite> sites = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      sites.add(new SharedTrack.SensorSite("S" + i, GeoPoint.of(54 + i * 0.1, 24)));
    }
    return new Labelled(
        new SharedTrack("LTU-" + k, t, ReleasabilityLabel.fused(sources), sites), sources);
  }

  private static Link link(SplittableRandom r) {
    SecurityClassification[] levels = SecurityClassification.values();
    SecurityClassification clearance = levels[r.nextInt(levels.length)];
    boolean sites = r.nextBoolean();
    OutputFilter area =
        r.nextBoolean()
            ? OutputFilter.ALL
            : new OutputFilter(List.of(53.5, 21.0, 56.5, 27.0), null, null, null);
    String partner = NATIONS[1 + r.nextInt(NATIONS.length - 1)];
    return new Link(
        new EgressFilter(partner, clearance, new TrackFilter(area), sites), clearance, sites);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void noObjectReachesAPartnerOutsideItsReleasableToList(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Link> links = List.of(link(r), link(r), link(r));
    long leaked = 0;
    long sent = 0;
    long withheld = 0;
    for (int k = 0; k < OBJECTS_PER_SEED; k++) {
      Labelled o = object(r, k);
      for (Link l : links) {
        EgressFilter.Decision d = l.filter().apply(o.track());
        if (d.verdict() != EgressFilter.Verdict.SENT) {
          assertThat(d.object()).isNull();
          withheld++;
          continue;
        }
        sent++;
        for (ReleasabilityLabel s : o.sources()) {
          boolean allowed =
              s.releasableTo().contains(l.filter().partner())
                  && l.clearance().compareTo(s.classification()) >= 0;
          boolean sitesAllowed = s.sensorSitesReleasable() && l.sites();
          if (!allowed || (!sitesAllowed && !d.object().sensorSites().isEmpty())) {
            leaked++;
            break;
          }
        }
      }
    }
    assertThat(leaked).as("objects that reached a partner they may not").isZero();
    assertThat(sent).as("the property is not vacuous: some objects leave").isPositive();
    assertThat(withheld).isPositive();
    long counted = 0;
    for (Link l : links) {
      counted +=
          l.filter().sent() + l.filter().withheldByReleasability() + l.filter().withheldByFilter();
    }
    assertThat(counted).isEqualTo(3L * OBJECTS_PER_SEED);
  }

  @Test
  void aFusedLabelIsTheIntersectionOfItsSources() {
    ReleasabilityLabel a =
        new ReleasabilityLabel(
            "NATO", SecurityClassification.RESTRICTED, Set.of("LTU", "POL", "LVA"), true);
    ReleasabilityLabel b =
        new ReleasabilityLabel(
            "NATO", SecurityClassification.SECRET, Set.of("LTU", "POL", "USA"), false);
    ReleasabilityLabel f = ReleasabilityLabel.fused(List.of(a, b));
    assertThat(f.classification()).isEqualTo(SecurityClassification.SECRET);
    assertThat(f.releasableTo()).containsExactlyInAnyOrder("LTU", "POL");
    assertThat(f.sensorSitesReleasable()).isFalse();
    assertThat(f.policy()).isEqualTo("NATO");
    assertThat(f.releasableTo("POL", SecurityClassification.SECRET)).isTrue();
    assertThat(f.releasableTo("POL", SecurityClassification.CONFIDENTIAL)).isFalse();
    assertThat(f.releasableTo("LVA", SecurityClassification.TOP_SECRET)).isFalse();
  }
}
