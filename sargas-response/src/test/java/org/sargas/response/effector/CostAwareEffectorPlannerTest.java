package org.sargas.response.effector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.response.area.CircleAreaTest;
import org.sargas.response.area.KeepOutArea;
import org.sargas.response.testing.Threats;

class CostAwareEffectorPlannerTest {
  private static final Map<TargetClass, Double> PK =
      Map.of(TargetClass.LOITERING_MUNITION, 0.8, TargetClass.FAST_JET, 0.5);

  private static Effector gun(String id, GeoPoint at, double reactionS, int stock) {
    return new Effector(
        id, id, EffectorKind.GUN, at, 0, 3_000, 0, 3_000, reactionS, 1e9, PK, 10_000, stock, "");
  }

  private static Effector sam(String id, GeoPoint at, int stock) {
    return new Effector(
        id,
        id,
        EffectorKind.MEDIUM_RANGE_MISSILE,
        at,
        0,
        30_000,
        0,
        15_000,
        20,
        1_000,
        Map.of(TargetClass.LOITERING_MUNITION, 0.9, TargetClass.FAST_JET, 0.9),
        1_000_000,
        stock,
        "");
  }

  private static double secondsAfterT0(java.time.Instant t) {
    return Duration.between(Threats.T0, t).toNanos() / 1e9;
  }

  @Test
  void aWindowOpensAndClosesWithTheRangeOnThePredictedPath() {
    // East along the equator at 100 m/s from 20 E; a gun of 3 km range on the path 55.66 km ahead.
    GeoPoint gunAt = GeoPoint.of(0, 20.5).withAltitudeM(0);
    double toGun = Wgs84.distanceM(GeoPoint.of(0, 20), gunAt);
    Track t = Threats.track("E", 0, 20, 0, 90, 100, TargetClass.LOITERING_MUNITION);
    var planner =
        new CostAwareEffectorPlanner(
            List.of(gun("G", gunAt, 10, 5)), List.of(), EffectorSettings.defaults());
    List<EngagementOption> opts = planner.options(t);
    assertThat(opts).hasSize(1);
    EngagementWindow w = opts.get(0).window();
    // Sampled every 2 s: the window is the first and last sample inside 3 km.
    assertThat(secondsAfterT0(w.start())).isCloseTo((toGun - 3000) / 100, within(2.0));
    assertThat(secondsAfterT0(w.end())).isCloseTo((toGun + 3000) / 100, within(2.0));
    assertThat(Wgs84.distanceM(w.startPoint(), gunAt)).isBetween(2800.0, 3000.0);
    assertThat(opts.get(0).expectedCostPerKillEur()).isCloseTo(10_000 / 0.8, within(1e-9));
    // A gun that needs longer to react than the threat takes to pass has no window.
    var slow =
        new CostAwareEffectorPlanner(
            List.of(gun("G", gunAt, 600, 5)), List.of(), EffectorSettings.defaults());
    assertThat(slow.options(t)).isEmpty();
  }

  @Test
  void anEngagementInsideAKeepOutAreaIsNotOffered() {
    GeoPoint gunAt = GeoPoint.of(0, 20.5).withAltitudeM(0);
    Track t = Threats.track("E", 0, 20, 0, 90, 100, TargetClass.LOITERING_MUNITION);
    // A town of 4 km radius around the gun: the whole 3 km envelope is inside it.
    KeepOutArea town = new KeepOutArea("TOWN", "Town", new CircleAreaTest(gunAt, 4_000));
    var planner =
        new CostAwareEffectorPlanner(
            List.of(gun("G", gunAt, 10, 5)), List.of(town), EffectorSettings.defaults());
    assertThat(planner.options(t)).isEmpty();
    // A town covering only the near half: the window starts where the town ends.
    KeepOutArea half =
        new KeepOutArea(
            "HALF", "Half", new CircleAreaTest(Wgs84.destination(gunAt, 270, 1_500), 1_600));
    var p2 =
        new CostAwareEffectorPlanner(
            List.of(gun("G", gunAt, 10, 5)), List.of(half), EffectorSettings.defaults());
    EngagementWindow w = p2.options(t).get(0).window();
    assertThat(Wgs84.distanceM(w.startPoint(), gunAt)).isLessThan(200.0);
  }

  @Test
  void theGerberaCrossingGetsCheapEffectorsAndNoMissile() {
    Track g = Threats.track("G", 54.625, 25.75, 350, 289, 45, TargetClass.LOITERING_MUNITION);
    var planner =
        new CostAwareEffectorPlanner(
            EffectorCatalog.easternFlankDefaults(),
            EffectorCatalog.easternFlankKeepOuts(),
            EffectorSettings.defaults());
    List<EngagementOption> opts = planner.options(g);
    assertThat(opts)
        .extracting(EngagementOption::effectorId)
        .contains("LT-JAM-1", "LT-GUN-1", "LT-IDR-1", "LT-SAM-1");
    for (int i = 1; i < opts.size(); i++) {
      assertThat(opts.get(i).expectedCostPerKillEur())
          .isGreaterThanOrEqualTo(opts.get(i - 1).expectedCostPerKillEur());
    }
    EffectorPlan plan = planner.plan(List.of(g));
    ThreatAssignment a = plan.assignments().get(0);
    assertThat(a.engagements()).isNotEmpty();
    assertThat(a.engagements()).noneMatch(e -> e.kind().missile());
    assertThat(a.engagements()).anyMatch(e -> e.kind() == EffectorKind.GUN);
    assertThat(a.options()).isEqualTo(opts);
    assertThat(plan.expectedCostEur()).isLessThan(25_000);
    assertThat(plan.missilesOnEverythingCostEur()).isGreaterThanOrEqualTo(250_000);
    assertThat(plan.provenOptimal()).isTrue();
    assertThat(plan.optimalityGapEur()).isZero();
    // Shots are in firing order, each at the start of its window.
    for (int k = 1; k < a.engagements().size(); k++) {
      assertThat(a.engagements().get(k).time()).isAfterOrEqualTo(a.engagements().get(k - 1).time());
      assertThat(a.engagements().get(k).order()).isEqualTo(k + 1);
    }
  }

  @Test
  void aRaidBeyondTheGunsStockFallsBackToMissilesAndTheNaivePlanCostsMore() {
    // Five Gerbera-like drones 1 km apart fly past one gun (2 bursts) and a SAM battery (3
    // missiles).
    GeoPoint gunAt = GeoPoint.of(0, 20.5).withAltitudeM(0);
    List<Track> raid = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      raid.add(Threats.track("D" + k, 0.002 * k, 20, 300, 90, 45, TargetClass.LOITERING_MUNITION));
    }
    var planner =
        new CostAwareEffectorPlanner(
            List.of(gun("GUN", gunAt, 10, 2), sam("SAM", GeoPoint.of(0.1, 20.4), 3)),
            List.of(),
            new EffectorSettings(1800, 2, 500, 0.15, 1e8, 2));
    EffectorPlan plan = planner.plan(raid);
    long gunShots =
        plan.assignments().stream()
            .flatMap(a -> a.engagements().stream())
            .filter(e -> e.effectorId().equals("GUN"))
            .count();
    long samShots =
        plan.assignments().stream()
            .flatMap(a -> a.engagements().stream())
            .filter(e -> e.effectorId().equals("SAM"))
            .count();
    assertThat(gunShots).isEqualTo(2); // every gun burst is used before any missile
    assertThat(samShots).isEqualTo(3);
    assertThat(plan.assignments())
        .allSatisfy(
            a ->
                assertThat(a.engagements().stream().filter(e -> e.kind().missile()).count())
                    .isLessThanOrEqualTo(a.engagements().size() == 1 ? 1 : 0));
    assertThat(plan.expectedLeakers()).isCloseTo(0.2 + 0.2 + 0.1 + 0.1 + 0.1, within(1e-9));
    assertThat(plan.missilesOnEverythingCostEur()).isEqualTo(5_000_000.0);
    assertThat(plan.expectedCostEur()).isLessThan(plan.missilesOnEverythingCostEur());
    assertThat(plan.provenOptimal()).isTrue();
  }

  @Test
  void aFastJetIsNotSparedTheMissile() {
    GeoPoint gunAt = GeoPoint.of(0, 20.5).withAltitudeM(0);
    Track jet = Threats.track("J", 0, 20, 2000, 90, 250, TargetClass.FAST_JET);
    var planner =
        new CostAwareEffectorPlanner(
            List.of(gun("GUN", gunAt, 10, 5), sam("SAM", GeoPoint.of(0.1, 20.4), 3)),
            List.of(),
            EffectorSettings.defaults());
    ThreatAssignment a = planner.plan(List.of(jet)).assignments().get(0);
    assertThat(a.engagements()).anyMatch(e -> e.effectorId().equals("SAM"));
    assertThat(a.meetsLeakBound()).isTrue();
  }

  @Test
  void theSameRaidGivesTheSamePlan() {
    var planner =
        new CostAwareEffectorPlanner(
            EffectorCatalog.easternFlankDefaults(),
            EffectorCatalog.easternFlankKeepOuts(),
            EffectorSettings.defaults());
    List<Track> raid =
        List.of(
            Threats.track("A", 54.625, 25.75, 350, 289, 45, TargetClass.LOITERING_MUNITION),
            Threats.track("B", 54.60, 25.78, 300, 280, 45, TargetClass.LOITERING_MUNITION),
            Threats.track("C", 54.66, 25.72, 200, 300, 30, TargetClass.SMALL_DRONE));
    assertThat(planner.plan(raid)).isEqualTo(planner.plan(raid));
  }
}
