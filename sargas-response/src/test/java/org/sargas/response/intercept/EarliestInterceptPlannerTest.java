package org.sargas.response.intercept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.response.area.AreaTest;
import org.sargas.response.area.PolygonAreaTest;
import org.sargas.response.area.ProtectedSite;
import org.sargas.response.testing.Threats;

class EarliestInterceptPlannerTest {

  /** A level aircraft with one speed, no climb to speak of. */
  private static QraBase base(String id, double lat, double lon, double readinessS, double v) {
    return new QraBase(
        id, id, new GeoPoint(lat, lon, 0), new QraAircraft("T", readinessS, 1e6, v, v, 0, 2e6), "");
  }

  @Test
  void aTailChaseOnTheEquatorMeetsTheClosedFormTime() {
    // Base at 20 E on the equator; the threat 100 km east of it flies east at 100 m/s; the
    // interceptor (400 m/s) is airborne after 600 s: 400 (t − 600) = 100 000 + 100 t → t = 1133.3
    // s.
    GeoPoint start = Wgs84.destination(GeoPoint.of(0, 20), 90, 100_000);
    Track t = Threats.track("A", start.latDeg(), start.lonDeg(), 0, 90, 100, TargetClass.FAST_JET);
    var planner =
        new EarliestInterceptPlanner(
            List.of(base("B", 0, 20, 600, 400)),
            AreaTest.NOWHERE,
            List.of(),
            new InterceptSettings(3600, 5, 0, 0, 0));
    List<InterceptRecommendation> recs = planner.plan(t);
    assertThat(recs).hasSize(1);
    InterceptRecommendation r = recs.get(0);
    assertThat(r.timeToInterceptS()).isCloseTo(3400.0 / 3, within(0.01));
    assertThat(r.interceptTime())
        .isEqualTo(Threats.T0.plus(Duration.ofNanos(Math.round(r.timeToInterceptS() * 1e9))));
    assertThat(Wgs84.distanceM(GeoPoint.of(0, 20), r.interceptPoint()))
        .isCloseTo(400 * (3400.0 / 3 - 600), within(5.0));
    assertThat(r.deadline()).isEqualTo(InterceptDeadline.HORIZON);
    assertThat(r.timeMarginS()).isCloseTo(3600 - 3400.0 / 3, within(0.01));
    assertThat(r.beforeBorder()).isTrue();
    assertThat(r.beforeSite()).isTrue();
  }

  @Test
  void climbAndDashFollowTheDocumentedFormula() {
    QraBase b =
        new QraBase(
            "K",
            "K",
            new GeoPoint(55, 24, 100),
            new QraAircraft("K", 900, 200, 250, 450, 90_000, 400_000),
            "");
    var k = new ScrambleClimbDashKinematics();
    GeoPoint p = Wgs84.destination(b.position(), 45, 150_000);
    // climb 10 000 m: 50 s, 12.5 km on course; dash 90 km: 200 s; cruise the last 47.5 km: 190 s.
    assertThat(k.timeToReachS(b, p.latDeg(), p.lonDeg(), 10_100))
        .isCloseTo(900 + 50 + 200 + 190, within(1e-6));
    GeoPoint far = Wgs84.destination(b.position(), 45, 400_001);
    assertThat(k.timeToReachS(b, far.latDeg(), far.lonDeg(), 100)).isInfinite();
  }

  @Test
  void interceptsBeforeTheBorderRankFirstAndTooLateOnesCarryANegativeMargin() {
    // A threat flies due north at 200 m/s, 30 km west of a protected area east of 24.5 E. Straight
    // on or turning left it never enters; turning right (3 °/s, 90°) it enters after ~150 s.
    Track t = Threats.track("R", 55.0, 24.03, 3000, 0, 200, TargetClass.FAST_JET);
    AreaTest country = PolygonAreaTest.box(54.0, 24.5, 57.0, 27.0);
    QraBase near = base("NEAR", 55.1, 24.2, 30, 400);
    QraBase far = base("FAR", 53.0, 24.03, 60, 600);
    var planner =
        new EarliestInterceptPlanner(
            List.of(far, near), country, List.of(), new InterceptSettings(1800, 2, 3, 90, 0));
    List<InterceptRecommendation> recs = planner.plan(t);
    assertThat(recs).hasSize(6);
    InterceptRecommendation rightFar =
        recs.stream()
            .filter(r -> r.baseId().equals("FAR") && r.hypothesis().startsWith("turn-right"))
            .findFirst()
            .orElseThrow();
    assertThat(rightFar.beforeBorder()).isFalse();
    assertThat(rightFar.deadline()).isEqualTo(InterceptDeadline.BORDER);
    assertThat(rightFar.borderEntryTime()).isNotNull();
    assertThat(rightFar.timeMarginS()).isNegative();
    assertThat(rightFar.timeMarginS())
        .isCloseTo(
            Duration.between(rightFar.interceptTime(), rightFar.borderEntryTime()).toNanos() / 1e9,
            within(1e-6));
    // Ranking: every before-border row precedes every too-late row.
    int firstLate = -1;
    for (int i = 0; i < recs.size(); i++) {
      if (!recs.get(i).beforeBorder() && firstLate < 0) {
        firstLate = i;
      }
      if (firstLate >= 0) {
        assertThat(recs.get(i).beforeBorder()).isFalse();
      }
    }
    assertThat(firstLate).isPositive();
    // Among the before-border rows the earliest comes first; the near base is ahead of the threat.
    assertThat(recs.get(0).baseId()).isEqualTo("NEAR");
    assertThat(recs.get(0).interceptTime()).isBeforeOrEqualTo(recs.get(1).interceptTime());
    InterceptRecommendation nearRight =
        recs.stream()
            .filter(r -> r.baseId().equals("NEAR") && r.hypothesis().startsWith("turn-right"))
            .findFirst()
            .orElseThrow();
    assertThat(nearRight.beforeBorder()).isTrue();
    assertThat(nearRight.timeMarginS()).isPositive();
  }

  @Test
  void aThreatAlreadyInsideIsNeverBeforeTheBorderAndSitesSetTheDeadline() {
    Track t = Threats.track("I", 55.0, 25.0, 500, 0, 50, TargetClass.LOITERING_MUNITION);
    AreaTest country = PolygonAreaTest.box(54.0, 24.5, 57.0, 27.0);
    ProtectedSite site = new ProtectedSite("CITY", "City", GeoPoint.of(55.3, 25.0), 5000);
    var planner =
        new EarliestInterceptPlanner(
            List.of(base("B", 55.0, 24.0, 300, 300)),
            country,
            List.of(site),
            new InterceptSettings(3600, 5, 0, 0, 0));
    InterceptRecommendation r = planner.plan(t).get(0);
    assertThat(r.beforeBorder()).isFalse();
    assertThat(r.borderEntryTime()).isNull();
    assertThat(r.siteId()).isEqualTo("CITY");
    assertThat(r.deadline()).isEqualTo(InterceptDeadline.SITE);
    assertThat(r.beforeSite()).isTrue();
    double toSiteS =
        (Wgs84.distanceM(GeoPoint.of(55.0, 25.0), GeoPoint.of(55.3, 25.0)) - 5000) / 50;
    assertThat(Duration.between(Threats.T0, r.siteArrivalTime()).toNanos() / 1e9)
        .isCloseTo(toSiteS, within(0.01));
    assertThat(r.timeMarginS()).isCloseTo(toSiteS - r.timeToInterceptS(), within(0.01));
  }

  @Test
  void aBaseOutOfReachWithinTheHorizonIsLeftOut() {
    Track t = Threats.track("O", 55.0, 25.0, 500, 90, 50, TargetClass.LOITERING_MUNITION);
    var planner =
        new EarliestInterceptPlanner(
            List.of(base("SLOW", 50.0, 10.0, 900, 200)),
            AreaTest.NOWHERE,
            List.of(),
            new InterceptSettings(600, 5, 0, 0, 0));
    assertThat(planner.plan(t)).isEmpty();
  }

  @Test
  void theGerberaCrossingFromBelarusIsReachedFirstFromSiauliai() {
    // The seed's Gerbera at the border east of Vilnius (scenario lithuania-2025-gerbera), 45 m/s,
    // course 289°, 350 m; the protected area is a crude box over Lithuania east of the crossing.
    Track t = Threats.track("G", 54.625, 25.75, 350, 289, 45, TargetClass.LOITERING_MUNITION);
    var planner =
        new EarliestInterceptPlanner(
            QraCatalog.defaults(),
            AreaTest.NOWHERE,
            List.of(new ProtectedSite("VNO", "Vilnius", GeoPoint.of(54.687, 25.28), 8000)),
            InterceptSettings.defaults());
    List<InterceptRecommendation> recs = planner.plan(t);
    assertThat(recs.get(0).baseId()).isEqualTo("EYSA");
    assertThat(recs.get(0).aircraftType()).isEqualTo("Eurofighter Typhoon");
    // Šiauliai is ~180 km away: 15 min readiness plus roughly 6–8 minutes of flight.
    assertThat(recs.get(0).timeToInterceptS()).isBetween(1200.0, 1500.0);
    // Straight on, the drone passes within 8 km of Vilnius in about 10 minutes: no QRA aircraft is
    // there in time. Turning away, it never gets there.
    assertThat(recs)
        .filteredOn(r -> r.hypothesis().equals("straight"))
        .hasSize(4)
        .allSatisfy(
            r -> {
              assertThat(r.beforeSite()).isFalse();
              assertThat(r.siteId()).isEqualTo("VNO");
              assertThat(r.deadline()).isEqualTo(InterceptDeadline.SITE);
              assertThat(r.timeMarginS()).isNegative();
            });
    assertThat(recs)
        .filteredOn(r -> r.hypothesis().startsWith("turn-left"))
        .allSatisfy(r -> assertThat(r.beforeSite()).isTrue());
    assertThat(recs).extracting(InterceptRecommendation::baseId).contains("EPMB", "EPLK");
  }
}
