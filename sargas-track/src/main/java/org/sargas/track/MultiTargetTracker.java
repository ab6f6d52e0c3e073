package org.sargas.track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.SystemTrackMeasurement;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.model.track.TrackState;
import org.sargas.track.association.DataAssociator;
import org.sargas.track.association.GatedPairs;
import org.sargas.track.association.Gater;
import org.sargas.track.association.GridIndex;
import org.sargas.track.filter.FilterState;
import org.sargas.track.filter.FixedLagSmoother;
import org.sargas.track.filter.GaussianState;
import org.sargas.track.filter.Innovation;
import org.sargas.track.filter.TrackFilter;
import org.sargas.track.lifecycle.LiveTrack;
import org.sargas.track.measurement.Detection;
import org.sargas.track.measurement.DetectionKind;
import org.sargas.track.measurement.ObservationConverter;
import org.sargas.track.measurement.SensorSite;

/**
 * The multi-target tracking loop. Each call converts its observations and splits them into groups
 * (runs of consecutive detections of one sensor); for each group it first fuses other trackers'
 * track reports ({@link #fuseSystemTracks}), then predicts, gates, associates and updates the
 * confirmed tracks, recovers manoeuvring ones, does the same for the tentative tracks and initiates
 * tracks from the detections left; then it coasts or drops the confirmed tracks, confirms or
 * abandons the tentative ones and reports what changed. Every role comes from the injected {@link
 * TrackerComponents}; every number from {@link TrackerConfig}.
 *
 * <p>Determinism: observations are sorted by (event time, sensor id); tracks are visited in
 * creation order; association breaks ties by index. Track ids ({@code T0000001}, ...) are given at
 * confirmation, in confirmation order. Not thread-safe: one owner thread.
 *
 * <p>Frame: the region's local tangent plane; a track's horizontal state is the point on the
 * ellipsoid below the target, its altitude is filtered separately from reports that carry one.
 * Output velocities are east/north in the region frame, m/s.
 */
public final class MultiTargetTracker implements Tracker {
  /** Event time, then sensor id (written out: it runs over every observation of every call). */
  private static final Comparator<Observation> EVENT_ORDER =
      (a, b) -> {
        int byTime = a.time().compareTo(b.time());
        return byTime != 0 ? byTime : a.sensorId().compareTo(b.sensorId());
      };

  private static final Comparator<Track> SMOOTHED_ORDER =
      Comparator.comparing(Track::time).thenComparing(Track::trackId);
  private static final Comparator<LiveTrack> BY_NUMBER =
      (a, b) ->
          a.number != b.number
              ? Long.compare(a.number, b.number)
              : Long.compare(a.sequence, b.sequence);

  /**
   * Largest number of position detections in a group that are pre-gated by brute force; larger
   * groups go through the grid index, which finds the same candidates (in cell order). A
   * performance threshold, not a tuning.
   */
  private static final int BRUTE_FORCE_LIMIT = 8;

  /** Bound of the acceleration the coarse pre-check allows a track, m/s² (about 10 g). */
  static final double COARSE_ACCELERATION_MPS2 = 100;

  /** Bound of the turn rate the coarse pre-check allows a track, rad/s. */
  static final double COARSE_TURN_RATE_RAD_PER_S = 0.5;

  /** Margin of the coarse pre-check, m. */
  static final double COARSE_MARGIN_M = 1_000;

  /** A hard associator's weights are 0 or 1: above this a pair is assigned. */
  private static final double ASSIGNED = 0.5;

  /** JPDA weights at or below this are left out of a track's mixture. */
  private static final double NEGLIGIBLE_WEIGHT = 1e-9;

  /** Most updates a track's smoothing window holds (older ones are emitted early). */
  private static final int MAX_SMOOTHING_UPDATES = 64;

  private final TrackerConfig config;
  private final TrackerComponents roles;
  private final ObservationConverter converter;
  private final TrackReporter reporter;
  private final TrackFilter filter;
  private final TrackFilter tentativeFilter;
  private final Gater gater;
  private final Gater identityGater;
  private final double initialTurnRateVariance;
  private final boolean recoversManoeuvres;
  private final Stage confirmedStage;

  /** The fixed-lag smoother of confirmed tracks (null: smoothing off). */
  private final FixedLagSmoother smoother;

  private final List<Track> smoothedOut = new ArrayList<>();

  /** Which confirmed tracks are smoothed (judged on their reported record); null: none. */
  private Predicate<Track> smoothingScope;

  private final Stage tentativeStage;

  /** The association stages of each group, in order: confirmed tracks, then tentative ones. */
  private final Stage[] stages;

  private final Map<String, Integer> slots = new HashMap<>();

  /** The last id {@link #slotOf} looked up and its slot. */
  private String lastSensorId;

  private int lastSlot;

  /** Source tracks: (sensor slot, source track number) → the local track its reports update. */
  private final Map<Long, SourceBinding> sourceBindings = new HashMap<>();

  private final Detection positionView = new Detection();
  private long systemTrackRepeats;
  private double[] periods = new double[8];
  private SensorSite[] sitesBySlot = new SensorSite[8];

  private final List<LiveTrack> tracks = new ArrayList<>();
  private long nextSequence = 1;
  private long nextNumber;
  private long epochSecond = Long.MIN_VALUE;
  private double latestTimeS = Double.NEGATIVE_INFINITY;
  private long observationCount;
  private long rejectedCount;
  private long lateCount;
  private String lastRejection;

  // The current group's unclaimed detections, set by startStage.
  private Detection[] pool = new Detection[0];
  private int[] local = new int[64];
  private int detectionCount;
  private double maxDetectionVarianceM2;
  private double midS;
  private double halfSpanS;
  private boolean sameTime;
  private boolean useGrid;
  private boolean allPositions;

  /** Whether the current call's observations include system-track reports. */
  private boolean batchHasSystemTracks;

  /**
   * Whether the stages' track lists are those of the live tracks as they are (built by the last
   * review; cleared when a track is added or confirmed).
   */
  private boolean stageListsCurrent;

  // Scratch, reused across calls.
  private final Innovation inn;
  private final Detection fix = new Detection();
  private Detection[] mixtureDetections = new Detection[8];
  private double[] mixtureWeights = new double[8];
  private final GridIndex grid = new GridIndex();
  private final GatedPairs pairs = new GatedPairs();

  /**
   * The positions of the group's unclaimed detections ({@code local} order) while the grid is in
   * use; kept equal to the detections' own as gating reprojects them.
   */
  private double[] gridEast = new double[64];

  private double[] gridNorth = new double[64];
  private int[] candidates = new int[64];
  private final int[] candidateCount = new int[1];
  private double[] missCost = new double[64];
  private final GridIndex recoveryGrid = new GridIndex();
  private int[] recoveryPlots = new int[64];
  private double[] recoveryEast = new double[64];
  private double[] recoveryNorth = new double[64];
  private int[] recoveryCandidates = new int[64];

  /**
   * One association stage: the tracks of one life-cycle class (confirmed and coasting, or
   * tentative), the filter and associator they use, and the stage's per-group working set.
   */
  private static final class Stage {
    final boolean confirmed;
    final TrackFilter filter;
    final DataAssociator associator;

    /** Spare state: a same-time group swaps it with each track's state to predict in place. */
    FilterState spare;

    /** Scratch for a prediction to one detection's time. */
    final FilterState atDetection;

    LiveTrack[] tracks = new LiveTrack[64];
    int trackCount;

    /** Each track's prediction to the group's mid time (its own state in a same-time group). */
    FilterState[] predicted = new FilterState[64];

    /** Owned scratch for those predictions in a group spread in time. */
    private FilterState[] predictions = new FilterState[0];

    Stage(boolean confirmed, TrackFilter filter, DataAssociator associator) {
      this.confirmed = confirmed;
      this.filter = filter;
      this.associator = associator;
      this.spare = filter.newState();
      this.atDetection = filter.newState();
    }

    boolean holds(LiveTrack t) {
      return confirmed ? t.isConfirmed() : t.lifecycle == TrackState.TENTATIVE;
    }

    void add(LiveTrack t) {
      if (trackCount == tracks.length) {
        tracks = Arrays.copyOf(tracks, 2 * trackCount);
        predicted = Arrays.copyOf(predicted, tracks.length);
      }
      tracks[trackCount++] = t;
    }

    /** Scratch state number {@code i}, created on first use. */
    FilterState prediction(int i) {
      if (i >= predictions.length) {
        int old = predictions.length;
        predictions = Arrays.copyOf(predictions, Math.max(i + 1, 2 * old));
        for (int k = old; k < predictions.length; k++) {
          predictions[k] = filter.newState();
        }
      }
      return predictions[i];
    }
  }

  /** A source track's binding: the local track, and the time of the source's last report. */
  private static final class SourceBinding {
    final LiveTrack track;
    double lastTimeS;

    SourceBinding(LiveTrack track, double lastTimeS) {
      this.track = track;
      this.lastTimeS = lastTimeS;
    }
  }

  /**
   * A tracker for a region with the {@linkplain TrackerComponents#standard standard roles} for
   * {@code config}.
   *
   * @param region the region's tangent plane (tracking frame)
   * @param sensors registered sensors by id (radar and bearing sensors must be registered; position
   *     reports from unregistered sensors are accepted with {@link
   *     TrackerConfig#defaultUpdatePeriodS()})
   * @param config tuning
   */
  public MultiTargetTracker(
      LocalTangentPlane region, Map<String, Sensor> sensors, TrackerConfig config) {
    this(region, sensors, config, TrackerComponents.standard(config));
  }

  /**
   * A tracker for a region with the given roles.
   *
   * @param region the region's tangent plane (tracking frame)
   * @param sensors registered sensors by id (as for the three-argument constructor)
   * @param config tuning of the loop itself (lag window, assumed altitude, pre-gate, manoeuvre
   *     recovery, reporting, numbering); the roles carry their own settings
   * @param roles the roles, used by this tracker only (they own scratch space)
   */
  public MultiTargetTracker(
      LocalTangentPlane region,
      Map<String, Sensor> sensors,
      TrackerConfig config,
      TrackerComponents roles) {
    Objects.requireNonNull(region, "region");
    this.config = Objects.requireNonNull(config, "config");
    this.roles = Objects.requireNonNull(roles, "roles");
    this.reporter = new TrackReporter(region, roles.classifier());
    Map<String, SensorSite> sites = new HashMap<>();
    for (Sensor s : new TreeMap<>(sensors).values()) {
      int slot = slotOf(s.id());
      periods[slot] = s.updatePeriodS();
      SensorSite site = SensorSite.of(slot, s, region);
      sites.put(s.id(), site);
      sitesBySlot[slot] = site;
    }
    this.converter =
        new ObservationConverter(
            region, sites, config.assumedAltitudeM(), config.assumedAltitudeSigmaM());
    this.filter = roles.filter();
    this.tentativeFilter = roles.tentativeFilter();
    this.gater = roles.gater();
    this.identityGater = roles.identityGater();
    this.initialTurnRateVariance = Math.pow(config.initialTurnRateSigmaRadPerS(), 2);
    this.recoversManoeuvres = filter.newState().modes.length > 1;
    this.confirmedStage = new Stage(true, filter, roles.associator());
    this.tentativeStage = new Stage(false, tentativeFilter, roles.tentativeAssociator());
    this.stages = new Stage[] {confirmedStage, tentativeStage};
    this.inn = new Innovation(filter.dimension());
    this.nextNumber = config.firstTrackNumber();
    this.smoother =
        config.smoothingLagS() > 0
            ? new FixedLagSmoother(filter, config.smoothingLagS(), MAX_SMOOTHING_UPDATES)
            : null;
  }

  /** The configuration. */
  public TrackerConfig config() {
    return config;
  }

  /** Counters since construction. */
  public TrackerCounters counters() {
    return new TrackerCounters(observationCount, rejectedCount, lateCount, lastRejection);
  }

  /**
   * The number of the last track given one ({@code T0000042} has 42), or {@link
   * TrackerConfig#firstTrackNumber()} − 1 while none has been. A tracker that takes over (after a
   * restart, say) continues the numbering with {@code firstTrackNumber} set to this + 1.
   */
  public long lastTrackNumber() {
    return nextNumber - 1;
  }

  /**
   * System-track reports ignored because they were not newer than the source track's last report
   * (repeats with the same time of track information, or older reports arriving late).
   */
  public long systemTrackRepeats() {
    return systemTrackRepeats;
  }

  /** Number of live tracks (all states). */
  public int liveTrackCount() {
    return tracks.size();
  }

  @Override
  public TrackBatch process(Instant scanTime, List<Observation> observations) {
    double scanS = startScan(scanTime, observations);
    int count = convert(observations);
    for (int from = 0, to; from < count; from = to) {
      to = endOfSensorGroup(from, count);
      fuseSystemTracks(from, to);
      collectStageTracks();
      for (Stage stage : stages) {
        if (startStage(stage, from, to)) {
          predictAndGate(stage);
          associate(stage);
          update(stage);
        }
        if (stage.confirmed) {
          recoverManoeuvring(from, to);
        }
      }
      initiate(from, to);
    }
    return report(scanTime, scanS, review(scanS));
  }

  /**
   * Every confirmed or coasting track predicted to {@code time}, in ascending id order, without
   * changing the tracker's state (for displays and evaluation).
   */
  public List<Track> confirmedTracksAt(Instant time) {
    return tracksAt(time, false);
  }

  /**
   * Like {@link #confirmedTracksAt}, optionally with the tentative tracks that have an id (only
   * when {@link TrackerConfig#reportTentative()} is set; evaluation uses it to back-fill a track's
   * history from before its confirmation, as Stone Soup's initiators do).
   */
  public List<Track> tracksAt(Instant time, boolean withTentative) {
    List<LiveTrack> live = new ArrayList<>();
    for (LiveTrack t : tracks) {
      if (t.isConfirmed()
          || (withTentative && t.number > 0 && t.lifecycle == TrackState.TENTATIVE)) {
        live.add(t);
      }
    }
    live.sort(BY_NUMBER);
    double s = seconds(time);
    List<Track> out = new ArrayList<>(live.size());
    for (LiveTrack t : live) {
      out.add(toTrack(t, time, s, true));
    }
    return out;
  }

  /**
   * The smoothed estimates that became final since the last call, and forgets them (call it each
   * scan once {@link #smoothOnly} has turned smoothing on): per confirmed track in scope, the
   * updates that are now {@link TrackerConfig#smoothingLagS()} older than its newest (each smoothed
   * by the fixed-lag Rauch–Tung–Striebel smoother with all the updates since), confirmed state, at
   * their own event times, in time order (then id order); a dropped track's remaining updates
   * followed by its DROPPED record (as in the batch). Empty when smoothing is off. Filled by {@link
   * #process}; each update of a confirmed track appears here exactly once.
   */
  public List<Track> takeSmoothed() {
    List<Track> out = new ArrayList<>(smoothedOut);
    smoothedOut.clear();
    out.sort(SMOOTHED_ORDER);
    return out;
  }

  /**
   * Limits smoothing to the confirmed tracks whose reported record {@code scope} accepts (e.g.
   * those near a watched zone): judged at each report; a track entering the scope starts a window
   * with its current estimate, one leaving it has its window smoothed and emitted at once. Default:
   * every confirmed track. Not called concurrently with {@link #process}.
   */
  public void smoothOnly(Predicate<Track> scope) {
    this.smoothingScope = scope;
  }

  /**
   * End of data: smooths every live track's remaining updates with the data there is and returns
   * them with anything {@link #takeSmoothed} has not yet returned.
   */
  public List<Track> flushSmoothed() {
    if (smoother != null) {
      List<LiveTrack> live = new ArrayList<>(tracks);
      live.sort(BY_NUMBER);
      for (LiveTrack t : live) {
        if (t.smoothing != null) {
          smoother.flush(t.smoothing, (time, s) -> emitSmoothed(t, time, s));
        }
      }
    }
    return takeSmoothed();
  }

  // ---------------------------------------------------------------------------------------------
  // The steps of process, in order.

  /** Fixes the time origin on the first call; the scan time in tracker seconds. */
  private double startScan(Instant scanTime, List<Observation> observations) {
    if (epochSecond == Long.MIN_VALUE) {
      epochSecond = scanTime.getEpochSecond();
      for (Observation o : observations) {
        epochSecond = Math.min(epochSecond, o.time().getEpochSecond());
      }
    }
    return seconds(scanTime);
  }

  /**
   * Sorts the observations into event order and converts them into {@code pool[0..count)}, counting
   * late and rejected ones; returns the count.
   */
  private int convert(List<Observation> observations) {
    Observation[] sorted = observations.toArray(new Observation[0]);
    boolean inOrder = true;
    boolean systemTracks = false;
    for (int i = 0; i < sorted.length; i++) {
      // This short loop reads each observation's time and measurement type, so when the batch is
      // no longer in cache (built well before the call) their misses overlap here instead of
      // stalling the conversion below one observation at a time (a quarter of the benchmark's
      // time, docs/benchmarks.md, Tracker).
      systemTracks |= sorted[i].measurement() instanceof SystemTrackMeasurement;
      if (i > 0 && inOrder) {
        inOrder = EVENT_ORDER.compare(sorted[i - 1], sorted[i]) <= 0;
      }
    }
    batchHasSystemTracks = systemTracks;
    if (!inOrder) {
      Arrays.sort(sorted, EVENT_ORDER);
    }
    if (pool.length < sorted.length) {
      int old = pool.length;
      pool = Arrays.copyOf(pool, Math.max(sorted.length, 2 * old));
      for (int i = old; i < pool.length; i++) {
        pool[i] = new Detection();
      }
    }
    int count = 0;
    for (Observation o : sorted) {
      observationCount++;
      double t = seconds(o.time());
      if (t < latestTimeS - config.maxLagS()) {
        lateCount++;
        continue;
      }
      Detection d = pool[count];
      String reason = converter.convert(o, t, d);
      if (reason != null) {
        rejectedCount++;
        lastRejection = o.sensorId() + " at " + o.time() + ": " + reason;
        continue;
      }
      d.sensorSlot = slotOf(o.sensorId());
      count++;
    }
    if (count > 0) {
      latestTimeS = Math.max(latestTimeS, pool[count - 1].timeS);
    }
    return count;
  }

  /** The end (exclusive) of the run of detections of {@code pool[from]}'s sensor. */
  private int endOfSensorGroup(int from, int count) {
    int to = from + 1;
    while (to < count && pool[to].sensorSlot == pool[from].sensorSlot) {
      to++;
    }
    return to;
  }

  /**
   * Fuses the group's system-track reports (another tracker's tracks, {@link
   * Detection#systemTrack}) as tracks, not plots: a report whose source track number (per sensor)
   * is bound to a local track updates that track with position and velocity and the report's own
   * covariance, unless it is no newer than the source's last report (a repeat: ignored and counted)
   * or lies more than {@link TrackerConfig#systemTrackReuseDistanceM()} from the track (the number
   * was reused: the binding is dropped). An unbound report is bound to the best local track within
   * the position gate whose identity does not conflict and that no other number of the same source
   * holds unless with the same address (so two source tracks side by side stay two tracks, a
   * renumbered one keeps its track), else it starts a track at once, confirmed after {@link
   * TrackerConfig#systemTrackConfirmUpdates()} reports. The reports are used: the plot stages never
   * see them.
   */
  private void fuseSystemTracks(int from, int to) {
    if (!batchHasSystemTracks) {
      return;
    }
    for (int k = from; k < to; k++) {
      Detection d = pool[k];
      if (!d.systemTrack || d.used) {
        continue;
      }
      d.used = true;
      long key = (long) d.sensorSlot << 32 | (d.sourceTrackNumber & 0xffffffffL);
      SourceBinding b = d.sourceTrackNumber < 0 ? null : sourceBindings.get(key);
      if (b != null && d.timeS <= b.lastTimeS) {
        systemTrackRepeats++;
        continue;
      }
      if (b != null
          && (b.track.lifecycle == TrackState.DROPPED
              || distanceFromTrackM(b.track, d) > config.systemTrackReuseDistanceM())) {
        sourceBindings.remove(key);
        b = null;
      }
      LiveTrack t = b != null ? b.track : boundLocalTrack(d);
      if (t == null) {
        t = startSystemTrack(d);
      } else {
        updateWithSystemTrack(t, d);
      }
      if (b != null) {
        b.lastTimeS = d.timeS;
      } else if (d.sourceTrackNumber >= 0) {
        sourceBindings.put(key, new SourceBinding(t, d.timeS));
      }
    }
  }

  /** Horizontal distance of {@code d} from {@code t}'s straight-line extrapolation, m. */
  private static double distanceFromTrackM(LiveTrack t, Detection d) {
    GaussianState c = t.state.combined;
    double dt = d.timeS - c.timeS;
    return Math.hypot(
        d.eastM - (c.x[GaussianState.EAST] + c.x[GaussianState.VEAST] * dt),
        d.northM - (c.x[GaussianState.NORTH] + c.x[GaussianState.VNORTH] * dt));
  }

  /**
   * The local track an unbound system-track report joins: of the live tracks whose identity does
   * not conflict and that no other track number of the report's source holds (unless with the same
   * ICAO address or Remote ID serial: a renumbered source track), the one of least cost whose
   * prediction gates the report's position (identity gate and bonus when identities agree); null
   * when none.
   */
  private LiveTrack boundLocalTrack(Detection d) {
    Set<LiveTrack> heldBySource = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Map.Entry<Long, SourceBinding> e : sourceBindings.entrySet()) {
      if ((int) (e.getKey() >>> 32) == d.sensorSlot) {
        heldBySource.add(e.getValue().track);
      }
    }
    positionView.setPositionOf(d);
    LiveTrack best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    for (LiveTrack t : tracks) {
      if (t.lifecycle == TrackState.DROPPED
          || distanceFromTrackM(t, d) > config.systemTrackReuseDistanceM()) {
        continue;
      }
      int relation = identityRelation(t.identity, d.identity);
      // A track another number of the source holds is another aircraft — unless it carries the
      // same address: then the source renumbered its track.
      if (relation < 0 || (relation == 0 && heldBySource.contains(t))) {
        continue;
      }
      Stage stage = t.lifecycle == TrackState.TENTATIVE ? tentativeStage : confirmedStage;
      stage.filter.predict(t.state, d.timeS, stage.atDetection);
      if (!passes(relation > 0 ? identityGater : gater, stage.atDetection, positionView)) {
        continue;
      }
      double cost = inn.negLogLikelihood() - (relation > 0 ? config.identityBonus() : 0.0);
      if (cost < bestCost) {
        bestCost = cost;
        best = t;
      }
    }
    return best;
  }

  /**
   * Starts a track from a system-track report: position and velocity with the report's covariance
   * (a report without velocity gets the initiator's velocity spread), tentative until {@link
   * TrackerConfig#systemTrackConfirmUpdates()} reports (confirmed at once when that is 1).
   */
  private LiveTrack startSystemTrack(Detection d) {
    LiveTrack t = new LiveTrack(nextSequence++, tentativeFilter.newState(), d.timeS);
    GaussianState s = t.state.combined;
    int n = s.dimension();
    s.timeS = d.timeS;
    s.x[GaussianState.EAST] = d.eastM;
    s.x[GaussianState.NORTH] = d.northM;
    s.p[GaussianState.EAST * n + GaussianState.EAST] = d.varEastM2;
    s.p[GaussianState.NORTH * n + GaussianState.NORTH] = d.varNorthM2;
    s.p[GaussianState.EAST * n + GaussianState.NORTH] = d.covEastNorthM2;
    s.p[GaussianState.NORTH * n + GaussianState.EAST] = d.covEastNorthM2;
    if (d.kind == DetectionKind.POSITION_VELOCITY) {
      s.x[GaussianState.VEAST] = d.velocityEastMps;
      s.x[GaussianState.VNORTH] = d.velocityNorthMps;
      s.p[GaussianState.VEAST * n + GaussianState.VEAST] = d.varVelocityEastMps2;
      s.p[GaussianState.VNORTH * n + GaussianState.VNORTH] = d.varVelocityNorthMps2;
      s.p[GaussianState.VEAST * n + GaussianState.VNORTH] = d.covVelocityEastNorthMps2;
      s.p[GaussianState.VNORTH * n + GaussianState.VEAST] = d.covVelocityEastNorthMps2;
    } else {
      double v = Math.pow(config.maxSpeedMps() / 3.0, 2);
      s.p[GaussianState.VEAST * n + GaussianState.VEAST] = v;
      s.p[GaussianState.VNORTH * n + GaussianState.VNORTH] = v;
    }
    for (int i = 4; i < n; i++) {
      s.p[i * n + i] = initialTurnRateVariance;
    }
    tentativeFilter.initialise(t.state);
    t.startedBySystemTrack = true;
    t.opportunityRateHz = coverageRateHz(d.eastM, d.northM);
    t.stateTime = d.observation.time();
    t.identity = d.identity;
    t.recordHit(d.sensorSlot, periods[d.sensorSlot], d.timeS, sitesBySlot[d.sensorSlot] != null);
    t.hits = 1;
    updateAltitude(t, d);
    t.updatedThisCall = true;
    t.changed = true;
    tracks.add(t);
    stageListsCurrent = false;
    if (config.systemTrackConfirmUpdates() <= 1) {
      confirm(t);
    } else if (config.reportTentative()) {
      assignNumber(t);
    }
    return t;
  }

  /**
   * Updates {@code t} with a system-track report (position and velocity with its own covariance) by
   * the filter of the track's stage; a tentative track is confirmed once it has {@link
   * TrackerConfig#systemTrackConfirmUpdates()} updates, a coasting one is confirmed again.
   */
  private void updateWithSystemTrack(LiveTrack t, Detection d) {
    if (!filterUpdate(
        t, d, t.lifecycle == TrackState.TENTATIVE ? tentativeStage : confirmedStage)) {
      return;
    }
    bookHit(t, d);
    if (t.lifecycle == TrackState.TENTATIVE) {
      if (t.hits >= config.systemTrackConfirmUpdates()) {
        confirm(t);
      }
    } else if (t.lifecycle == TrackState.COASTING) {
      t.lifecycle = TrackState.CONFIRMED;
    }
  }

  /**
   * Sorts the live tracks into the stages' track lists, in creation order, in one pass (no stage
   * changes a track's class before the later stages of the group run: the confirmed stage and the
   * manoeuvre recovery update confirmed tracks only), unless the last review's lists still hold.
   */
  private void collectStageTracks() {
    if (stageListsCurrent) { // as the last review left them: nothing has changed since
      stageListsCurrent = false;
      return;
    }
    for (Stage stage : stages) {
      stage.trackCount = 0;
    }
    for (int i = 0, count = tracks.size(); i < count; i++) {
      addToStage(tracks.get(i));
    }
  }

  /** Appends {@code t} to the track list of the stage that holds it, if any. */
  private void addToStage(LiveTrack t) {
    for (Stage stage : stages) {
      if (stage.holds(t)) {
        stage.add(t);
        return;
      }
    }
  }

  /**
   * Takes the stage's tracks (from {@link #collectStageTracks}) and the group's unclaimed
   * detections in {@code pool[from..to)}, their mid time and span, and builds the spatial index
   * when the group is large; false (nothing to associate) when either set is empty.
   */
  private boolean startStage(Stage stage, int from, int to) {
    if (stage.trackCount == 0) {
      return false;
    }
    int nD = 0;
    double maxDetVar = 0;
    boolean allPositions = true;
    local = grow(local, to - from);
    for (int k = from; k < to; k++) {
      Detection d = pool[k];
      if (!d.used) {
        local[nD++] = k;
        if (d.kind == DetectionKind.POSITION) {
          maxDetVar = Math.max(maxDetVar, d.maxVarianceM2());
        } else {
          allPositions = false;
        }
      }
    }
    detectionCount = nD;
    if (nD == 0) {
      return false;
    }
    maxDetectionVarianceM2 = maxDetVar;
    double t0 = pool[local[0]].timeS;
    double t1 = pool[local[nD - 1]].timeS;
    midS = 0.5 * (t0 + t1);
    halfSpanS = 0.5 * (t1 - t0);
    // A group at one event time (a scan): each track is predicted to it once, in place, and
    // gated and updated there. A group spread in time (rotating radar plots): gating predicts
    // each track to each detection's time.
    sameTime = halfSpanS == 0;
    this.allPositions = allPositions;
    useGrid = allPositions && nD > BRUTE_FORCE_LIMIT;
    if (useGrid) {
      if (gridEast.length < nD) {
        gridEast = new double[Math.max(nD, 2 * gridEast.length)];
        gridNorth = new double[gridEast.length];
      }
      for (int i = 0; i < nD; i++) {
        gridEast[i] = pool[local[i]].eastM;
        gridNorth[i] = pool[local[i]].northM;
      }
      grid.build(gridEast, gridNorth, nD, config.gridCellM());
    }
    return true;
  }

  /**
   * Predicts each of the stage's tracks to the group's mid time with the stage's filter (in place,
   * by swapping the track's state with the spare, in a same-time group; into scratch otherwise) and
   * gates it. In a same-time group each track is gated right after its prediction, while its state
   * is in cache (the pairs come out in the same order); in a group spread in time every track is
   * predicted first, so the coarse pre-check sees the detections before gating reprojects any.
   */
  private void predictAndGate(Stage stage) {
    if (missCost.length < stage.trackCount) {
      missCost = new double[Math.max(stage.trackCount, 2 * missCost.length)];
    }
    pairs.clear();
    // Worth it only when the group has plots for a fraction of the tracks (a radar's sector):
    // with a plot for most tracks (ADS-B, a staring sensor) nearly every track is near one.
    boolean coarseCheck = allPositions && 2 * detectionCount < stage.trackCount;
    if (sameTime) {
      for (int ti = 0; ti < stage.trackCount; ti++) {
        predict(stage, ti, false);
        gate(stage, ti);
      }
      return;
    }
    for (int ti = 0; ti < stage.trackCount; ti++) {
      predict(stage, ti, coarseCheck);
    }
    for (int ti = 0; ti < stage.trackCount; ti++) {
      gate(stage, ti);
    }
  }

  /** Predicts the stage's track {@code ti} to the group's mid time into its predicted slot. */
  private void predict(Stage stage, int ti, boolean coarseCheck) {
    LiveTrack t = stage.tracks[ti];
    if (sameTime) {
      // In place: every track of the stage is predicted to a same-time group's time (the
      // filters' mode probabilities mix at each prediction, so this is not skipped).
      FilterState spare = stage.spare;
      stage.filter.predict(t.state, midS, spare);
      stage.spare = t.state;
      t.state = spare;
      stage.predicted[ti] = spare;
    } else if (coarseCheck && farFromEveryDetection(t)) {
      stage.predicted[ti] = null; // gate() gives it no candidates, as its pre-gate would
    } else {
      FilterState predicted = stage.prediction(ti);
      stage.filter.predict(t.state, midS, predicted);
      stage.predicted[ti] = predicted;
    }
  }

  /**
   * Whether no detection of the group can be within the pre-gate of the track's prediction, judged
   * without predicting: the pre-gate's box around the straight-line extrapolation from the track's
   * state, widened by bounds of everything the prediction can add — position spread growing with
   * the velocity spread and an acceleration of {@value #COARSE_ACCELERATION_MPS2} m/s², a turn of
   * up to {@value #COARSE_TURN_RATE_RAD_PER_S} rad/s bending the path, a faster speed over the
   * group's span — and {@value #COARSE_MARGIN_M} m. A spread-in-time group from a rotating radar
   * covers a sector of its coverage, and a short scan (the live node's low-latency slices) holds a
   * few plots, so most tracks are far from all of its plots; skipping their multiple-model
   * prediction is the largest saving of such a scan (docs/benchmarks.md, Tracker).
   */
  private boolean farFromEveryDetection(LiveTrack t) {
    GaussianState c = t.state.combined;
    double dt = Math.abs(midS - c.timeS);
    double pee = c.variance(GaussianState.EAST);
    double pnn = c.variance(GaussianState.NORTH);
    double pen = c.covariance(GaussianState.EAST, GaussianState.NORTH);
    double tr = pee + pnn;
    double lambda = tr / 2 + Math.sqrt(Math.max(0, tr * tr / 4 - (pee * pnn - pen * pen)));
    double sigmaV = Math.sqrt(c.variance(GaussianState.VEAST) + c.variance(GaussianState.VNORTH));
    double ve = c.x[GaussianState.VEAST];
    double vn = c.x[GaussianState.VNORTH];
    double speed = Math.sqrt(ve * ve + vn * vn);
    double accelerationM = 0.5 * COARSE_ACCELERATION_MPS2 * dt * dt;
    double sigmaBound = Math.sqrt(lambda) + sigmaV * dt + accelerationM;
    double speedBound =
        speed
            + COARSE_ACCELERATION_MPS2 * dt
            + config.preGateSpeedSigmas() * (sigmaV + COARSE_ACCELERATION_MPS2 * dt);
    double reach = Math.max(gater.gateDistance2(), identityGater.gateDistance2());
    double radius =
        Math.sqrt(reach) * (sigmaBound + Math.sqrt(maxDetectionVarianceM2))
            + speedBound * halfSpanS
            + 0.5 * COARSE_TURN_RATE_RAD_PER_S * speed * dt * dt
            + accelerationM
            + COARSE_MARGIN_M;
    double ce = c.x[GaussianState.EAST] + ve * (midS - c.timeS);
    double cn = c.x[GaussianState.NORTH] + vn * (midS - c.timeS);
    if (!useGrid) { // a few plots: look at each
      for (int i = 0; i < detectionCount; i++) {
        Detection d = pool[local[i]];
        if (Math.abs(d.eastM - ce) <= radius && Math.abs(d.northM - cn) <= radius) {
          return false;
        }
      }
      return true;
    }
    candidates =
        grid.query(ce - radius, cn - radius, ce + radius, cn + radius, candidates, candidateCount);
    int nc = candidateCount[0];
    for (int i = 0; i < nc; i++) {
      int k = candidates[i]; // gridEast/gridNorth hold the positions (no gating has moved any yet)
      if (Math.abs(gridEast[k] - ce) <= radius && Math.abs(gridNorth[k] - cn) <= radius) {
        return false;
      }
    }
    return true;
  }

  /**
   * Gates the stage's track {@code ti} against its candidate detections: each pair that passes goes
   * into {@link #pairs}, with its cost (negative log-likelihood, less the identity bonus), and the
   * track's miss cost is set. Pairs of conflicting identities are never formed; pairs whose
   * identities agree use the identity gate.
   */
  private void gate(Stage stage, int ti) {
    double gate = gater.gateDistance2();
    LiveTrack t = stage.tracks[ti];
    FilterState predicted = stage.predicted[ti];
    if (predicted == null) {
      missCost[ti] = 0.5 * gate;
      return;
    }
    int nc = preGate(t, predicted.combined);
    double minLogDet = Double.POSITIVE_INFINITY;
    for (int c = 0; c < nc; c++) {
      int di = candidates[c];
      Detection d = pool[local[di]];
      int relation = identityRelation(t.identity, d.identity);
      if (relation < 0) {
        continue;
      }
      if (d.altitudeAssumed) {
        projectFor(t, d);
        if (useGrid) { // the pre-gate reads the positions from there
          gridEast[di] = d.eastM;
          gridNorth[di] = d.northM;
        }
      }
      FilterState at = predicted;
      if (d.timeS != midS) {
        stage.filter.predict(t.state, d.timeS, stage.atDetection);
        at = stage.atDetection;
      }
      if (!passes(relation > 0 ? identityGater : gater, at, d)) {
        continue;
      }
      double cost = inn.negLogLikelihood() - (relation > 0 ? config.identityBonus() : 0.0);
      pairs.add(ti, di, cost);
      minLogDet = Math.min(minLogDet, inn.logDetS());
    }
    missCost[ti] = 0.5 * (gate + (Double.isInfinite(minLogDet) ? 0.0 : minLogDet));
  }

  /** Weighs the gated pairs with the stage's associator. */
  private void associate(Stage stage) {
    if (pairs.size() > 0) {
      stage.associator.associate(pairs, stage.trackCount, detectionCount, missCost);
    }
  }

  /**
   * Updates the stage's tracks with the stage's filter: each assigned pair (hard association), or
   * each track with the weighted mixture of its detections (soft association).
   */
  private void update(Stage stage) {
    if (pairs.size() == 0) {
      return;
    }
    if (stage.associator.isHard()) {
      for (int k = 0; k < pairs.size(); k++) {
        if (pairs.weight(k) > ASSIGNED) {
          applyUpdate(stage.tracks[pairs.track(k)], pool[local[pairs.detection(k)]], stage);
        }
      }
    } else {
      applyMixtures(stage);
    }
  }

  /**
   * Manoeuvre recovery: a confirmed multiple-model track that got no plot of this group, although a
   * plot no other track took lies within the gate of its prediction inflated by an unmodelled
   * acceleration of {@link TrackerConfig#manoeuvreAccelerationMps2()} over its silence (at most
   * {@link TrackerConfig#manoeuvreMaxSilenceS()}), is updated with the nearest such plot from that
   * inflated prediction, its modes reset to even odds. A target that starts a hard turn thus keeps
   * its track instead of coasting while a new track is initiated on its plots. Runs after the
   * confirmed tracks' association, before the tentative tracks'; only when the confirmed filter has
   * several modes.
   */
  private void recoverManoeuvring(int from, int to) {
    if (!recoversManoeuvres) {
      return;
    }
    FilterState atDetection = confirmedStage.atDetection;
    double gate = gater.gateDistance2();
    double gateSigmas = Math.sqrt(gate);
    int unused = 0;
    double groupStartS = pool[from].timeS;
    double latestUnusedS = Double.NEGATIVE_INFINITY;
    double maxNoiseM = 0;
    for (int k = from; k < to; k++) {
      Detection d = pool[k];
      if (!d.used && d.kind == DetectionKind.POSITION) {
        recoveryPlots = grow(recoveryPlots, unused + 1);
        if (recoveryEast.length <= unused) {
          recoveryEast = Arrays.copyOf(recoveryEast, 2 * recoveryPlots.length);
          recoveryNorth = Arrays.copyOf(recoveryNorth, recoveryEast.length);
        }
        recoveryPlots[unused] = k;
        recoveryEast[unused] = d.eastM;
        recoveryNorth[unused] = d.northM;
        unused++;
        latestUnusedS = Math.max(latestUnusedS, d.timeS);
        maxNoiseM = Math.max(maxNoiseM, Math.sqrt(d.varEastM2 + d.varNorthM2));
      }
    }
    if (unused == 0) {
      return;
    }
    // The unused plots in a grid: a missed track visits only those within its largest reach.
    recoveryGrid.build(recoveryEast, recoveryNorth, unused, config.gridCellM());
    // The confirmed stage's tracks are the confirmed ones, in creation order (its association
    // changes no track's class).
    for (int ti = 0; ti < confirmedStage.trackCount; ti++) {
      LiveTrack t = confirmedStage.tracks[ti];
      // Only tracks that this group missed: one updated within the group (from its first plot's
      // time on) is not manoeuvring out of its gate; nor can a track updated after every unused
      // plot.
      if (t.lastUpdateS >= latestUnusedS
          || t.lastUpdateS >= groupStartS
          || !t.isConfirmed()
          || t.state.modes.length < 2) {
        continue;
      }
      GaussianState c = t.state.combined;
      int n = c.dimension();
      double sigmaPositionM =
          Math.sqrt(
              c.p[GaussianState.EAST * n + GaussianState.EAST]
                  + c.p[GaussianState.NORTH * n + GaussianState.NORTH]);
      double sigmaVelocityMps =
          Math.sqrt(
              c.p[GaussianState.VEAST * n + GaussianState.VEAST]
                  + c.p[GaussianState.VNORTH * n + GaussianState.VNORTH]);
      double speedMps = Math.hypot(c.x[GaussianState.VEAST], c.x[GaussianState.VNORTH]);
      // Every unused plot lies between the group's start and its latest unused plot: the cheap
      // check below can pass only within the box around the extrapolation over that span, widened
      // by the reach at its end (the reach grows with the time since the track's state).
      double dt0 = Math.max(0, groupStartS - c.timeS);
      double dt1 = Math.max(0, latestUnusedS - c.timeS);
      double reachMaxM =
          gateSigmas
                  * (sigmaPositionM
                      + sigmaVelocityMps * dt1
                      + 0.5 * config.manoeuvreAccelerationMps2() * dt1 * dt1
                      + maxNoiseM)
              + 0.5 * config.manoeuvreMaxTurnRateRadPerS() * speedMps * dt1 * dt1
              + config.manoeuvreReachMarginM();
      double e0 = c.x[GaussianState.EAST] + c.x[GaussianState.VEAST] * dt0;
      double e1 = c.x[GaussianState.EAST] + c.x[GaussianState.VEAST] * dt1;
      double n0 = c.x[GaussianState.NORTH] + c.x[GaussianState.VNORTH] * dt0;
      double n1 = c.x[GaussianState.NORTH] + c.x[GaussianState.VNORTH] * dt1;
      recoveryCandidates =
          recoveryGrid.query(
              Math.min(e0, e1) - reachMaxM,
              Math.min(n0, n1) - reachMaxM,
              Math.max(e0, e1) + reachMaxM,
              Math.max(n0, n1) + reachMaxM,
              recoveryCandidates,
              candidateCount);
      int nc = candidateCount[0];
      // In plot order, as a scan of the whole group would visit them (ties go to the later plot).
      Arrays.sort(recoveryCandidates, 0, nc);
      Detection best = null;
      double bestD2 = gate;
      for (int ci = 0; ci < nc; ci++) {
        Detection d = pool[recoveryPlots[recoveryCandidates[ci]]];
        if (d.used
            || d.kind != DetectionKind.POSITION
            || d.timeS <= t.lastUpdateS
            || d.timeS - t.lastUpdateS > config.manoeuvreMaxSilenceS()
            || identityRelation(t.identity, d.identity) < 0) {
          continue;
        }
        // Cheap necessary condition before the IMM prediction: the plot must lie within the gate's
        // reach of the straight-line extrapolation, widened by every term the inflated prediction
        // can add (position and velocity spread, the manoeuvre allowance, a turn of up to
        // manoeuvreMaxTurnRateRadPerS bending the path, the plot's own noise). Keeps recovery
        // O(plots near tracks).
        double dt = Math.max(0, d.timeS - c.timeS);
        double reachM =
            gateSigmas
                    * (sigmaPositionM
                        + sigmaVelocityMps * dt
                        + 0.5 * config.manoeuvreAccelerationMps2() * dt * dt
                        + Math.sqrt(d.varEastM2 + d.varNorthM2))
                + 0.5 * config.manoeuvreMaxTurnRateRadPerS() * speedMps * dt * dt
                + config.manoeuvreReachMarginM();
        double de = d.eastM - (c.x[GaussianState.EAST] + c.x[GaussianState.VEAST] * dt);
        double dn = d.northM - (c.x[GaussianState.NORTH] + c.x[GaussianState.VNORTH] * dt);
        if (de * de + dn * dn > reachM * reachM) {
          continue;
        }
        if (d.altitudeAssumed) {
          projectFor(t, d);
        }
        inflatedPrediction(t, d.timeS, atDetection);
        if (gater.passes(atDetection.combined, d, inn) && inn.distance2 <= bestD2) {
          bestD2 = inn.distance2;
          best = d;
        }
      }
      if (best == null) {
        continue;
      }
      inflatedPrediction(t, best.timeS, atDetection);
      double even = 1.0 / atDetection.probabilities.length;
      Arrays.fill(atDetection.probabilities, even);
      if (Double.isNaN(filter.update(atDetection, best, inn))) {
        continue;
      }
      best.used = true;
      t.state.setTo(atDetection);
      t.stateTime = best.observation.time();
      registerHit(t, best);
    }
  }

  /**
   * Offers each detection of the group that no track claimed to the initiator (bearings first go
   * through the triangulator, which may turn them and other sensors' bearings into a position fix)
   * and adds the tentative tracks it starts.
   */
  private void initiate(int from, int to) {
    for (int k = from; k < to; k++) {
      Detection d = pool[k];
      if (d.used) {
        continue;
      }
      int hits = 1;
      Detection start = d;
      if (d.kind == DetectionKind.BEARING) {
        SensorSite site = sitesBySlot[d.sensorSlot];
        hits = roles.triangulator().offer(d, site.sensor().maxRangeM(), fix);
        if (hits < 2) {
          continue;
        }
        start = fix;
      }
      LiveTrack t = roles.initiator().initiate(start, nextSequence);
      if (t == null) {
        continue;
      }
      t.hits = hits;
      nextSequence++;
      t.opportunityRateHz = coverageRateHz(start.eastM, start.northM);
      if (config.reportTentative()) {
        assignNumber(t);
      }
      t.stateTime = d.observation.time();
      t.identity = d.identity;
      t.recordHit(d.sensorSlot, periods[d.sensorSlot], d.timeS, sitesBySlot[d.sensorSlot] != null);
      updateAltitude(t, d);
      t.updatedThisCall = true;
      t.changed = true;
      d.used = true;
      tracks.add(t);
      stageListsCurrent = false;
    }
  }

  /**
   * Reviews every live track at the scan time, in one pass in creation order: the deleter reviews
   * the confirmed and coasting tracks, the initiator the tentative ones (confirmed ones get their
   * number, in creation order; abandoned ones are forgotten unreported). Returns the tracks to
   * report (changed, with a number or tentative ones reported), clears the call's flags of the
   * others and takes the dropped tracks off the live list (the returned ones are reported first);
   * leaves the survivors in the stages' track lists.
   */
  private List<LiveTrack> review(double scanS) {
    List<LiveTrack> changed = new ArrayList<>();
    for (Stage stage : stages) {
      stage.trackCount = 0;
    }
    int w = 0;
    for (int i = 0, count = tracks.size(); i < count; i++) {
      LiveTrack t = tracks.get(i);
      if (t.isConfirmed()) {
        TrackState s = roles.deleter().review(t, scanS);
        if (s != t.lifecycle) {
          t.lifecycle = s;
          t.changed = true;
        }
      } else if (t.lifecycle == TrackState.TENTATIVE) {
        // A track started by system-track reports is confirmed by their number, and dropped
        // when they stop as a confirmed one would be.
        TrackState s =
            t.startedBySystemTrack
                ? t.silencePeriods(scanS) > config.dropAfterPeriods()
                    ? TrackState.DROPPED
                    : TrackState.TENTATIVE
                : roles.initiator().review(t, scanS);
        if (s == TrackState.DROPPED) {
          t.lifecycle = TrackState.DROPPED;
          continue;
        }
        if (s == TrackState.CONFIRMED) {
          confirm(t);
        }
      }
      if (t.changed && (t.number > 0 || config.reportTentative())) {
        changed.add(t);
      } else {
        t.changed = false;
        t.updatedThisCall = false;
      }
      if (t.lifecycle != TrackState.DROPPED) {
        tracks.set(w++, t);
        addToStage(t); // the next call's first group starts from these lists
      }
    }
    while (tracks.size() > w) {
      tracks.remove(tracks.size() - 1);
    }
    stageListsCurrent = true;
    forgetDroppedSources();
    return changed;
  }

  /**
   * The batch of the {@code changed} tracks, in ascending number order: updated tracks at their
   * update time, the others (coasting, dropped) predicted to the scan time; then their call's flags
   * are cleared.
   */
  private TrackBatch report(Instant scanTime, double scanS, List<LiveTrack> changed) {
    changed.sort(BY_NUMBER);
    List<Track> out = new ArrayList<>(changed.size());
    for (LiveTrack t : changed) {
      boolean predict = !t.updatedThisCall || t.lifecycle == TrackState.DROPPED;
      Track record =
          predict
              ? toTrack(t, scanTime, scanS, true)
              : toTrack(t, t.stateTime, t.state.timeS(), false);
      out.add(record);
      if (smoother != null) {
        scopeSmoothing(t, record);
      }
      if (t.smoothing != null) {
        if (t.lifecycle == TrackState.DROPPED) {
          smoother.flush(t.smoothing, (time, s) -> emitSmoothed(t, time, s));
          t.smoothing = null;
          smoothedOut.add(record);
        } else {
          smoother.emitDue(t.smoothing, (time, s) -> emitSmoothed(t, time, s));
        }
      }
    }
    for (LiveTrack t : changed) {
      t.changed = false;
      t.updatedThisCall = false;
    }
    return new TrackBatch(scanTime, out);
  }

  // ---------------------------------------------------------------------------------------------
  // Details of the steps.

  /** Drops the source-track bindings of dropped tracks. */
  private void forgetDroppedSources() {
    if (!sourceBindings.isEmpty()) {
      sourceBindings.values().removeIf(b -> b.track.lifecycle == TrackState.DROPPED);
    }
  }

  /**
   * The spatial pre-gate: writes into {@link #candidates} the indices (into {@link #local}) of the
   * detections that can lie within the gate of {@code predicted} (the track at the group's mid
   * time) and returns their number. The reach allows for the track's position spread, the
   * detections' noise, and its motion over half the group's span.
   */
  private int preGate(LiveTrack t, GaussianState predicted) {
    double pee = predicted.variance(GaussianState.EAST);
    double pnn = predicted.variance(GaussianState.NORTH);
    double pen = predicted.covariance(GaussianState.EAST, GaussianState.NORTH);
    double tr = pee + pnn;
    double lambda = tr / 2 + Math.sqrt(Math.max(0, tr * tr / 4 - (pee * pnn - pen * pen)));
    double ve0 = predicted.x[GaussianState.VEAST];
    double vn0 = predicted.x[GaussianState.VNORTH];
    double speed =
        Math.sqrt(ve0 * ve0 + vn0 * vn0)
            + config.preGateSpeedSigmas()
                * Math.sqrt(
                    Math.max(
                        predicted.variance(GaussianState.VEAST),
                        predicted.variance(GaussianState.VNORTH)));
    double reach = t.identity.isEmpty() ? gater.gateDistance2() : identityGater.gateDistance2();
    double radius = Math.sqrt(reach * (lambda + maxDetectionVarianceM2)) + speed * halfSpanS;
    double ce = predicted.x[GaussianState.EAST];
    double cn = predicted.x[GaussianState.NORTH];
    int nc;
    if (useGrid) {
      candidates =
          grid.query(
              ce - radius, cn - radius, ce + radius, cn + radius, candidates, candidateCount);
      nc = candidateCount[0];
    } else {
      candidates = grow(candidates, detectionCount);
      for (int i = 0; i < detectionCount; i++) {
        candidates[i] = i;
      }
      nc = detectionCount;
    }
    int kept = 0;
    if (useGrid) { // all positions, kept in gridEast/gridNorth: no detection is dereferenced
      for (int c = 0; c < nc; c++) {
        int i = candidates[c];
        if (Math.abs(gridEast[i] - ce) > radius || Math.abs(gridNorth[i] - cn) > radius) {
          continue;
        }
        candidates[kept++] = i;
      }
      return kept;
    }
    for (int c = 0; c < nc; c++) {
      Detection d = pool[local[candidates[c]]];
      if (d.kind == DetectionKind.POSITION
          && (Math.abs(d.eastM - ce) > radius || Math.abs(d.northM - cn) > radius)) {
        continue;
      }
      candidates[kept++] = candidates[c];
    }
    return kept;
  }

  /**
   * Whether {@code d} passes gate {@code g} against {@code at}, its innovation left in {@link
   * #inn}. A multiple-model state that fails on its combination is gated against each mode (the
   * moment-matched combination of a mostly-straight track is tighter than its turn mode, so a plot
   * at the onset of a turn can fall outside the combination's gate yet inside the turn mode's); the
   * innovation is then the passing mode's of smallest distance.
   */
  private boolean passes(Gater g, FilterState at, Detection d) {
    if (g.passes(at.combined, d, inn)) {
      return true;
    }
    if (at.modes.length < 2) {
      return false;
    }
    double best = Double.NaN;
    int bestMode = -1;
    for (int j = 0; j < at.modes.length; j++) {
      if (g.passes(at.modes[j], d, inn) && !(inn.distance2 >= best)) {
        best = inn.distance2;
        bestMode = j;
      }
    }
    if (bestMode < 0) {
      return false;
    }
    g.passes(at.modes[bestMode], d, inn);
    return true;
  }

  /**
   * {@code t} predicted to {@code timeS} into {@code out}, every mode's (and the combination's)
   * covariance grown by a constant unknown acceleration of {@link
   * TrackerConfig#manoeuvreAccelerationMps2()} per horizontal axis acting since the last update:
   * position {@code (a T²/2)²}, velocity {@code (a T)²}, their covariance {@code a² T³/2}.
   */
  private void inflatedPrediction(LiveTrack t, double timeS, FilterState out) {
    filter.predict(t.state, timeS, out);
    double silenceS = Math.max(0, timeS - t.lastUpdateS);
    double a2 = config.manoeuvreAccelerationMps2() * config.manoeuvreAccelerationMps2();
    double t2 = silenceS * silenceS;
    double pos = a2 * t2 * t2 / 4;
    double vel = a2 * t2;
    double cross = a2 * t2 * silenceS / 2;
    inflate(out.combined, pos, vel, cross);
    for (GaussianState mode : out.modes) {
      inflate(mode, pos, vel, cross);
    }
  }

  private static void inflate(GaussianState s, double pos, double vel, double cross) {
    inflateAxis(s, GaussianState.EAST, GaussianState.VEAST, pos, vel, cross);
    inflateAxis(s, GaussianState.NORTH, GaussianState.VNORTH, pos, vel, cross);
  }

  private static void inflateAxis(
      GaussianState s, int x, int v, double pos, double vel, double cross) {
    int n = s.dimension();
    double[] p = s.p;
    p[x * n + x] += pos;
    p[v * n + v] += vel;
    p[x * n + v] += cross;
    p[v * n + x] += cross;
  }

  /** Soft association: each track is updated with the weighted mixture of its gated detections. */
  private void applyMixtures(Stage stage) {
    TrackFilter f = stage.filter;
    FilterState scratch = stage.atDetection;
    // Pairs are in track order (added track by track).
    int k = 0;
    while (k < pairs.size()) {
      int ti = pairs.track(k);
      int count = 0;
      double sum = 0;
      double latest = Double.NEGATIVE_INFINITY;
      Detection best = null;
      Detection latestDetection = null;
      double bestWeight = 0;
      for (; k < pairs.size() && pairs.track(k) == ti; k++) {
        double w = pairs.weight(k);
        if (w <= NEGLIGIBLE_WEIGHT) {
          continue;
        }
        Detection d = pool[local[pairs.detection(k)]];
        d.used = true;
        if (count == mixtureDetections.length) {
          mixtureDetections = Arrays.copyOf(mixtureDetections, 2 * count);
          mixtureWeights = Arrays.copyOf(mixtureWeights, 2 * count);
        }
        mixtureDetections[count] = d;
        mixtureWeights[count++] = w;
        sum += w;
        if (d.timeS > latest) {
          latest = d.timeS;
          latestDetection = d;
        }
        if (w > bestWeight) {
          bestWeight = w;
          best = d;
        }
      }
      if (count == 0) {
        continue;
      }
      LiveTrack t = stage.tracks[ti];
      // One prediction time for the mixture: the latest of its detections (same sensor group).
      if (t.state.timeS() == latest) {
        f.updateMixture(t.state, mixtureDetections, mixtureWeights, count, Math.max(0, 1 - sum));
      } else {
        f.predict(t.state, latest, scratch);
        f.updateMixture(scratch, mixtureDetections, mixtureWeights, count, Math.max(0, 1 - sum));
        t.state.setTo(scratch);
      }
      t.stateTime = latestDetection.observation.time();
      if (sum >= config.mixtureHitWeight()) {
        registerHit(t, best);
      }
    }
  }

  /** -1: conflicting identities; 1: the same aircraft or drone; 0: nothing to say. */
  private static int identityRelation(Identity track, Identity det) {
    if (track.icaoAddress() != null && det.icaoAddress() != null) {
      return track.icaoAddress().equals(det.icaoAddress()) ? 1 : -1;
    }
    if (track.remoteIdSerial() != null && det.remoteIdSerial() != null) {
      return track.remoteIdSerial().equals(det.remoteIdSerial()) ? 1 : -1;
    }
    return 0;
  }

  /**
   * Projects a 2-D radar plot for gating or updating against {@code t}: with the track's altitude
   * when it has one, else with the configured assumption.
   */
  private void projectFor(LiveTrack t, Detection d) {
    if (t.altitude.known()) {
      double alt = t.altitude.altitudeAt(d.timeS);
      double var = t.altitude.varianceAt(d.timeS);
      if (alt != d.altitudeM || var != d.varAltitudeM2) {
        converter.reproject(d, alt, var);
      }
    } else if (d.altitudeM != config.assumedAltitudeM()) {
      converter.reproject(
          d,
          config.assumedAltitudeM(),
          config.assumedAltitudeSigmaM() * config.assumedAltitudeSigmaM());
    }
  }

  /** Hard association: updates {@code t} with {@code d} by the stage's filter. */
  private void applyUpdate(LiveTrack t, Detection d, Stage stage) {
    d.used = true;
    if (d.altitudeAssumed) {
      projectFor(t, d);
    }
    if (filterUpdate(t, d, stage)) {
      registerHit(t, d);
    }
  }

  /**
   * Updates {@code t}'s filter state with {@code d} by the stage's filter, predicting it to the
   * detection's time first unless it is there already (a same-time group: updated in place); false
   * (and no change) when the innovation is degenerate.
   */
  private boolean filterUpdate(LiveTrack t, Detection d, Stage stage) {
    if (t.state.timeS() == d.timeS) {
      if (Double.isNaN(stage.filter.update(t.state, d, inn))) {
        return false;
      }
    } else {
      stage.filter.predict(t.state, d.timeS, stage.atDetection);
      if (Double.isNaN(stage.filter.update(stage.atDetection, d, inn))) {
        return false;
      }
      t.state.setTo(stage.atDetection);
    }
    t.stateTime = d.observation.time();
    return true;
  }

  /**
   * Books a detection on a track: altitude, hit count, identity, sensor; a tentative track is
   * reviewed by the initiator at once (and confirmed when it says so), a coasting one is confirmed
   * again.
   */
  private void registerHit(LiveTrack t, Detection d) {
    bookHit(t, d);
    if (t.lifecycle == TrackState.TENTATIVE) {
      if (roles.initiator().review(t, d.timeS) == TrackState.CONFIRMED) {
        confirm(t);
      }
    } else if (t.lifecycle == TrackState.COASTING) {
      t.lifecycle = TrackState.CONFIRMED;
    }
    recordForSmoothing(t);
  }

  /** Books a detection on a track: altitude, hit count, last update, identity, sensor. */
  private void bookHit(LiveTrack t, Detection d) {
    updateAltitude(t, d);
    t.hits++;
    t.lastUpdateS = Math.max(t.lastUpdateS, d.timeS);
    t.identity = t.identity.mergedWith(d.identity);
    t.recordHit(d.sensorSlot, periods[d.sensorSlot], d.timeS, sitesBySlot[d.sensorSlot] != null);
    t.updatedThisCall = true;
    t.changed = true;
  }

  /**
   * Confirms a tentative track: moves it from the tentative to the confirmed filter (when they
   * differ) and gives it a number if it has none.
   */
  private void confirm(LiveTrack t) {
    t.lifecycle = TrackState.CONFIRMED;
    stageListsCurrent = false;
    if (filter != tentativeFilter) {
      // Promote from the tentative filter to the confirmed tracks' filter.
      FilterState s = filter.newState();
      GaussianState from = t.state.combined;
      GaussianState to = s.combined;
      int n = from.dimension();
      int m = to.dimension();
      for (int i = 0; i < n; i++) {
        to.x[i] = from.x[i];
        for (int j = 0; j < n; j++) {
          to.p[i * m + j] = from.p[i * n + j];
        }
      }
      for (int i = n; i < m; i++) {
        to.p[i * m + i] = initialTurnRateVariance;
      }
      to.timeS = from.timeS;
      filter.initialise(s);
      t.state = s;
      t.smoothing = null;
    }
    if (t.number == 0) {
      assignNumber(t);
    }
    t.changed = true;
  }

  /** Records a confirmed track's new filtered estimate into its smoothing window. */
  private void recordForSmoothing(LiveTrack t) {
    if (smoother == null
        || !t.isConfirmed()
        || t.state.combined.dimension() != filter.dimension()) {
      return;
    }
    if (t.smoothing == null) {
      return; // windows open in scopeSmoothing, when the track is in scope
    }
    smoother.record(t.smoothing, t.state, t.stateTime);
  }

  /** Opens or closes {@code t}'s smoothing window as its reported record enters or leaves scope. */
  private void scopeSmoothing(LiveTrack t, Track record) {
    if (smoothingScope == null || !t.isConfirmed() || t.lifecycle == TrackState.DROPPED) {
      return;
    }
    boolean wanted = smoothingScope.test(record);
    if (wanted && t.smoothing == null && t.state.combined.dimension() == filter.dimension()) {
      t.smoothing = smoother.newWindow();
      smoother.record(t.smoothing, t.state, t.stateTime);
    } else if (!wanted && t.smoothing != null) {
      smoother.flush(t.smoothing, (time, s) -> emitSmoothed(t, time, s));
      t.smoothing = null;
    }
  }

  private void emitSmoothed(LiveTrack t, Instant time, GaussianState s) {
    smoothedOut.add(reporter.reportSmoothed(t, s, time, s.timeS));
  }

  /** Gives {@code t} the next number and its id: {@code T} and at least 7 digits. */
  private void assignNumber(LiveTrack t) {
    t.number = nextNumber++;
    String digits = Long.toString(t.number);
    t.id =
        digits.length() >= 7 ? "T" + digits : "T" + "0000000".substring(digits.length()) + digits;
  }

  /**
   * Sensor looks per second at (e, n): the sum of 1/period over the registered sensors whose
   * instrumented range covers the point (unregistered sensors add theirs on their first hit).
   */
  private double coverageRateHz(double e, double n) {
    double rate = 0;
    for (int slot = 0; slot < slots.size(); slot++) {
      SensorSite site = sitesBySlot[slot];
      if (site != null) {
        double de = e - site.siteEastM();
        double dn = n - site.siteNorthM();
        double r = site.sensor().maxRangeM();
        if (de * de + dn * dn <= r * r) {
          rate += 1.0 / periods[slot];
        }
      }
    }
    return rate;
  }

  private Track toTrack(LiveTrack t, Instant time, double timeS, boolean predict) {
    GaussianState s = t.state.combined;
    if (predict && timeS != s.timeS) {
      Stage stage = t.lifecycle == TrackState.TENTATIVE ? tentativeStage : confirmedStage;
      stage.filter.predict(t.state, timeS, stage.spare);
      s = stage.spare.combined;
    }
    return reporter.report(t, s, time, timeS, !predict || t.updatedThisCall);
  }

  /** Feeds a detection's altitude (reported or from elevation, not assumed) to the track. */
  private void updateAltitude(LiveTrack t, Detection d) {
    if (!d.altitudeAssumed && !Double.isNaN(d.altitudeM)) {
      double var =
          Double.isNaN(d.varAltitudeM2)
              ? config.reportedAltitudeSigmaM() * config.reportedAltitudeSigmaM()
              : d.varAltitudeM2;
      t.altitude.update(d.altitudeM, var, d.timeS, config.climbDensity());
    }
  }

  private int slotOf(String sensorId) {
    if (sensorId == lastSensorId || sensorId.equals(lastSensorId)) { // consecutive ones share it
      return lastSlot;
    }
    int found = slotOfId(sensorId);
    lastSensorId = sensorId;
    lastSlot = found;
    return found;
  }

  private int slotOfId(String sensorId) {
    Integer slot = slots.get(sensorId);
    if (slot == null) {
      slot = slots.size();
      slots.put(sensorId, slot);
      if (periods.length <= slot) {
        periods = Arrays.copyOf(periods, 2 * periods.length);
        sitesBySlot = Arrays.copyOf(sitesBySlot, periods.length);
      }
      periods[slot] = config.defaultUpdatePeriodS();
    }
    return slot;
  }

  private double seconds(Instant t) {
    return (t.getEpochSecond() - epochSecond) + t.getNano() * 1e-9;
  }

  private static int[] grow(int[] a, int needed) {
    return needed <= a.length ? a : Arrays.copyOf(a, Math.max(needed, 2 * a.length));
  }
}
