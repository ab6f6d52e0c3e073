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
import org.sargas.model.observation.PolarMeasurement;
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
  private final ByteStreamSink out;
  private final UUID nodeId;
  private long reports;

  /**
   * @param sensor the scenario's bearing sensor
   * @param out where the node's stream goes (null when only {@link #detection} is used)
   */
  public SapientFeed(ScenarioSensor sensor, TcpFeedServer out) {
    this(out, sensor);
  }

  private SapientFeed(ByteStreamSink out, ScenarioSensor sensor) {
    this.sensor = sensor;
    this.out = out;
    this.nodeId = nodeId(sensor.id());
  }

  /**
   * A node writing to any sink, e.g. its own client connection to a decision-making module. A
   * radar's plots go out as range-bearing DetectionReports (azimuth, range and, when measured,
   * elevation), a bearing sensor's as azimuths.
   */
  public static SapientFeed toSink(ScenarioSensor sensor, ByteStreamSink out) {
    return new SapientFeed(out, sensor);
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
            : sensor.kind() == SensorKind.PRIMARY_RADAR
                    || sensor.kind() == SensorKind.SECONDARY_RADAR
                ? SapientNodeType.RADAR
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
    String id = sensor.id() + "-" + reports++;
    if (o.measurement() instanceof PolarMeasurement p) {
      boolean elevation = Double.isFinite(p.elevationRad());
      return SapientEncoder.detectionReport(
          new SapientDetection(
              nodeId,
              eventTime,
              id,
              id,
              null,
              Double.NaN,
              Double.NaN,
              Math.toDegrees(p.azimuthRad()),
              Math.toDegrees(p.sigmaAzimuthRad()),
              p.rangeM(),
              p.sigmaRangeM(),
              elevation ? Math.toDegrees(p.elevationRad()) : Double.NaN,
              elevation ? Math.toDegrees(p.sigmaElevationRad()) : Double.NaN,
              null,
              Double.NaN,
              Double.NaN));
    }
    BearingMeasurement b = (BearingMeasurement) o.measurement();
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
          || !(o.measurement() instanceof BearingMeasurement
              || o.measurement() instanceof PolarMeasurement)) {
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

  /** The node's server, or null when it writes to another sink. */
  public TcpFeedServer server() {
    return out instanceof TcpFeedServer t ? t : null;
  }
}
