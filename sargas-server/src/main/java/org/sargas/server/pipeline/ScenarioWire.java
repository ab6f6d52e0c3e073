package org.sargas.server.pipeline;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.ObservationDecoder;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.feed.ObservationDecoders;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;
import org.sargas.model.observation.BearingMeasurement;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.model.sensor.SensorKind;
import org.sargas.server.config.SensorConfig;
import org.sargas.sim.SimulationResult;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioSensor;
import org.sargas.sim.sensor.SimulatedObservation;
import org.sargas.sim.wire.RadarFeed;
import org.sargas.sim.wire.RemoteIdFeed;
import org.sargas.sim.wire.SapientFeed;

/**
 * How a scenario's sensors reach a node: radars as ASTERIX CAT048 (SAC {@value #SAC}, SIC = the
 * radar's position among the scenario's radars, 1, 2, …), Remote ID receivers as F3411 Message
 * Packs, acoustic arrays and RF direction finders as SAPIENT (BSI Flex 335 v2) DetectionReports,
 * each with the sensor configuration a node would have for it. {@code sargas demo} sends these
 * frames over loopback sockets; {@code scenario run} pushes the same bytes through the same {@link
 * ObservationDecoders} (receive time = event time), so both feed the pipeline identical
 * observations. A scenario's ADS-B receivers (whose CPR needs frame pairs) reach the pipeline as
 * simulated.
 */
public final class ScenarioWire {
  /** SAC given to a scenario's radars (example value). */
  public static final int SAC = 25;

  private final Scenario scenario;
  private final Map<String, Integer> sicByRadar = new HashMap<>();
  private final java.util.concurrent.atomic.AtomicLong rejected =
      new java.util.concurrent.atomic.AtomicLong();

  public ScenarioWire(Scenario scenario) {
    this.scenario = scenario;
    int sic = 1;
    for (ScenarioSensor s : scenario.sensors()) {
      if (isRadar(s)) {
        sicByRadar.put(s.id(), sic++);
      }
    }
  }

  /** Reports the node's decoders rejected in {@link #transcode} (out of their domain). */
  public long rejected() {
    return rejected.get();
  }

  /** Whether the sensor is a radar (sent as CAT048). */
  public static boolean isRadar(ScenarioSensor s) {
    return s.kind() == SensorKind.PRIMARY_RADAR || s.kind() == SensorKind.SECONDARY_RADAR;
  }

  /** Whether the sensor is an acoustic array or RF direction finder (a SAPIENT node). */
  public static boolean isBearingSensor(ScenarioSensor s) {
    return s.kind() == SensorKind.ACOUSTIC || s.kind() == SensorKind.RF_DIRECTION_FINDER;
  }

  /**
   * Whether the sensor reaches a node over a socket: radars, Remote ID receivers and bearing
   * sensors; not a scenario's ADS-B receivers (the demo has its own civil Beast feed).
   */
  public static boolean onWire(ScenarioSensor s) {
    return isRadar(s) || s.kind() == SensorKind.REMOTE_ID_RECEIVER || isBearingSensor(s);
  }

  /** The wire format of a sensor on the wire. */
  public static FrameFormat format(ScenarioSensor s) {
    return isRadar(s)
        ? FrameFormat.ASTERIX
        : isBearingSensor(s) ? FrameFormat.SAPIENT : FrameFormat.REMOTE_ID;
  }

  /** The radar's SIC. */
  public int sic(ScenarioSensor radar) {
    return sicByRadar.get(radar.id());
  }

  /** The node's configuration of a sensor on the wire. */
  public SensorConfig sensorConfig(ScenarioSensor s) {
    if (isRadar(s)) {
      return new SensorConfig(
          s.id(),
          s.name(),
          s.kind(),
          s.latDeg(),
          s.lonDeg(),
          s.altitudeM(),
          s.maxRangeM(),
          s.rotationPeriodS(),
          SAC,
          sic(s),
          s.sigmaRangeM(),
          s.sigmaAzimuthDeg());
    }
    if (isBearingSensor(s)) {
      return new SensorConfig(
          s.id(),
          s.name(),
          s.kind(),
          s.latDeg(),
          s.lonDeg(),
          s.altitudeM(),
          s.maxRangeM(),
          s.rotationPeriodS(),
          null,
          null,
          null,
          s.sigmaAzimuthDeg(),
          null,
          null);
    }
    return new SensorConfig(
        s.id(),
        s.name(),
        s.kind(),
        s.latDeg(),
        s.lonDeg(),
        s.altitudeM(),
        s.maxRangeM(),
        s.rotationPeriodS(),
        null,
        null,
        null,
        null,
        Math.max(s.sigmaRangeM(), 1.0),
        null);
  }

  /** The radar's feed towards {@code target}. */
  public RadarFeed radarFeed(ScenarioSensor radar, InetSocketAddress target) {
    return new RadarFeed(radar, SAC, sic(radar), target);
  }

  /**
   * The simulation's observations as a node decodes them: every radar plot and Remote ID broadcast
   * encoded as it goes on the wire and decoded by the node's decoders, the rest as simulated; in
   * event-time order (ties in simulation order).
   *
   * <p>Reports the decoders reject (values outside their domain) are dropped and counted ({@link
   * #rejected}), as the live node drops and counts them.
   */
  public List<Observation> transcode(SimulationResult sim) {
    Feeds feeds = feeds();
    List<SensorCalibration> calibrations = new ArrayList<>();
    Map<String, ObservationDecoder> receiverDecoders = new HashMap<>();
    for (ScenarioSensor s : scenario.sensors()) {
      if (!onWire(s)) {
        continue;
      }
      calibrations.add(sensorConfig(s).toCalibration());
      if (!isRadar(s)) {
        receiverDecoders.put(s.id(), decoder(s));
      }
    }
    ObservationDecoder asterix =
        ObservationDecoders.forFeed(FrameFormat.ASTERIX, calibrations, null);
    List<Observation> out = new ArrayList<>(sim.observations().size());
    java.util.concurrent.atomic.AtomicLong rejected = this.rejected;
    DecodeListener collect =
        new DecodeListener() {
          @Override
          public void observation(Observation o) {
            out.add(o);
          }

          @Override
          public void failure(DecodeFailure failure) {
            // A measurement the node's decoder rejects as out of its domain (a 3-D radar's noisy
            // height of a low target far away, kilometres below ground): the live node drops and
            // counts it the same way, so the run does too.
            rejected.incrementAndGet();
          }
        };
    for (SimulatedObservation so : sim.observations()) {
      Observation o = so.observation();
      byte[] b = feeds.encode(so);
      if (b == null) {
        out.add(o);
      } else if (feeds.radars.containsKey(o.sensorId())) {
        asterix.decode(b, 0, b.length, o.time(), "scenario:" + o.sensorId(), 0, collect);
      } else {
        receiverDecoders
            .get(o.sensorId())
            .decode(b, 0, b.length, o.time(), "scenario:" + o.sensorId(), 0, collect);
      }
    }
    out.sort(Comparator.comparing(Observation::time));
    return out;
  }

  /**
   * The simulation as the frames its sensors send (receive time = event time, source id = sensor
   * id), in simulation order: what a node, or the Flink job's topic, receives.
   *
   * @throws IllegalArgumentException if a sensor of the scenario does not report over a wire (ADS-B
   *     receivers; see {@link #onWire})
   */
  public List<RawFrame> frames(SimulationResult sim) {
    Feeds feeds = feeds();
    Map<String, FrameFormat> formats = new HashMap<>();
    scenario.sensors().forEach(s -> formats.put(s.id(), onWire(s) ? format(s) : null));
    List<RawFrame> out = new ArrayList<>(sim.observations().size());
    for (SimulatedObservation so : sim.observations()) {
      byte[] b = feeds.encode(so);
      String id = so.observation().sensorId();
      if (b == null) {
        throw new IllegalArgumentException(
            "scenario " + scenario.name() + ": sensor " + id + " sends no frames");
      }
      out.add(new RawFrame(id, so.observation().time(), b, formats.get(id)));
    }
    return out;
  }

  /**
   * A new decoder for the feed of a sensor on the wire: the receiver's own for Remote ID and
   * SAPIENT, an ASTERIX decoder that knows every radar of the scenario for a radar.
   */
  public ObservationDecoder decoder(ScenarioSensor s) {
    if (isRadar(s)) {
      List<SensorCalibration> radars = new ArrayList<>();
      scenario.sensors().stream()
          .filter(ScenarioWire::isRadar)
          .forEach(r -> radars.add(sensorConfig(r).toCalibration()));
      return ObservationDecoders.forFeed(FrameFormat.ASTERIX, radars, null);
    }
    return ObservationDecoders.forFeed(format(s), List.of(), sensorConfig(s).toCalibration());
  }

  /** The encoders of the sensors on the wire. */
  private Feeds feeds() {
    InetSocketAddress nowhere = new InetSocketAddress(InetAddress.getLoopbackAddress(), 9);
    Feeds f = new Feeds(new HashMap<>(), new HashMap<>(), new HashMap<>());
    for (ScenarioSensor s : scenario.sensors()) {
      if (isRadar(s)) {
        f.radars.put(s.id(), radarFeed(s, nowhere));
      } else if (isBearingSensor(s)) {
        f.sapient.put(s.id(), new SapientFeed(s, null));
      } else if (onWire(s)) {
        f.rid.put(s.id(), new RemoteIdFeed(nowhere));
      }
    }
    return f;
  }

  private record Feeds(
      Map<String, RadarFeed> radars,
      Map<String, RemoteIdFeed> rid,
      Map<String, SapientFeed> sapient) {
    /** The report's frame as its sensor sends it, or null if it has none. */
    byte[] encode(SimulatedObservation so) {
      Observation o = so.observation();
      RadarFeed radar = radars.get(o.sensorId());
      RemoteIdFeed feed = rid.get(o.sensorId());
      SapientFeed node = sapient.get(o.sensorId());
      Instant t = o.time();
      if (radar != null && o.measurement() instanceof PolarMeasurement p) {
        return radar.plotBlock(p, t, RadarFeed.ssrReply(o));
      } else if (feed != null) {
        return feed.datagram(o, t);
      } else if (node != null && o.measurement() instanceof BearingMeasurement) {
        return node.detection(o, t);
      }
      return null;
    }
  }
}
