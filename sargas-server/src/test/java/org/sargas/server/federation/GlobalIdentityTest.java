package org.sargas.server.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/**
 * One global id per object across two nodes (docs/decisions/1503-federation-global-track-ids.md).
 */
class GlobalIdentityTest {
  private static final Instant T0 = Instant.parse("2025-09-10T00:00:00Z");
  private static final ReleasabilityLabel LABEL =
      new ReleasabilityLabel("NATO", SecurityClassification.SECRET, Set.of("POL", "LTU"), false);

  /** A drone flying west at 45 m/s from (52.5, 24.0), seen at {@code s} seconds. */
  private static Track drone(String id, double s, TrackState state, String icao) {
    double lonDeg = 24.0 - 45 * s / (111_320 * Math.cos(Math.toRadians(52.5)));
    return new Track(
        id,
        T0.plusMillis(Math.round(s * 1000)),
        GeoPoint.of(52.5, lonDeg),
        -45,
        0,
        0,
        100,
        100,
        0,
        state,
        new Identity(icao, null, null, null, null),
        new Classification(TargetClass.LOITERING_MUNITION, 0.8, "test"),
        5);
  }

  private static SharedTrack shared(
      String origin, Track t, GlobalIdentity.Assignment a, TrackState state) {
    Track s =
        state == t.state()
            ? t
            : new Track(
                t.trackId(),
                t.time(),
                t.position(),
                t.velocityEastMps(),
                t.velocityNorthMps(),
                0,
                100,
                100,
                0,
                state,
                t.identity(),
                t.classification(),
                5);
    return new SharedTrack(a.globalId(), s, LABEL, List.of(), origin, "POL", a.since());
  }

  private static GlobalIdentity node(String id) {
    return new GlobalIdentity(id, 1500, 25, Duration.ofSeconds(30));
  }

  @Test
  void aTrackCrossingIntoThePartnersAreaKeepsTheFirstNodesId() {
    GlobalIdentity east = node("east");
    GlobalIdentity west = node("west");
    GlobalIdentity.Assignment e = east.update(drone("T1", 0, TrackState.CONFIRMED, null));
    assertThat(e.globalId()).isEqualTo("east:T1");
    west.partner(
        shared("east", drone("T1", 0, TrackState.CONFIRMED, null), e, TrackState.CONFIRMED));
    // later the drone enters WEST's area: WEST's own track (its own local id) adopts EAST's id
    Track w = drone("T7", 20, TrackState.CONFIRMED, null);
    GlobalIdentity.Assignment wa = west.update(w);
    assertThat(wa.globalId()).isEqualTo("east:T1");
    assertThat(wa.since()).isEqualTo(T0);
    assertThat(wa.adoptedLabel()).isEqualTo(LABEL);
    // EAST learns WEST's track under its own id: the same object, not shown twice
    east.partner(shared("west", w, wa, TrackState.CONFIRMED));
    assertThat(east.partnerPicture(T0.plusSeconds(20))).isEmpty();
    assertThat(west.partnerPicture(T0.plusSeconds(20))).isEmpty();
    assertThat(west.adoptions()).isEqualTo(1);
    assertThat(east.adoptions()).isZero();
  }

  @Test
  void anObjectCrossingAGapAdoptsTheIdOfTheDroppedPartnerTrack() {
    GlobalIdentity west = node("west");
    GlobalIdentity.Assignment e = new GlobalIdentity.Assignment("east:T1", T0, null);
    west.partner(
        shared("east", drone("T1", 10, TrackState.CONFIRMED, null), e, TrackState.CONFIRMED));
    west.partner(shared("east", drone("T1", 12, TrackState.DROPPED, null), e, TrackState.DROPPED));
    assertThat(west.partnerPicture(T0.plusSeconds(12)))
        .as("a dropped track is not shown")
        .isEmpty();
    assertThat(west.update(drone("T3", 30, TrackState.CONFIRMED, null)).globalId())
        .isEqualTo("east:T1");
  }

  @Test
  void twoNodesPickingAnObjectUpTogetherAgreeOnTheEarlierId() {
    GlobalIdentity a = node("a");
    GlobalIdentity b = node("b");
    Track ta = drone("T5", 0, TrackState.CONFIRMED, null);
    Track tb = drone("T9", 0, TrackState.CONFIRMED, null);
    GlobalIdentity.Assignment aa = a.update(ta);
    GlobalIdentity.Assignment ba = b.update(tb);
    a.partner(shared("b", tb, ba, TrackState.CONFIRMED));
    b.partner(shared("a", ta, aa, TrackState.CONFIRMED));
    // equal times: the smaller id wins on both nodes
    assertThat(a.update(drone("T5", 1, TrackState.CONFIRMED, null)).globalId()).isEqualTo("a:T5");
    assertThat(b.update(drone("T9", 1, TrackState.CONFIRMED, null)).globalId()).isEqualTo("a:T5");
  }

  @Test
  void differentModeSAddressesAreDifferentObjectsWhateverTheGeometry() {
    GlobalIdentity west = node("west");
    GlobalIdentity.Assignment e = new GlobalIdentity.Assignment("east:T1", T0, null);
    west.partner(
        shared("east", drone("T1", 0, TrackState.CONFIRMED, "48AF01"), e, TrackState.CONFIRMED));
    assertThat(west.update(drone("T2", 1, TrackState.CONFIRMED, "48AF02")).globalId())
        .isEqualTo("west:T2");
    assertThat(west.partnerPicture(T0.plusSeconds(1))).hasSize(1);
  }

  @Test
  void outsideTheGateItIsAnotherObject() {
    GlobalIdentity west = node("west");
    GlobalIdentity.Assignment e = new GlobalIdentity.Assignment("east:T1", T0, null);
    Track far =
        new Track(
            "T1",
            T0,
            GeoPoint.of(52.6, 24.0),
            -45,
            0,
            0,
            100,
            100,
            0,
            TrackState.CONFIRMED,
            Identity.NONE,
            Classification.UNKNOWN,
            5);
    west.partner(shared("east", far, e, TrackState.CONFIRMED));
    assertThat(west.update(drone("T2", 0, TrackState.CONFIRMED, null)).globalId())
        .as("11 km apart")
        .isEqualTo("west:T2");
  }

  @Test
  void anIdIsHeldByOneLocalTrackAtATime() {
    GlobalIdentity west = node("west");
    GlobalIdentity.Assignment e = new GlobalIdentity.Assignment("east:T1", T0, null);
    west.partner(
        shared("east", drone("T1", 5, TrackState.CONFIRMED, null), e, TrackState.CONFIRMED));
    assertThat(west.update(drone("T2", 5, TrackState.CONFIRMED, null)).globalId())
        .isEqualTo("east:T1");
    assertThat(west.update(drone("T3", 5, TrackState.CONFIRMED, null)).globalId())
        .as("a second local track near the same partner track")
        .isEqualTo("west:T3");
    west.drop("T2");
    assertThat(west.update(drone("T3", 6, TrackState.CONFIRMED, null)).globalId())
        .as("free again once its holder is dropped")
        .isEqualTo("east:T1");
  }

  @Test
  void ownTracksComingBackAndStalePartnerTracksAreIgnored() {
    GlobalIdentity east = node("east");
    GlobalIdentity.Assignment mine = new GlobalIdentity.Assignment("east:T1", T0, null);
    east.partner(
        shared("east", drone("T1", 0, TrackState.CONFIRMED, null), mine, TrackState.CONFIRMED));
    assertThat(east.partnerPicture(T0)).isEmpty();
    GlobalIdentity.Assignment other = new GlobalIdentity.Assignment("west:T4", T0, null);
    east.partner(
        shared("west", drone("T4", 0, TrackState.CONFIRMED, null), other, TrackState.CONFIRMED));
    assertThat(east.partnerPicture(T0.plusSeconds(10))).hasSize(1);
    assertThat(east.partnerPicture(T0.plusSeconds(31))).as("timed out").isEmpty();
  }
}
