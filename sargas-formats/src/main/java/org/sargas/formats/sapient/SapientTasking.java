package org.sargas.formats.sapient;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sargas.formats.sapient.v2.FollowObject;
import org.sargas.formats.sapient.v2.Location;
import org.sargas.formats.sapient.v2.LocationCoordinateSystem;
import org.sargas.formats.sapient.v2.LocationDatum;
import org.sargas.formats.sapient.v2.LocationList;
import org.sargas.formats.sapient.v2.LocationOrRangeBearing;
import org.sargas.formats.sapient.v2.RegistrationAck;
import org.sargas.formats.sapient.v2.SapientMessage;
import org.sargas.formats.sapient.v2.Task;
import org.sargas.formats.sapient.v2.TaskAck;
import org.sargas.model.geo.GeoPoint;

/**
 * The messages a SAPIENT decision-making module (BSI Flex 335 v2.0) sends to a node, framed for TCP
 * ({@link SapientFrame}): the RegistrationAck, and Tasks to look at a region or to follow an
 * object. Regions are {@code LAT_LNG_DEG_M} / {@code WGS84_E} location lists (x longitude, y
 * latitude). A "follow" task names the object (a node's object id, or a Sargas track id) and
 * carries the area of interest around its last position, so that a fixed node can look there.
 * Stateless.
 */
public final class SapientTasking {
  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private SapientTasking() {}

  /** A ULID (26 Crockford base-32 characters) from a time and 80 bits from {@code entropy}. */
  public static String ulid(Instant time, long entropyHigh, long entropyLow) {
    long ms = time.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
    // 128 bits: 48-bit time, then 80 bits of entropy (16 from high, 64 from low)
    long hi = ms << 16 | (entropyHigh & 0xFFFF);
    long lo = entropyLow;
    char[] out = new char[26];
    for (int k = 25; k >= 0; k--) {
      out[k] = CROCKFORD[(int) (lo & 31)];
      lo = lo >>> 5 | (hi & 31) << 59;
      hi >>>= 5;
    }
    return new String(out);
  }

  /** The RegistrationAck of a node's registration, framed. */
  public static byte[] registrationAck(
      Instant now, UUID dmmId, String nodeId, boolean accepted, List<String> reasons) {
    return SapientFrame.frame(
        envelope(now, dmmId, nodeId)
            .setRegistrationAck(
                RegistrationAck.newBuilder()
                    .setAcceptance(accepted)
                    .addAllAckResponseReason(reasons))
            .build());
  }

  /** A task to look at an area (polygon vertices), framed. */
  public static byte[] lookAt(
      Instant now, UUID dmmId, String nodeId, String taskId, List<GeoPoint> area) {
    LocationOrRangeBearing where = area(area);
    return SapientFrame.frame(
        envelope(now, dmmId, nodeId)
            .setTask(
                Task.newBuilder()
                    .setTaskId(taskId)
                    .setTaskName("look at")
                    .setTaskStartTime(timestamp(now))
                    .setControl(Task.Control.CONTROL_START)
                    .addRegion(region(taskId, where))
                    .setCommand(Task.Command.newBuilder().setLookAt(where)))
            .build());
  }

  /** A task to follow an object, with the area of interest around its last position, framed. */
  public static byte[] follow(
      Instant now,
      UUID dmmId,
      String nodeId,
      String taskId,
      String objectId,
      List<GeoPoint> areaOfInterest) {
    return SapientFrame.frame(
        envelope(now, dmmId, nodeId)
            .setTask(
                Task.newBuilder()
                    .setTaskId(taskId)
                    .setTaskName("follow " + objectId)
                    .setTaskStartTime(timestamp(now))
                    .setControl(Task.Control.CONTROL_START)
                    .addRegion(region(taskId, area(areaOfInterest)))
                    .setCommand(
                        Task.Command.newBuilder()
                            .setFollow(FollowObject.newBuilder().setFollowObjectId(objectId))))
            .build());
  }

  /** A node's acknowledgement of a task, framed (what a simulated node answers). */
  public static byte[] taskAck(
      Instant now, UUID nodeId, String dmmId, String taskId, TaskAck.TaskStatus status) {
    return SapientFrame.frame(
        envelope(now, nodeId, dmmId)
            .setTaskAck(TaskAck.newBuilder().setTaskId(taskId).setTaskStatus(status))
            .build());
  }

  /** The square of side {@code 2 halfSideM} centred on {@code p}, as four vertices. */
  public static List<GeoPoint> squareAround(GeoPoint p, double halfSideM) {
    double dLat = Math.toDegrees(halfSideM / 6_371_000.0);
    double dLon = dLat / Math.max(1e-6, Math.cos(Math.toRadians(p.latDeg())));
    return List.of(
        GeoPoint.of(p.latDeg() - dLat, p.lonDeg() - dLon),
        GeoPoint.of(p.latDeg() - dLat, p.lonDeg() + dLon),
        GeoPoint.of(p.latDeg() + dLat, p.lonDeg() + dLon),
        GeoPoint.of(p.latDeg() + dLat, p.lonDeg() - dLon));
  }

  private static Task.Region region(String taskId, LocationOrRangeBearing where) {
    return Task.Region.newBuilder()
        .setType(Task.RegionType.REGION_TYPE_AREA_OF_INTEREST)
        .setRegionId(taskId)
        .setRegionName("Sargas task " + taskId)
        .setRegionArea(where)
        .build();
  }

  private static LocationOrRangeBearing area(List<GeoPoint> vertices) {
    if (vertices.size() < 3) {
      throw new IllegalArgumentException("an area needs at least 3 vertices: " + vertices.size());
    }
    LocationList.Builder l = LocationList.newBuilder();
    for (GeoPoint v : vertices) {
      l.addLocations(
          Location.newBuilder()
              .setX(v.lonDeg())
              .setY(v.latDeg())
              .setCoordinateSystem(
                  LocationCoordinateSystem.LOCATION_COORDINATE_SYSTEM_LAT_LNG_DEG_M)
              .setDatum(LocationDatum.LOCATION_DATUM_WGS84_E));
    }
    return LocationOrRangeBearing.newBuilder().setLocationList(l).build();
  }

  private static SapientMessage.Builder envelope(Instant now, UUID from, String to) {
    SapientMessage.Builder m =
        SapientMessage.newBuilder().setTimestamp(timestamp(now)).setNodeId(from.toString());
    if (to != null) {
      m.setDestinationId(to);
    }
    return m;
  }

  private static Timestamp timestamp(Instant t) {
    return Timestamp.newBuilder().setSeconds(t.getEpochSecond()).setNanos(t.getNano()).build();
  }
}
