package org.sargas.sim.wire;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sargas.formats.sapient.SapientDetection;
import org.sargas.formats.sapient.SapientEncoder;
import org.sargas.formats.sapient.SapientNodeType;
import org.sargas.formats.sapient.SapientRegistration;
import org.sargas.model.observation.BearingMeasurement;
import org.sargas.model.observation.Observation;
import org.sargas.model.sensor.SensorKind;
import org.sargas.sim.scenario.ScenarioSensor;

/**
 * One simulated SAPIENT node (BSI Flex 335 v2.0) on the wire: an acoustic array or RF direction
 * finder of a scenario, streaming length-prefixed protobuf messages on a {@link TcpFeedServer} — a
 * Registration, then one DetectionReport per bearing it measured (azimuth from true north in
 * degrees and its error, no range), each at its event time on a {@link ScaledClock}. The node id is
 * a name-based UUID of the sensor id, so the same scenario always gives the same bytes.
 */
public final class SapientFeed {
  private final ScenarioSensor sensor;
  private final TcpFeedServer out;
  private final UUID nodeId;
  private long reports;

  /**
   * @param sensor the scenario's bearing sensor
   * @param out where the node's stream goes (null when only {@link #detection} is used)
   */
  public SapientFeed(ScenarioSensor sensor, TcpFeedServer out) {
    this.sensor = sensor;
    this.out = out;
    this.nodeId = nodeId(sensor.id());
  }

  /** The node id of a sensor: a name-based (type 3) UUID of its id. */
  public static UUID nodeId(String sensorId) {
    return UUID.nameUUIDFromBytes(("sargas-sim:" + sensorId).getBytes(StandardCharsets.UTF_8));
  }

  /** The node's Registration message, framed. */
  public byte[] registration(Instant time) {
    SapientNodeType type =
        sensor.kind() == SensorKind.ACOUSTIC
            ? SapientNodeType.ACOUSTIC
            : SapientNodeType.PASSIVE_RF;
    return SapientEncoder.registration(
        new SapientRegistration(
            nodeId,
            time,
            type,
            SapientRegistration.ReportForm.RANGE_BEARING,
            sensor.name() == null ? sensor.id() : sensor.name(),
            sensor.id(),
            "Sargas simulator",
            sensor.kind().name(),
            sensor.rotationPeriodS(),
            sensor.maxRangeM()));
  }

  /**
   * The DetectionReport of one measured bearing, framed.
   *
   * @param eventTime the report's time as sent (shifted for a looping demo)
   */
  public byte[] detection(Observation o, Instant eventTime) {
    BearingMeasurement b = (BearingMeasurement) o.measurement();
    String id = sensor.id() + "-" + reports++;
    return SapientEncoder.detectionReport(
        SapientDetection.bearing(
            nodeId,
            eventTime,
            id,
            id,
            Math.toDegrees(b.bearingRad()),
            Math.toDegrees(b.sigmaBearingRad())));
  }

  /**
   * Sends the Registration, then the sensor's bearings (ascending event time) from {@code from} to
   * {@code to} (unshifted), each shifted by {@code shift}, pacing on {@code clock}; stops early
   * when interrupted.
   */
  public void send(
      List<Observation> observations, Instant from, Instant to, Duration shift, ScaledClock clock) {
    byte[] reg = registration(from.plus(shift));
    out.write(reg, 0, reg.length);
    for (Observation o : observations) {
      if (o.time().isBefore(from)
          || !o.time().isBefore(to)
          || !(o.measurement() instanceof BearingMeasurement)) {
        continue;
      }
      Instant at = o.time().plus(shift);
      if (!clock.sleepUntil(at)) {
        return;
      }
      byte[] b = detection(o, at);
      out.write(b, 0, b.length);
    }
  }

  /** The node's server. */
  public TcpFeedServer server() {
    return out;
  }
}
