package org.sargas.server.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.track.IdentityAssessment;
import org.sargas.model.track.StandardIdentity;
import org.sargas.pipeline.PipelineSetup;
import org.sargas.pipeline.SurveillancePipeline;
import org.sargas.pipeline.identity.FlightPlanBook;
import org.sargas.server.api.ApiServer;
import org.sargas.server.api.Broadcaster;
import org.sargas.server.api.NodeView;
import org.sargas.server.config.ConfigException;
import org.sargas.server.config.DatabaseConfig;
import org.sargas.server.config.InputConfig;
import org.sargas.server.config.JournalSettings;
import org.sargas.server.config.SensorConfig;
import org.sargas.server.config.SensorTlsSettings;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.federation.FederationNode;
import org.sargas.server.ingest.FrameSink;
import org.sargas.server.ingest.ReconnectBackoff;
import org.sargas.server.ingest.SensorTls;
import org.sargas.server.ingest.TcpClientSource;
import org.sargas.server.ingest.UdpSource;
import org.sargas.server.live.FanOutPublisher;
import org.sargas.server.live.FederationView;
import org.sargas.server.live.LivePicture;
import org.sargas.server.live.PicturePublisher;
import org.sargas.server.live.SensorBoard;
import org.sargas.server.live.ServeMetrics;
import org.sargas.server.output.Outputs;
import org.sargas.server.pipeline.NodePipelineSetup;
import org.sargas.server.plans.AerodromeDirectory;
import org.sargas.server.plans.FlightPlanFiles;
import org.sargas.server.sapient.SapientDmm;
import org.sargas.server.sapient.SapientDmmSource;
import org.sargas.store.DataDirectory;
import org.sargas.store.evidence.EvidenceLog;
import org.sargas.store.incident.IncidentStore;
import org.sargas.store.incident.IncidentStoreConfig;
import org.sargas.store.incident.OperatorAction;
import org.sargas.store.journal.FrameJournal;
import org.sargas.store.journal.FsyncPolicy;
import org.sargas.store.journal.JournalConfig;
import org.sargas.store.recorder.IncidentRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running {@code sargas serve} node: data directory (journal, evidence log, incident store),
 * ingest sources, the pipeline thread, timers and the HTTP/WebSocket API. {@link #start} brings it
 * up; {@link #close} shuts it down gracefully (sources first, then the queue is drained, then the
 * durable state is synced and closed).
 */
public final class ServeNode implements NodeView, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ServeNode.class);

  private final ServeConfig config;
  private final InstantSource clock;
  private final ServeMetrics metrics = new ServeMetrics();
  private final List<AutoCloseable> sources = new ArrayList<>();
  private final Map<String, UdpSource> udpSources = new LinkedHashMap<>();
  private final long startNanos = System.nanoTime();
  private DataDirectory data;
  private FrameJournal journal;
  private EvidenceLog evidence;
  private IncidentStore store;
  private IncidentRecorder recorder;
  private CountryBorders borders;
  private List<ZoneArea> zones;
  private LivePicture picture;
  private SensorBoard board;
  private BlockingQueue<IngestItem> queue;
  private final Map<String, InputWatermarks.Slot> inputSlots = new HashMap<>();
  private PipelineWorker worker;
  private Thread pipelineThread;
  private ScheduledExecutorService timers;
  private ExecutorService sectorThreads;
  private Broadcaster broadcaster;
  private Outputs outputs;
  private FederationNode federation;
  private final SapientDmm sapientDmm;
  private final Map<String, SapientDmmSource> dmmSources = new LinkedHashMap<>();
  private ApiServer api;
  private DurableSink durable;
  private SurveillancePipeline pipeline;
  private FlightPlanFiles planFiles;
  private volatile boolean closed;
  private final ServeBackend backend;

  private ServeNode(ServeConfig config, InstantSource clock, ServeBackend backend) {
    this.config = config;
    this.clock = clock;
    this.sapientDmm = new SapientDmm(clock);
    this.backend = backend;
  }

  /** Starts a node; the caller closes it. */
  public static ServeNode start(ServeConfig config, InstantSource clock) throws IOException {
    return start(config, clock, null);
  }

  /**
   * Starts a node whose pipeline runs in {@code backend} instead of the node's pipeline thread (or
   * on that thread if null); the caller closes it, which closes the backend.
   */
  public static ServeNode start(ServeConfig config, InstantSource clock, ServeBackend backend)
      throws IOException {
    ServeNode n = new ServeNode(config, clock, backend);
    try {
      n.open();
    } catch (IOException | RuntimeException e) {
      n.close();
      throw e;
    }
    return n;
  }

  private void open() throws IOException {
    Path root = Path.of(config.dataDir());
    Files.createDirectories(root);
    data = new DataDirectory(root);
    new com.fasterxml.jackson.databind.ObjectMapper(
            new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
        .writeValue(Replay.configCopy(root).toFile(), config.withoutSecrets());
    JournalSettings js = config.journal();
    FsyncPolicy fsync =
        switch (js.fsync()) {
          case "every-append" -> FsyncPolicy.everyAppend();
          case "on-rotate" -> FsyncPolicy.onRotate();
          default -> FsyncPolicy.interval(Duration.ofMillis(js.fsyncIntervalMs()));
        };
    journal =
        FrameJournal.open(
            JournalConfig.defaults(data.journal())
                .withFsync(fsync)
                .withSegmentMaxBytes((long) js.segmentMaxMiB() << 20)
                .withRetention(
                    Duration.ofDays(js.retentionDays()), (long) js.retentionMaxGiB() << 30),
            clock);
    // group commit on the timer (syncJournal): the pipeline thread never waits for an fsync
    journal.forceOnlyFromTimer();
    evidence = EvidenceLog.open(data.evidence(), clock);
    DatabaseConfig db = config.database();
    store =
        db.postgres()
            ? IncidentStore.open(
                IncidentStoreConfig.postgres(
                    db.jdbcUrl(),
                    db.user(),
                    db.password() != null ? db.password() : System.getenv("SARGAS_DB_PASSWORD")))
            : IncidentStore.openSqlite(root);
    recorder = new IncidentRecorder(evidence, store);

    borders = CountryBorders.easternFlank();
    PipelineSetup setup = NodePipelineSetup.of(config, borders, store.greatestTrackId());
    zones = setup.zones();
    for (Sensor m : setup.sensors().values()) {
      store.recordSensor(m);
    }
    if (setup.sectors().partitioned()) {
      int threads = setup.sectors().count() - 1; // the pipeline thread runs sector 0
      AtomicInteger n = new AtomicInteger(1);
      sectorThreads =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "sargas-sector-" + n.getAndIncrement());
                t.setDaemon(true);
                return t;
              });
      LOG.info(
          "tracking in {} sectors ({} x {}, halo {} m), {} sector threads",
          setup.sectors().count(),
          setup.sectors().columns(),
          setup.sectors().rows(),
          setup.sectors().haloM(),
          threads);
    }
    pipeline = new SurveillancePipeline(setup, sectorThreads);
    planFiles =
        new FlightPlanFiles(
            config.identity().flightPlans().stream().map(Path::of).toList(),
            AerodromeDirectory.basemap());
    reloadFlightPlans();
    metrics.gauge(
        "sargas_flight_plans",
        "",
        "Flight plans in force",
        () -> pipeline.identity().flightPlans().size());
    picture = new LivePicture(config.history());
    board = new SensorBoard(config.sensors());
    queue = new ArrayBlockingQueue<>(config.pipeline().queueCapacity());
    metrics.gauge("sargas_queue_depth", "queue=\"ingest\"", "Queue depths", queue::size);
    metrics.gauge(
        "sargas_sensors", "status=\"up\"", "Sensors by feed status", () -> board.count("UP"));
    metrics.gauge(
        "sargas_sensors", "status=\"down\"", "Sensors by feed status", () -> board.count("DOWN"));
    metrics.gauge("sargas_evidence_entries", "", "Entries in the evidence log", evidence::size);
    metrics.gauge(
        "sargas_journal_next_sequence", "", "Next frame journal sequence", journal::nextSequence);
    broadcaster = new Broadcaster(metrics);
    outputs =
        new Outputs(
            config.outputs(),
            picture::tracks,
            clock,
            GeoPoint.of(config.region().originLatDeg(), config.region().originLonDeg()),
            metrics,
            System::getenv);
    List<PicturePublisher> publishers = new ArrayList<>(List.of(broadcaster, outputs));
    if (config.federation() != null) {
      federation =
          new FederationNode(config.federation(), config.sensors(), metrics, System::getenv);
      publishers.add(federation);
    }
    durable = new DurableSink(recorder, store, metrics);
    if (backend != null) {
      metrics.gauge("sargas_tracks", "", "Tracks in the live picture", picture::size);
      backend.start(
          new ServeBackend.Context(
              config,
              queue,
              new ScanCommitter(durable, new FanOutPublisher(publishers), picture, metrics),
              journal,
              metrics,
              clock));
    } else {
      worker =
          new PipelineWorker(
              config,
              pipeline,
              durable,
              new FanOutPublisher(publishers),
              picture,
              board,
              metrics,
              journal,
              queue);
      InputWatermarks watermarks = new InputWatermarks(clock, 1.0);
      for (InputConfig in : config.inputs()) {
        if (in.type().equals("udp") || in.type().equals("tcp")) {
          inputSlots.put(in.id(), watermarks.register(in.id()));
        }
      }
      worker.useInputWatermarks(watermarks, inputSlots);
      pipelineThread = new Thread(worker, "sargas-pipeline");
      pipelineThread.start();
    }

    api = ApiServer.start(this, broadcaster, config.port());

    timers =
        Executors.newScheduledThreadPool(
            1,
            r -> {
              Thread t = new Thread(r, "sargas-timers");
              t.setDaemon(true);
              return t;
            });
    timers.scheduleAtFixedRate(
        () -> queue.offer(IngestItem.tick(clock.instant())), 100, 100, TimeUnit.MILLISECONDS);
    long planMs = Math.round(config.identity().reloadIntervalS() * 1000);
    timers.scheduleAtFixedRate(this::reloadFlightPlans, planMs, planMs, TimeUnit.MILLISECONDS);
    timers.scheduleAtFixedRate(
        this::syncJournal, js.fsyncIntervalMs(), js.fsyncIntervalMs(), TimeUnit.MILLISECONDS);
    long cpMs = (long) (config.evidence().checkpointIntervalS() * 1000);
    timers.scheduleAtFixedRate(this::checkpoint, cpMs, cpMs, TimeUnit.MILLISECONDS);

    for (InputConfig in : config.inputs()) {
      startInput(in);
    }
    LOG.info(
        "serve: {} sensor(s), {} input(s), data {}, store {}",
        setup.sensors().size(),
        config.inputs().size(),
        root,
        db.postgres() ? db.jdbcUrl() : data.database());
  }

  /** The mutual-TLS check of a TCP input, or null for plain TCP. */
  private static SensorTls sensorTls(InputConfig in) throws IOException {
    SensorTlsSettings t = in.tls();
    if (t == null) {
      return null;
    }
    try {
      return new SensorTls(
          Path.of(t.trustedCa()),
          t.keyStore() == null ? null : Path.of(t.keyStore()),
          t.keyStore() == null ? null : SensorTls.password(Path.of(t.keyStorePasswordFile())),
          t.crl() == null ? null : Path.of(t.crl()),
          in.tlsPeerName(),
          InstantSource.system());
    } catch (java.security.GeneralSecurityException e) {
      throw new ConfigException("input " + in.id() + ": tls: " + e.getMessage());
    }
  }

  /**
   * What happens to a refused sensor certificate: counted by reason ({@code
   * sargas_sensor_tls_rejected_total}), logged, and written to the audit and evidence logs.
   */
  private java.util.function.Consumer<SensorTls.Refused> tlsRejections(InputConfig in) {
    Map<SensorTls.Reason, AtomicLong> counters = new java.util.EnumMap<>(SensorTls.Reason.class);
    for (SensorTls.Reason r : SensorTls.Reason.values()) {
      counters.put(
          r,
          metrics.counter(
              "sargas_sensor_tls_rejected_total",
              "input=\"" + in.id() + "\",reason=\"" + r.label() + "\"",
              "Sensor TLS connections refused, by reason"));
    }
    return e -> {
      counters.get(e.reason()).incrementAndGet();
      LOG.warn(
          "input {}: sensor certificate refused ({}): {}", in.id(), e.reason(), e.getMessage());
      try {
        recorder.operatorAction(
            new OperatorAction(
                clock.instant(),
                "sargas",
                "sensor.tls.rejected",
                in.id(),
                "{\"reason\":\""
                    + e.reason().label()
                    + "\",\"expected\":"
                    + new com.fasterxml.jackson.databind.ObjectMapper()
                        .writeValueAsString(in.tlsPeerName())
                    + ",\"detail\":"
                    + new com.fasterxml.jackson.databind.ObjectMapper()
                        .writeValueAsString(String.valueOf(e.getMessage()))
                    + "}"),
            null);
      } catch (IOException | RuntimeException ex) {
        LOG.error("input {}: TLS rejection not audited: {}", in.id(), ex.toString());
      }
    };
  }

  private void startInput(InputConfig in) throws IOException {
    AtomicLong drops =
        metrics.counter(
            "sargas_queue_drops_total",
            "input=\"" + in.id() + "\"",
            "Frames dropped because the ingest queue was full");
    FrameFormat format = in.format();
    InputWatermarks.Slot slot = inputSlots.get(in.id());
    InputWatermarks.EnqueueingSink enqueue =
        (f, offset) -> {
          if (queue.offer(new IngestItem(f, offset, System.nanoTime(), null))) {
            return true;
          }
          drops.incrementAndGet();
          return false;
        };
    FrameSink sink = slot == null ? enqueue::enqueue : slot.sink(enqueue);
    InstantSource inputClock = slot == null ? clock : slot.clock();
    switch (in.type()) {
      case "udp" -> {
        Set<Integer> accept = new HashSet<>();
        for (String s : in.acceptSacSic()) {
          String[] p = s.split("/");
          accept.add(Integer.parseInt(p[0].trim()) << 8 | Integer.parseInt(p[1].trim()));
        }
        if (accept.isEmpty() && format == FrameFormat.ASTERIX) {
          for (SensorConfig s : config.sensors()) {
            if (s.sacSic() >= 0) {
              accept.add(s.sacSic());
            }
          }
        }
        InetAddress group =
            in.multicastGroup() == null ? null : InetAddress.getByName(in.multicastGroup());
        InetAddress allowed =
            in.allowedSource() == null ? null : InetAddress.getByName(in.allowedSource());
        UdpSource u =
            new UdpSource(
                new InetSocketAddress(
                    in.host() == null ? "0.0.0.0" : in.host(), in.port() == null ? 0 : in.port()),
                group,
                null,
                allowed,
                accept,
                inputClock,
                in.id(),
                format,
                sink);
        u.start();
        sources.add(u);
        udpSources.put(in.id(), u);
        metrics.gauge(
            "sargas_udp_rejected",
            "input=\"" + in.id() + "\",reason=\"source\"",
            "Datagrams rejected by source address or SAC/SIC",
            u::wrongSource);
        metrics.gauge(
            "sargas_udp_rejected",
            "input=\"" + in.id() + "\",reason=\"sac_sic\"",
            "Datagrams rejected by source address or SAC/SIC",
            u::wrongSacSic);
      }
      case "tcp" -> {
        TcpClientSource t =
            new TcpClientSource(
                new InetSocketAddress(in.host() == null ? "127.0.0.1" : in.host(), in.port()),
                new ReconnectBackoff(Duration.ofMillis(250), Duration.ofSeconds(30)),
                Duration.ofSeconds(5),
                inputClock,
                in.id(),
                format,
                sink,
                sensorTls(in),
                tlsRejections(in));
        t.start();
        sources.add(t);
        metrics.gauge(
            "sargas_tcp_connections",
            "input=\"" + in.id() + "\"",
            "TCP connections made",
            t::connections);
        metrics.gauge(
            "sargas_tcp_failures",
            "input=\"" + in.id() + "\"",
            "TCP connection failures",
            t::failures);
      }
      case "file" -> {
        FileInput f =
            new FileInput(
                Path.of(in.path()),
                in.id(),
                format,
                clock,
                (fr, offset) -> {
                  try {
                    queue.put(new IngestItem(fr, offset, System.nanoTime(), null));
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
        f.start();
        sources.add(f);
      }
      case "sapient-dmm" -> {
        SapientDmmSource d =
            new SapientDmmSource(
                in.id(),
                new InetSocketAddress(
                    in.host() == null ? "0.0.0.0" : in.host(), in.port() == null ? 0 : in.port()),
                clock,
                sink,
                UUID.nameUUIDFromBytes(("sargas-dmm:" + in.id()).getBytes(UTF_8)));
        d.start();
        sources.add(d);
        dmmSources.put(in.id(), d);
        sapientDmm.add(in.sensorId(), d);
        String l = "input=\"" + in.id() + "\"";
        metrics.gauge("sargas_sapient_registrations", l, "SAPIENT registrations", d::registrations);
        metrics.gauge("sargas_sapient_tasks_sent", l, "SAPIENT tasks sent", d::tasksSent);
        metrics.gauge("sargas_sapient_task_acks", l, "SAPIENT task acks", d::taskAcks);
        metrics.gauge(
            "sargas_sapient_framing_errors", l, "SAPIENT framing losses", d::framingErrors);
      }
      default -> throw new ConfigException("input " + in.id() + ": unknown type " + in.type());
    }
  }

  /** Re-reads the flight-plan files if one changed; the identity stage swaps the plans in. */
  private void reloadFlightPlans() {
    try {
      FlightPlanBook book = planFiles.loadIfChanged();
      if (book != null) {
        pipeline.identity().useFlightPlans(book);
      }
    } catch (RuntimeException e) {
      LOG.warn("flight plans not reloaded: {}", e.toString());
    }
  }

  @Override
  public IdentityAssessment setIdentity(
      String trackId, StandardIdentity identity, String reason, String operator) {
    return pipeline.identity().override(trackId, identity, reason, operator, clock.instant());
  }

  @Override
  public boolean releaseIdentity(String trackId) {
    return pipeline.identity().release(trackId);
  }

  private void syncJournal() {
    try {
      journal.syncIfDue();
    } catch (IOException | RuntimeException e) {
      LOG.warn("journal sync failed: {}", e.toString());
    }
  }

  private long lastCheckpointSize = -1;

  private void checkpoint() {
    try {
      long size = evidence.size();
      if (size != lastCheckpointSize && size > 0) {
        evidence.checkpoint();
        lastCheckpointSize = size;
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("evidence checkpoint failed: {}", e.toString());
    }
  }

  /** The bound HTTP port. */
  public int port() {
    return api.port();
  }

  /** Whether the web server speaks TLS. */
  public boolean tls() {
    return api.tls();
  }

  /** The base URL of the web server as this host reaches it ({@code https://127.0.0.1:8080}). */
  public String baseUrl() {
    return (tls() ? "https" : "http") + "://127.0.0.1:" + port();
  }

  /** The local port of a UDP input. */
  public int udpPort(String inputId) throws IOException {
    return udpSources.get(inputId).port();
  }

  /** The listening port of a SAPIENT decision-making-module input. */
  public int sapientDmmPort(String inputId) {
    return dmmSources.get(inputId).port();
  }

  /** The SAPIENT decision-making-module input, or null. */
  public SapientDmmSource sapientDmm(String inputId) {
    return dmmSources.get(inputId);
  }

  @Override
  public org.sargas.server.live.SensorTasking tasking() {
    return sapientDmm;
  }

  @Override
  public ServeConfig config() {
    return config;
  }

  @Override
  public InstantSource clock() {
    return clock;
  }

  @Override
  public ServeMetrics metrics() {
    return metrics;
  }

  @Override
  public IncidentStore store() {
    return store;
  }

  @Override
  public IncidentRecorder recorder() {
    return recorder;
  }

  @Override
  public EvidenceLog evidence() {
    return evidence;
  }

  @Override
  public LivePicture picture() {
    return picture;
  }

  @Override
  public SensorBoard sensors() {
    return board;
  }

  @Override
  public CountryBorders borders() {
    return borders;
  }

  @Override
  public List<ZoneArea> zones() {
    return zones;
  }

  @Override
  public DataDirectory data() {
    return data;
  }

  /** Publishes an alert change (acknowledgement) to WebSocket clients. */
  @Override
  public void broadcastAlert(
      org.sargas.model.airspace.Alert a,
      String state,
      org.sargas.store.incident.Acknowledgement ack,
      String violationId) {
    broadcaster.alert(a, state, ack, violationId, 0);
    outputs.alert(a, state, ack, violationId, 0);
  }

  /** The configured outputs of the picture and alerts. */
  public Outputs outputs() {
    return outputs;
  }

  /** The node's federation with partner nodes (none when not configured). */
  @Override
  public FederationView federation() {
    return federation == null ? FederationView.NONE : federation;
  }

  /** Seconds since start. */
  @Override
  public double uptimeS() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** The state of the backend running the pipeline elsewhere, or empty for the local thread. */
  @Override
  public Map<String, Object> backendHealth() {
    return backend == null ? Map.of() : backend.health();
  }

  /** Depth of the ingest queue. */
  @Override
  public int queueDepth() {
    return queue.size();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (AutoCloseable s : sources) {
      try {
        s.close();
      } catch (Exception e) {
        LOG.warn("closing source: {}", e.toString());
      }
    }
    if (timers != null) {
      timers.shutdownNow();
    }
    if (worker != null) {
      worker.stop();
      try {
        pipelineThread.join(10_000);
        if (pipelineThread.isAlive()) {
          LOG.warn(
              "shutdown: {} queued frames dropped (not journaled, not processed)", queue.size());
          worker.abort();
          pipelineThread.join(30_000);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (backend != null) {
      backend.close();
    }
    if (sectorThreads != null) {
      sectorThreads.shutdownNow();
    }
    if (broadcaster != null) {
      broadcaster.close();
    }
    if (outputs != null) {
      outputs.close();
    }
    if (federation != null) {
      federation.close();
    }
    if (api != null) {
      api.stop();
    }
    try {
      if (evidence != null) {
        if (evidence.size() > 0 && evidence.size() != lastCheckpointSize) {
          evidence.checkpoint();
        }
        evidence.close();
      }
    } catch (IOException e) {
      LOG.warn("closing evidence log: {}", e.toString());
    }
    try {
      if (journal != null) {
        journal.close();
      }
    } catch (IOException e) {
      LOG.warn("closing journal: {}", e.toString());
    }
    if (durable != null) {
      durable.close();
    }
    if (store != null) {
      store.close();
    }
  }
}
