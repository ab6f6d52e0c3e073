package org.sargas.pipeline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sargas.model.airspace.Warning;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.plan.FlightPlan;
import org.sargas.model.track.Classification;
import org.sargas.model.track.IdentityAssessment;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/**
 * One case per identification criterion of the default criteria, and the precedence between them.
 */
class IdentityStageTest {
  private static final Instant T0 = Instant.parse("2025-10-23T15:00:00Z");

  /** Territory: west of 22.8°E is RUS (Kaliningrad), east of 26°E is BLR, else LTU. */
  private static final CountryLocator COUNTRIES =
      (lat, lon) -> lon < 22.8 ? "RUS" : lon > 26.0 ? "BLR" : "LTU";

  private static final Identity NONE = Identity.NONE;
  private static final Identity AIRLINER_ID = new Identity("502CB1", "BTI7PW", "4621", null, null);

  static Stream<Arguments> criteria() {
    return Stream.of(
        Arguments.of(
            "friendly-aircraft: address on the list",
            track(
                24.0,
                new Identity("4D2001", null, "1234", null, null),
                TargetClass.FAST_JET,
                10000),
            StandardIdentity.FRIEND,
            "own or allied aircraft"),
        Arguments.of(
            "friendly-drone: Remote ID on the allow-list",
            track(
                24.0,
                new Identity(null, null, null, "1596F000POLICE01", null),
                TargetClass.SMALL_DRONE,
                100),
            StandardIdentity.ASSUMED_FRIEND,
            "registered friendly drone"),
        Arguments.of(
            "emergency-squawk 7500 before anything else but friends",
            track(
                24.0,
                new Identity("4B1234", "ABC123", "7500", null, null),
                TargetClass.AIRLINER,
                10000),
            StandardIdentity.SUSPECT,
            "hijack squawk"),
        Arguments.of(
            "diplomatic-clearance: cleared callsign in window and corridor",
            track(
                24.0,
                new Identity("155001", "RFF7071", "2101", null, null),
                TargetClass.LARGE_AIRCRAFT,
                9000),
            StandardIdentity.NEUTRAL,
            "diplomatic clearance"),
        Arguments.of(
            "flight-plan: callsign, time window, on route",
            track(24.0, AIRLINER_ID, TargetClass.AIRLINER, 10670),
            StandardIdentity.NEUTRAL,
            "filed flight plan"),
        Arguments.of(
            "source-flight-plan: the system tracker's I062/390 ADEP and ADES",
            track(
                24.0,
                new Identity(
                    "4CA9F1", "RYR5QX", "2317", null, null, null, "B738", null, "EPKK", "EVRA"),
                TargetClass.AIRLINER,
                11000),
            StandardIdentity.NEUTRAL,
            "flight plan from the source tracker: RYR5QX EPKK→EVRA (I062/390, B738)"),
        Arguments.of(
            "emergency-squawk 7700 is neutral",
            track(
                24.0,
                new Identity("4B1235", "XYZ9", "7700", null, null),
                TargetClass.AIRLINER,
                10000),
            StandardIdentity.NEUTRAL,
            "emergency squawk"),
        Arguments.of(
            "origin-noncooperative: first seen over RUS, no transponder",
            track(22.5, NONE, TargetClass.UNKNOWN, 3000),
            StandardIdentity.HOSTILE,
            "from a hostile territory without transponder"),
        Arguments.of(
            "military-noncooperative: fast jet without transponder over LTU",
            track(24.0, NONE, TargetClass.FAST_JET, 6000),
            StandardIdentity.HOSTILE,
            "military aircraft without transponder"),
        Arguments.of(
            "attack-drone: loitering munition",
            track(24.0, NONE, TargetClass.LOITERING_MUNITION, 300),
            StandardIdentity.HOSTILE,
            "one-way attack drone"),
        Arguments.of(
            "state-aircraft-without-clearance: military class replying",
            track(
                24.0,
                new Identity("155099", "RFF9999", "2200", null, null),
                TargetClass.LARGE_AIRCRAFT,
                9000),
            StandardIdentity.SUSPECT,
            "state aircraft without clearance"),
        Arguments.of(
            "origin: first seen over BLR squawking a conspicuity code, no plan",
            track(
                26.5,
                new Identity(null, null, "7000", null, null),
                TargetClass.LIGHT_AIRCRAFT,
                900),
            StandardIdentity.SUSPECT,
            "from a hostile territory without flight plan"),
        Arguments.of(
            "cooperative-civil before origin: airliner from BLR with a discrete squawk",
            track(
                26.5,
                new Identity("510001", "XYZ851", "5521", null, null),
                TargetClass.AIRLINER,
                9000),
            StandardIdentity.NEUTRAL,
            "cooperative civil traffic"),
        Arguments.of(
            "unidentified-drone: small drone without Remote ID",
            track(24.0, NONE, TargetClass.SMALL_DRONE, 120),
            StandardIdentity.SUSPECT,
            "drone without Remote ID"),
        Arguments.of(
            "cooperative-civil: discrete squawk with altitude, civil class",
            track(
                24.0,
                new Identity("4CA123", "RYR1AB", "1000", null, null),
                TargetClass.AIRLINER,
                11000),
            StandardIdentity.NEUTRAL,
            "cooperative civil traffic"),
        Arguments.of(
            "nothing applies: primary-only light aircraft over LTU",
            track(24.0, NONE, TargetClass.LIGHT_AIRCRAFT, 800),
            StandardIdentity.UNKNOWN,
            "no identification criterion applies"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("criteria")
  void eachCriterionGivesItsIdentity(
      String name, Track track, StandardIdentity expected, String reason) {
    IdentityStage stage = stage();
    IdentityAssessment a = stage.assess(track);
    assertThat(a.standardIdentity()).as(name).isEqualTo(expected);
    assertThat(a.reasons().get(0)).as(name).startsWith(reason);
    assertThat(a.overridden()).isFalse();
  }

  @Test
  void aTentativeTrackIsPending() {
    Track t = track(22.5, NONE, TargetClass.FAST_JET, 6000);
    Track tentative =
        new Track(
            t.trackId(),
            t.time(),
            t.position(),
            200,
            0,
            0,
            100,
            100,
            0,
            TrackState.TENTATIVE,
            NONE,
            t.classification(),
            1);
    assertThat(stage().assess(tentative).standardIdentity()).isEqualTo(StandardIdentity.PENDING);
  }

  @Test
  void aFlightOffItsRouteIsNotClearedAndTheReasonSaysHowFar() {
    IdentityStage stage = stage();
    // 60 km north of the plan's route (the route runs along 54.6°N)
    Track off = at(track(24.0, AIRLINER_ID, TargetClass.AIRLINER, 10670), 55.14, 24.0);
    IdentityAssessment a = stage.assess(off);
    assertThat(a.reasons()).anyMatch(r -> r.contains("km off its route"));
    assertThat(stage.cleared(off.trackId())).isFalse();
    assertThat(a.standardIdentity()).isEqualTo(StandardIdentity.NEUTRAL); // cooperative civil
    assertThat(a.reasons().get(0)).startsWith("cooperative civil traffic");
  }

  @Test
  void aPlanOutsideItsTimeWindowDoesNotCorrelate() {
    IdentityStage stage = stage();
    Track late =
        new Track(
            "T9",
            T0.plus(Duration.ofHours(5)),
            new GeoPoint(54.6, 24.0, 10670),
            230,
            0,
            0,
            100,
            100,
            0,
            TrackState.CONFIRMED,
            AIRLINER_ID,
            new Classification(TargetClass.AIRLINER, 0.9, "test"),
            20);
    assertThat(stage.assess(late).reasons().get(0)).startsWith("cooperative civil traffic");
    assertThat(stage.cleared("T9")).isFalse();
  }

  @Test
  void flightPlanAndClearanceMakeATrackCleared() {
    IdentityStage stage = stage();
    Track airliner = track(24.0, AIRLINER_ID, TargetClass.AIRLINER, 10670);
    stage.assess(airliner);
    assertThat(stage.cleared(airliner.trackId())).isTrue();
    assertThat(stage.clearance(airliner.trackId())).contains("BTI7PW EVRA→EPWA");
  }

  @Test
  void anEarlyWarningMakesANonCooperativeTrackSuspect() {
    IdentityStage stage = stage();
    Track t = track(24.0, NONE, TargetClass.LIGHT_AIRCRAFT, 800);
    assertThat(stage.assess(t).standardIdentity()).isEqualTo(StandardIdentity.UNKNOWN);
    stage.noteWarnings(
        List.of(
            new Warning(t.trackId(), "LTU", T0, T0.plusSeconds(60), t.position(), 60, "straight")));
    IdentityAssessment a = stage.assess(t);
    assertThat(a.standardIdentity()).isEqualTo(StandardIdentity.SUSPECT);
    assertThat(a.reasons().get(0)).startsWith("heading for protected airspace");
  }

  @Test
  void aCirclingNonCooperativeTrackIsLoitering() {
    IdentityStage stage = stage();
    IdentityAssessment last = null;
    // a 2 km circle flown at 40 m/s: one turn every ~314 s, for 10 minutes
    for (int s = 0; s <= 600; s += 5) {
      double ang = 2 * Math.PI * s / 314.0;
      double lat = 54.6 + 2000 * Math.cos(ang) / 111_195;
      double lon = 24.0 + 2000 * Math.sin(ang) / (111_195 * Math.cos(Math.toRadians(54.6)));
      double ve = 40 * Math.cos(ang);
      double vn = -40 * Math.sin(ang);
      Track t =
          new Track(
              "T-LOITER",
              T0.plusSeconds(s),
              new GeoPoint(lat, lon, 500),
              ve,
              vn,
              0,
              100,
              100,
              0,
              TrackState.CONFIRMED,
              NONE,
              new Classification(TargetClass.LIGHT_AIRCRAFT, 0.6, "t"),
              s);
      last = stage.assess(t);
    }
    assertThat(last.standardIdentity()).isEqualTo(StandardIdentity.SUSPECT);
    assertThat(last.reasons().get(0)).startsWith("loitering without transponder");
  }

  @Test
  void anOperatorOverrideHoldsUntilReleased() {
    IdentityStage stage = stage();
    Track jet = track(22.5, NONE, TargetClass.FAST_JET, 6000);
    assertThat(stage.assess(jet).standardIdentity()).isEqualTo(StandardIdentity.HOSTILE);
    Instant when = T0.plusSeconds(30);
    stage.override(
        jet.trackId(),
        StandardIdentity.FRIEND,
        "own QRA, IFF mode 5 checked",
        "maj. Petraitis",
        when);
    IdentityAssessment o = stage.assess(jet);
    assertThat(o.standardIdentity()).isEqualTo(StandardIdentity.FRIEND);
    assertThat(o.overriddenBy()).isEqualTo("maj. Petraitis");
    assertThat(o.overriddenAt()).isEqualTo(when);
    assertThat(o.reasons().get(0)).contains("own QRA");
    assertThat(stage.cleared(jet.trackId())).isFalse();
    assertThat(stage.release(jet.trackId())).isTrue();
    assertThat(stage.assess(jet).standardIdentity()).isEqualTo(StandardIdentity.HOSTILE);
    assertThat(stage.release(jet.trackId())).isFalse();
  }

  @Test
  void aTrackFirstSeenOverNoCountryIsAssessedWithoutAnOrigin() {
    // International waters: the locator names no country; the origin criteria must not fail.
    IdentityStage stage = new IdentityStage(IdentificationCriteria.defaults(), (lat, lon) -> null);
    Track primary = track(24.0, NONE, TargetClass.UNKNOWN, 3000);
    Track airliner = track(24.0, AIRLINER_ID, TargetClass.AIRLINER, 10670);

    assertThat(stage.assess(primary).reasons()).noneMatch(r -> r.contains("first seen over"));
    assertThat(stage.assess(airliner).reasons()).noneMatch(r -> r.contains("first seen over"));
  }

  @Test
  void rulesAreTriedInOrder() {
    // the same aircraft: with hijack first it is SUSPECT; with the plan first it is NEUTRAL
    IdentificationCriteria d = IdentificationCriteria.defaults();
    List<IdentificationRule> planFirst =
        List.of(
            IdentificationRule.of(
                "plan", IdentificationCriterion.FLIGHT_PLAN, StandardIdentity.NEUTRAL),
            new IdentificationRule(
                "hijack",
                IdentificationCriterion.EMERGENCY_SQUAWK,
                StandardIdentity.SUSPECT,
                Set.of("7500")));
    IdentityStage stage =
        new IdentityStage(
            new IdentificationCriteria(
                planFirst,
                null,
                null,
                null,
                d.routeCorridorM(),
                d.planEarly(),
                d.planLate(),
                d.loiterWindowS(),
                d.loiterRadiusM()),
            COUNTRIES);
    stage.useFlightPlans(new FlightPlanBook(List.of(plan())));
    Track hijacked =
        track(
            24.0,
            new Identity("502CB1", "BTI7PW", "7500", null, null),
            TargetClass.AIRLINER,
            10670);
    assertThat(stage.assess(hijacked).standardIdentity()).isEqualTo(StandardIdentity.NEUTRAL);
    assertThat(stage().assess(hijacked).standardIdentity()).isEqualTo(StandardIdentity.SUSPECT);
  }

  private static IdentityStage stage() {
    IdentificationCriteria c =
        IdentificationCriteria.defaults()
            .withLists(
                Set.of("4D2001"),
                Set.of("1596F000POLICE01"),
                List.of(
                    new DiplomaticClearance(
                        "DIP-2025-117",
                        "RFF7071",
                        null,
                        "RA-78830",
                        T0.minusSeconds(3600),
                        T0.plusSeconds(3600),
                        List.of(GeoPoint.of(54.6, 23.0), GeoPoint.of(54.6, 25.0)),
                        20_000,
                        StandardIdentity.NEUTRAL)));
    IdentityStage s = new IdentityStage(c, COUNTRIES);
    s.useFlightPlans(new FlightPlanBook(List.of(plan())));
    return s;
  }

  private static FlightPlan plan() {
    return new FlightPlan(
        "BTI7PW/1",
        "BTI7PW",
        "4621",
        "EVRA",
        "EPWA",
        List.of(GeoPoint.of(54.6, 23.0), GeoPoint.of(54.6, 25.0)),
        T0.minusSeconds(1800),
        Duration.ofMinutes(75),
        "test");
  }

  private static Track track(double lonDeg, Identity id, TargetClass cls, double altitudeM) {
    return new Track(
        "T-" + cls + "-" + lonDeg + "-" + id.hashCode(),
        T0,
        new GeoPoint(54.6, lonDeg, altitudeM),
        200,
        0,
        0,
        100,
        100,
        0,
        TrackState.CONFIRMED,
        id,
        new Classification(cls, 0.9, "test"),
        20);
  }

  private static Track at(Track t, double lat, double lon) {
    return new Track(
        t.trackId() + "-moved",
        t.time(),
        new GeoPoint(lat, lon, t.position().altitudeM()),
        t.velocityEastMps(),
        t.velocityNorthMps(),
        0,
        100,
        100,
        0,
        t.state(),
        t.identity(),
        t.classification(),
        t.updates());
  }
}
