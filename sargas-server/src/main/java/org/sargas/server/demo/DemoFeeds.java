package org.sargas.server.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sargas.formats.fpl.FlightPlanCsvWriter;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.observation.Observation;
import org.sargas.model.sensor.SensorKind;
import org.sargas.server.config.IdentityConfig;
import org.sargas.server.config.InputConfig;
import org.sargas.server.config.SensorConfig;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.pipeline.ScenarioWire;
import org.sargas.server.pipeline.WatchedAirspace;
import org.sargas.sim.SimulationResult;
import org.sargas.sim.Simulator;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioSensor;
import org.sargas.sim.sensor.SimulatedObservation;
import org.sargas.sim.wire.AdsbFeed;
import org.sargas.sim.wire.CivilTraffic;
import org.sargas.sim.wire.RemoteIdFeed;
import org.sargas.sim.wire.SapientFeed;
import org.sargas.sim.wire.ScaledClock;
import org.sargas.sim.wire.TcpFeedServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Simulated sensors for a scenario, streaming over real loopback sockets: each radar of the
 * scenario sends ASTERIX CAT048/CAT034 over UDP with SAC {@value #SAC} and SIC = its position among
 * the radars (1, 2, ...); each Remote ID receiver relays the broadcasts it hears as F3411 Message
 * Packs over UDP; each acoustic array and RF direction finder is a SAPIENT node streaming
 * DetectionReports on a TCP port the node connects to; when the scenario protects Lithuania an
 * ADS-B receiver serves Beast over TCP with background civil traffic. The node watches the
 * scenario's own region: protected countries, zone file and airports. The scenario repeats (a new
 * noise seed each time) every {@code durationS + } {@value #GAP_S} s of scenario time until {@link
 * #close()}.
 */
public final class DemoFeeds implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DemoFeeds.class);

  /** SAC given to the demo radars (example value). */
  public static final int SAC = ScenarioWire.SAC;

  /** Pause between two runs of the scenario, s of scenario time. */
  public static final double GAP_S = 30;

  /** Id of the demo ADS-B receiver. */
  public static final String ADSB_SENSOR = "LT-ADSB-1";

  private final Scenario scenario;
  private final ScaledClock clock;
  private final java.time.Instant firstRunFrom;
  private final TcpFeedServer beast;
  private final Map<String, TcpFeedServer> sapientServers = new LinkedHashMap<>();
  private final ScenarioWire wire;
  private final boolean civilTraffic;
  private final List<Thread> threads = new ArrayList<>();
  private final Map<String, Integer> udpPorts = new LinkedHashMap<>();
  private volatile boolean closed;
  private volatile SimulationResult first;
  private boolean sapientDmm;
  private String sapientRadarId;
  private final Map<String, DemoSapientClient> sapientClients = new LinkedHashMap<>();
  private java.util.function.ToIntFunction<String> dmmPortOf;

  /**
   * @param scenario the scenario to loop
   * @param clock the demo clock (also the serve node's clock)
   */
  public DemoFeeds(Scenario scenario, ScaledClock clock) throws IOException {
    this(scenario, clock, 0);
  }

  /**
   * @param scenario the scenario to loop
   * @param clock the demo clock (also the serve node's clock), reading {@code firstRunFromS} at
   *     start
   * @param firstRunFromS scenario second at which the first run begins (later runs play it whole)
   *     (background civil traffic over Lithuania when the scenario protects LTU)
   */
  public DemoFeeds(Scenario scenario, ScaledClock clock, double firstRunFromS) throws IOException {
    this(scenario, clock, firstRunFromS, scenario.region().protectedCountries().contains("LTU"));
  }

  /**
   * @param scenario the scenario to loop
   * @param clock the demo clock (also the serve node's clock), reading {@code firstRunFromS} at
   *     start
   * @param firstRunFromS scenario second at which the first run begins (later runs play it whole)
   * @param civilTraffic whether an ADS-B receiver serves background civil traffic too
   */
  public DemoFeeds(Scenario scenario, ScaledClock clock, double firstRunFromS, boolean civilTraffic)
      throws IOException {
    this.wire = new ScenarioWire(scenario);
    this.civilTraffic = civilTraffic;
    this.scenario = scenario;
    this.clock = clock;
    this.firstRunFrom = scenario.timeAt(firstRunFromS);
    this.beast = new TcpFeedServer(0);
    for (ScenarioSensor s : scenario.sensors()) {
      if (ScenarioWire.isBearingSensor(s)) {
        sapientServers.put(s.id(), new TcpFeedServer(0));
      }
    }
  }

  /**
   * Makes the SAPIENT nodes connect to the node as its decision-making module ({@code sapient-dmm}
   * inputs) instead of serving their streams: every acoustic array and RF direction finder, and the
   * scenario's last radar when it has two or more (a SAPIENT radar node: range-bearing
   * DetectionReports instead of ASTERIX). Call before {@link #configure}.
   */
  public DemoFeeds withSapientDmm() {
    sapientDmm = true;
    List<ScenarioSensor> radars =
        scenario.sensors().stream().filter(ScenarioWire::isRadar).toList();
    sapientRadarId = radars.size() >= 2 ? radars.get(radars.size() - 1).id() : null;
    return this;
  }

  /** Whether the sensor is a SAPIENT node connecting to the node's decision-making module. */
  public boolean connectsToDmm(ScenarioSensor s) {
    return sapientDmm && (ScenarioWire.isBearingSensor(s) || s.id().equals(sapientRadarId));
  }

  /** Registration acknowledgements the demo's SAPIENT nodes have received, by sensor id. */
  public Map<String, Long> sapientRegistrationAcks() {
    Map<String, Long> out = new LinkedHashMap<>();
    sapientClients.forEach((id, c) -> out.put(id, c.registrationAcks()));
    return out;
  }

  /** Tasks the demo's SAPIENT nodes have received (and accepted), by sensor id. */
  public Map<String, Long> sapientTasks() {
    Map<String, Long> out = new LinkedHashMap<>();
    sapientClients.forEach((id, c) -> out.put(id, c.tasks()));
    return out;
  }

  /** The serve configuration that listens to these feeds (UDP ports chosen by the node). */
  public ServeConfig configure(ServeConfig base) {
    List<SensorConfig> sensors = new ArrayList<>();
    List<InputConfig> inputs = new ArrayList<>();
    for (ScenarioSensor s : scenario.sensors()) {
      if (connectsToDmm(s)) {
        sensors.add(wire.sensorConfig(s));
        inputs.add(
            new InputConfig(
                inputId(s),
                "sapient-dmm",
                FrameFormat.SAPIENT,
                "127.0.0.1",
                0,
                null,
                null,
                s.id(),
                null,
                null));
      } else if (ScenarioWire.isRadar(s)) {
        sensors.add(wire.sensorConfig(s));
        inputs.add(
            new InputConfig(
                inputId(s),
                "udp",
                FrameFormat.ASTERIX,
                "127.0.0.1",
                0,
                null,
                "127.0.0.1",
                null,
                null,
                List.of(ScenarioWire.SAC + "/" + wire.sic(s))));
      } else if (ScenarioWire.isBearingSensor(s)) {
        sensors.add(wire.sensorConfig(s));
        inputs.add(
            new InputConfig(
                inputId(s),
                "tcp",
                FrameFormat.SAPIENT,
                "127.0.0.1",
                sapientServers.get(s.id()).port(),
                null,
                null,
                s.id(),
                null,
                null));
      } else if (ScenarioWire.onWire(s)) {
        sensors.add(wire.sensorConfig(s));
        inputs.add(
            new InputConfig(
                inputId(s),
                "udp",
                ScenarioWire.format(s),
                "127.0.0.1",
                0,
                null,
                "127.0.0.1",
                s.id(),
                null,
                null));
      } else {
        LOG.info("demo: sensor {} ({}) is not fed: no wire format for it yet", s.id(), s.kind());
      }
    }
    if (civilTraffic) {
      sensors.add(
          new SensorConfig(
              ADSB_SENSOR,
              "ADS-B receiver (demo, Vilnius)",
              SensorKind.ADSB_RECEIVER,
              54.64,
              25.28,
              200,
              450_000.0,
              1.0,
              null,
              null,
              null,
              null));
      inputs.add(
          new InputConfig(
              "adsb-beast",
              "tcp",
              FrameFormat.BEAST,
              "127.0.0.1",
              beast.port(),
              null,
              null,
              ADSB_SENSOR,
              null,
              null));
    }
    ServeConfig c = base.withFeeds(sensors, inputs);
    IdentityConfig identity = c.identity();
    if (!scenario.flightPlans().isEmpty()) {
      // The scenario's filed plans reach the node the way real ones do: as a plan file.
      Path plans = Path.of(c.dataDir()).resolve("scenario-flight-plans.csv");
      try {
        Files.createDirectories(plans.getParent());
        Files.writeString(plans, FlightPlanCsvWriter.write(scenario.flightPlans()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + plans, e);
      }
      List<String> files = new ArrayList<>(identity.flightPlans());
      files.add(plans.toString());
      identity = identity.withFlightPlans(files);
    }
    return new ServeConfig(
        c.port(),
        c.dataDir(),
        c.database(),
        c.journal(),
        c.pipeline(),
        WatchedAirspace.regionOf(scenario),
        c.sensors(),
        c.inputs(),
        c.evidence(),
        c.history(),
        c.web(),
        identity);
  }

  /** The serve input a scenario sensor's feed arrives on. */
  public static String inputId(ScenarioSensor s) {
    return (ScenarioWire.isRadar(s)
            ? "radar-"
            : ScenarioWire.isBearingSensor(s) ? "sapient-" : "rid-")
        + s.id();
  }

  /** Whether every TCP feed (Beast, SAPIENT nodes) has a client: the node has connected. */
  public boolean tcpFeedsConnected() {
    for (var e : sapientServers.entrySet()) {
      if (!sapientDmm && e.getValue().clients() == 0) {
        return false;
      }
    }
    return !civilTraffic || beast.clients() > 0;
  }

  /**
   * Sends one sensor's observations between two (unshifted) event times, shifted, paced on a clock.
   */
  @FunctionalInterface
  private interface Sender {
    void send(
        DatagramChannel ch,
        List<Observation> observations,
        Instant from,
        Instant to,
        Duration shift,
        ScaledClock clock)
        throws IOException;
  }

  private Sender sender(ScenarioSensor s, int port) {
    if (connectsToDmm(s)) {
      DemoSapientClient client =
          sapientClients.computeIfAbsent(
              s.id(),
              id ->
                  new DemoSapientClient(
                      id, () -> dmmPortOf.applyAsInt(inputId(s)), SapientFeed.nodeId(id), clock));
      SapientFeed node = SapientFeed.toSink(s, client);
      return (ch, obs, from, to, shift, clock) -> node.send(obs, from, to, shift, clock);
    }
    if (ScenarioWire.isBearingSensor(s)) {
      SapientFeed node = new SapientFeed(s, sapientServers.get(s.id()));
      return (ch, obs, from, to, shift, clock) -> node.send(obs, from, to, shift, clock);
    }
    InetSocketAddress to = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    if (ScenarioWire.isRadar(s)) {
      return wire.radarFeed(s, to)::send;
    }
    return new RemoteIdFeed(to)::send;
  }

  /** The UDP port of a feed's node input, or -1 for TCP feeds (the node connects to them). */
  private int udpPort(ScenarioSensor s, java.util.function.ToIntFunction<String> udpPortOf) {
    return ScenarioWire.isBearingSensor(s) || connectsToDmm(s)
        ? -1
        : udpPortOf.applyAsInt(inputId(s));
  }

  private static List<Observation> observationsOf(SimulationResult sim, ScenarioSensor s) {
    List<Observation> obs = new ArrayList<>();
    for (SimulatedObservation o : sim.observations()) {
      if (o.observation().sensorId().equals(s.id())) {
        obs.add(o.observation());
      }
    }
    return obs;
  }

  /**
   * Simulates the first run, starts the clock and starts streaming; {@code udpPortOf} gives the
   * node's UDP port per input id.
   */
  public void start(java.util.function.ToIntFunction<String> udpPortOf) {
    start(udpPortOf, id -> -1);
  }

  /**
   * As {@link #start(java.util.function.ToIntFunction)}; {@code dmmPortOf} gives the node's
   * listening port of each {@code sapient-dmm} input (see {@link #withSapientDmm}).
   */
  public void start(
      java.util.function.ToIntFunction<String> udpPortOf,
      java.util.function.ToIntFunction<String> dmmPortOf) {
    this.dmmPortOf = dmmPortOf;
    first = new Simulator().run(scenario, scenario.seed());
    clock.start();
    for (ScenarioSensor s : scenario.sensors()) {
      if (!ScenarioWire.onWire(s)) {
        continue;
      }
      int port = udpPort(s, udpPortOf);
      udpPorts.put(s.id(), port);
      Sender feed = sender(s, port);
      threads.add(
          Thread.ofPlatform().daemon().name("demo-feed-" + s.id()).start(() -> feedLoop(s, feed)));
    }
    if (!civilTraffic) {
      return;
    }
    AdsbFeed adsb = new AdsbFeed(beast, 1.0);
    threads.add(
        Thread.ofPlatform()
            .daemon()
            .name("demo-adsb")
            .start(
                () -> {
                  Instant start = clock.instant();
                  adsb.send(
                      CivilTraffic.aircraft(CivilTraffic.LITHUANIA, scenario.start()),
                      start,
                      start.plus(Duration.ofDays(3650)),
                      clock);
                }));
  }

  /**
   * Streams one run of the scenario between two offsets (s from its start) and returns when it has
   * been sent (tests, benchmarks). The clock must read no later than {@code fromS} when called.
   */
  public void streamOnce(
      java.util.function.ToIntFunction<String> udpPortOf, double fromS, double toS)
      throws InterruptedException {
    SimulationResult sim = new Simulator().run(scenario, scenario.seed());
    clock.start();
    List<Thread> run = new ArrayList<>();
    for (ScenarioSensor s : scenario.sensors()) {
      if (!ScenarioWire.onWire(s)) {
        continue;
      }
      Sender feed = sender(s, udpPort(s, udpPortOf));
      List<Observation> obs = observationsOf(sim, s);
      run.add(
          Thread.ofPlatform()
              .name("feed-" + s.id())
              .start(
                  () -> {
                    try (DatagramChannel ch = DatagramChannel.open()) {
                      feed.send(
                          ch,
                          obs,
                          scenario.timeAt(fromS),
                          scenario.timeAt(toS),
                          Duration.ZERO,
                          clock);
                    } catch (IOException e) {
                      LOG.error("feed {}: {}", s.id(), e.toString());
                    }
                  }));
    }
    AdsbFeed adsb = new AdsbFeed(beast, 1.0);
    run.add(
        !civilTraffic
            ? Thread.ofPlatform().start(() -> {})
            : Thread.ofPlatform()
                .name("feed-adsb")
                .start(
                    () ->
                        adsb.send(
                            CivilTraffic.aircraft(CivilTraffic.LITHUANIA, scenario.start()),
                            scenario.timeAt(fromS),
                            scenario.timeAt(toS),
                            clock)));
    for (Thread t : run) {
      t.join();
    }
  }

  /** Beast clients connected (the node's TCP input). */
  public int beastClients() {
    return beast.clients();
  }

  private void feedLoop(ScenarioSensor sensor, Sender feed) {
    Duration period = Duration.ofNanos((long) ((scenario.durationS() + GAP_S) * 1e9));
    try (DatagramChannel ch = DatagramChannel.open()) {
      for (int loop = 0; !closed; loop++) {
        SimulationResult sim =
            loop == 0 ? first : new Simulator().run(scenario, scenario.seed() + loop);
        Duration shift = period.multipliedBy(loop);
        // Through the pause too: no plots then, but radars' north markers keep them UP.
        feed.send(
            ch,
            observationsOf(sim, sensor),
            loop == 0 ? firstRunFrom : scenario.start(),
            scenario.start().plus(period).minusNanos(1),
            shift,
            clock);
        if (Thread.currentThread().isInterrupted()) {
          return;
        }
      }
    } catch (IOException e) {
      if (!closed) {
        LOG.error("demo feed {}: {}", sensor.id(), e.toString());
      }
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    for (Thread t : threads) {
      t.interrupt();
    }
    beast.close();
    for (TcpFeedServer s : sapientServers.values()) {
      s.close();
    }
    for (DemoSapientClient c : sapientClients.values()) {
      c.close();
    }
  }
}
