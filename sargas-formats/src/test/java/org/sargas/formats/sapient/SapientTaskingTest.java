package org.sargas.formats.sapient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sargas.formats.sapient.v2.SapientMessage;
import org.sargas.formats.sapient.v2.Task;
import org.sargas.formats.sapient.v2.TaskAck;
import org.sargas.model.geo.GeoPoint;

/** What the decision-making module sends, framed and read back. */
class SapientTaskingTest {
  private static final Instant T = Instant.parse("2026-09-10T02:31:07Z");
  private static final UUID DMM = UUID.nameUUIDFromBytes("dmm".getBytes());

  private static SapientMessage read(byte[] framed) throws Exception {
    assertThat(SapientFrame.length(framed, 0)).isEqualTo(framed.length - 4);
    return SapientMessage.parseFrom(Arrays.copyOfRange(framed, 4, framed.length));
  }

  @Test
  void registrationAckAcceptsOrGivesReasons() throws Exception {
    SapientMessage m = read(SapientTasking.registrationAck(T, DMM, "node-1", false, List.of("no")));
    assertThat(m.getNodeId()).isEqualTo(DMM.toString());
    assertThat(m.getDestinationId()).isEqualTo("node-1");
    assertThat(m.getRegistrationAck().getAcceptance()).isFalse();
    assertThat(m.getRegistrationAck().getAckResponseReasonList()).containsExactly("no");
  }

  @Test
  void lookAtCarriesTheAreaAsLongitudeLatitude() throws Exception {
    String id = SapientTasking.ulid(T, 1, 2);
    List<GeoPoint> area = SapientTasking.squareAround(new GeoPoint(54.5, 25.0, 0), 1000);
    Task t = read(SapientTasking.lookAt(T, DMM, "node-1", id, area)).getTask();
    assertThat(t.getTaskId()).isEqualTo(id);
    assertThat(t.getControl()).isEqualTo(Task.Control.CONTROL_START);
    assertThat(t.getCommand().getLookAt().getLocationList().getLocationsCount()).isEqualTo(4);
    var first = t.getRegion(0).getRegionArea().getLocationList().getLocations(0);
    assertThat(first.getY()).isCloseTo(54.5 - Math.toDegrees(1000 / 6_371_000.0), within(1e-9));
    assertThat(first.getX()).isLessThan(25.0);
    assertThat(t.getRegion(0).getType()).isEqualTo(Task.RegionType.REGION_TYPE_AREA_OF_INTEREST);
  }

  @Test
  void followNamesTheObject() throws Exception {
    Task t =
        read(SapientTasking.follow(
                T,
                DMM,
                "node-1",
                "01J00000000000000000000000",
                "T0000042",
                SapientTasking.squareAround(GeoPoint.of(54.5, 25.0), 500)))
            .getTask();
    assertThat(t.getCommand().getFollow().getFollowObjectId()).isEqualTo("T0000042");
    assertThat(t.getRegionCount()).isEqualTo(1);
    TaskAck ack =
        read(SapientTasking.taskAck(
                T, DMM, "dmm", t.getTaskId(), TaskAck.TaskStatus.TASK_STATUS_ACCEPTED))
            .getTaskAck();
    assertThat(ack.getTaskId()).isEqualTo(t.getTaskId());
  }

  @Test
  void ulidsAreCrockfordBase32AndSortByTime() {
    String a = SapientTasking.ulid(T, 0xFFFF, -1L);
    String b = SapientTasking.ulid(T.plusMillis(1), 0, 0);
    assertThat(a).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
    assertThat(a.compareTo(b)).isNegative();
    // the 48-bit time is the first 10 characters
    assertThat(SapientTasking.ulid(T, 0, 0))
        .startsWith(SapientTasking.ulid(T, 5, 7).substring(0, 10));
    assertThat(SapientTasking.ulid(Instant.EPOCH, 0, 0)).isEqualTo("00000000000000000000000000");
  }
}
