package org.sargas.track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.model.track.TrackState;
import org.sargas.track.association.DataAssociator;
import org.sargas.track.association.Gater;
import org.sargas.track.association.GatedPairs;
import org.sargas.track.association.GlobalNearestNeighbourAssociator;
import org.sargas.track.association.GridIndex;
import org.sargas.track.association.JointProbabilisticAssociator;
import org.sargas.track.association.MahalanobisGater;
import org.sargas.track.classification.RuleBasedClassifier;
import org.sargas.track.filter.ConstantVelocityModel;
import org.sargas.track.filter.CoordinatedTurnModel;
import org.sargas.track.filter.FilterState;
import org.sargas.track.filter.GaussianState;
import org.sargas.track.filter.ImmTrackFilter;
import org.sargas.track.filter.Innovation;
import org.sargas.track.filter.KalmanTrackFilter;
import org.sargas.track.filter.KalmanUpdater;
import org.sargas.track.filter.TrackFilter;
import org.sargas.track.filter.TransitionModel;
import org.sargas.track.filter.UnscentedKalmanUpdater;
import org.sargas.track.filter.Updater;
import org.sargas.track.lifecycle.Deleter;
import org.sargas.track.lifecycle.Initiator;
import org.sargas.track.lifecycle.LiveTrack;
import org.sargas.track.lifecycle.MOfNInitiator;
import org.sargas.track.lifecycle.SilenceDeleter;
import org.sargas.track.measurement.BearingTriangulator;
import org.sargas.track.measurement.Detection;
import org.sargas.track.measurement.DetectionKind;
import org.sargas.track.measurement.ObservationConverter;
import org.sargas.track.measurement.SensorSite;

/**
 * The multi-target tracking loop: convert, then for each run of consecutive detections of one
 * sensor (a group) predict, pre-gate, gate, associate and update — confirmed tracks first, then
 * tentative ones, then initiate from what is left — and finally review every track's life cycle
 * at the scan time.
 *
 * <p>Determinism: observations are sorted by (event time, sensor id); tracks are visited in
 * creation order; association breaks ties by index. Track ids ({@code T0000001}, ...) are given
 * at confirmation, in confirmation order. Not thread-safe: one owner thread.
 *
 * <p>Frame: the region's local tangent plane; a track's horizontal state is the point on the
 * ellipsoid below the target, its altitude is filtered separately from reports that carry one.
 * Output velocities are east/north in the region frame, m/s.
 */
public final class MultiTargetTracker implements Tracker {
  private static final Comparator<Observation> EVENT_ORDER =
      Comparator.comparing(Observation::time).thenComparing(Observation::sensorId);
  private static final Comparator<LiveTrack> BY_NUMBER =
      (a, b) -> a.number != b.number ? Long.compare(a.number, b.number) : Long.compare(a.sequence, b.sequence);
  /**
   * Largest number of position detections in a group that are pre-gated by brute force; larger
   * groups go through the grid index. Speed only: both find the same candidates.
   */
  private static final int BRUTE_FORCE_LIMIT = 8;

  private final LocalTangentPlane region;
  private final TrackerConfig config;
  private final ObservationConverter converter;
  private final TrackFilter filter;
  private final TrackFilter tentativeFilter;
  private final double initialTurnRateVariance;
  private final Updater updater;
  private final Gater gater;
  private final DataAssociator associator;
  private final DataAssociator tentativeAssociator;
  private final Initiator initiator;
  private final Deleter deleter;

  private final Map<String, Integer> slots = new HashMap<>();
  private double[] periods = new double[8];
  private SensorSite[] sitesBySlot = new SensorSite[8];

  private final List<LiveTrack> tracks = new ArrayList<>();
  private long nextSequence = 1;
  private long nextNumber = 1;
  private long epochSecond = Long.MIN_VALUE;
  private double latestTimeS = Double.NEGATIVE_INFINITY;
  private long observationCount;
  private long rejectedCount;
  private long lateCount;
  private String lastRejection;

  // Scratch, reused across calls.
  private Detection[] pool = new Detection[0];
  private FilterState atMid;
  private FilterState atDetection;
  private FilterState tentativeAtMid;
  private FilterState tentativeAtDetection;
  private final Innovation inn;
  private final TrackReporter reporter;
  private final BearingTriangulator triangulator;
  private final Detection fix = new Detection();
  private Detection[] mixtureDetections = new Detection[8];
  private double[] mixtureWeights = new double[8];
  private final GridIndex grid = new GridIndex();
  private final GatedPairs pairs = new GatedPairs();
  private double[] gridEast = new double[64];
  private double[] gridNorth = new double[64];
  private int[] local = new int[64];
  private int[] candidates = new int[64];
  private final int[] candidateCount = new int[1];
  private double[] missCost = new double[64];
  private LiveTrack[] stageTracks = new LiveTrack[64];

  /**
   * A tracker for a region.
   *
   * @param region the region's tangent plane (tracking frame)
   * @param sensors registered sensors by id (radar and bearing sensors must be registered;
   *     position reports from unregistered sensors are accepted with {@link
   *     TrackerConfig#defaultUpdatePeriodS()})
   * @param config tuning
   */
  public MultiTargetTracker(
      LocalTangentPlane region, Map<String, Sensor> sensors, TrackerConfig config) {
    this.region = Objects.requireNonNull(region, "region");
    this.reporter = new TrackReporter(region, new RuleBasedClassifier());
    this.config = Objects.requireNonNull(config, "config");
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
    this.filter = filterFor(config);
    this.tentativeFilter =
        config.motionModel() == MotionModelKind.CV
            ? filter
            : new KalmanTrackFilter(
                new ConstantVelocityModel(config.accelerationDensity()), updaterFor(config, 4));
    this.updater = updaterFor(config, filter.dimension());
    this.gater = new MahalanobisGater(updater, config.gateDistance2());
    this.tentativeAssociator = new GlobalNearestNeighbourAssociator();
    this.associator =
        config.associator() == AssociatorKind.JPDA
            ? new JointProbabilisticAssociator(
                config.detectionProbability(), config.gateProbability(),
                config.clutterDensityPerM2(), config.maxJointEvents())
            : tentativeAssociator;
    this.initiator =
        new MOfNInitiator(
            config.confirmHits(), config.confirmWindow(), tentativeFilter, config.maxSpeedMps(),
            config.initialTurnRateSigmaRadPerS());
    this.initialTurnRateVariance = Math.pow(config.initialTurnRateSigmaRadPerS(), 2);
    this.deleter =
        new SilenceDeleter(
            config.coastAfterPeriods(), config.dropAfterPeriods(), config.maxPositionSigmaM());
    this.atMid = filter.newState();
    this.atDetection = filter.newState();
    this.tentativeAtMid = tentativeFilter.newState();
    this.tentativeAtDetection = tentativeFilter.newState();
    this.inn = new Innovation(filter.dimension());
    this.triangulator =
        new BearingTriangulator(
            config.triangulationWindowS(),
            config.maxSpeedMps() / config.triangulationSpeedSigmas(),
            config.triangulationMinCrossingRad());
  }

  /** The filter {@code config} asks for. */
  static TrackFilter filterFor(TrackerConfig config) {
    if (config.motionModel() == MotionModelKind.CV) {
      return new KalmanTrackFilter(new ConstantVelocityModel(config.accelerationDensity()), updaterFor(config, 4));
    }
    TransitionModel[] models = {
      new ConstantVelocityModel(config.quietAccelerationDensity(), 5),
      new CoordinatedTurnModel(config.turnAccelerationDensity(), config.turnRateDensity())
    };
    return new ImmTrackFilter(
        models,
        new double[] {config.straightSojournS(), config.turnSojournS()},
        new double[] {1 - config.initialTurnProbability(), config.initialTurnProbability()},
        updaterFor(config, 5));
  }

  /** The updater {@code config} asks for: extended or unscented for bearings (same for positions). */
  static Updater updaterFor(TrackerConfig config, int stateDimension) {
    return config.unscentedBearings()
        ? new UnscentedKalmanUpdater(stateDimension)
        : new KalmanUpdater(stateDimension);
  }

  /** The configuration. */
  public TrackerConfig config() {
    return config;
  }

  /** Counters since construction. */
  public TrackerCounters counters() {
    return new TrackerCounters(observationCount, rejectedCount, lateCount, lastRejection);
  }

  /** Number of live tracks (all states). */
  public int liveTrackCount() {
    return tracks.size();
  }

  @Override
  public TrackBatch process(Instant scanTime, List<Observation> observations) {
    if (epochSecond == Long.MIN_VALUE) {
      epochSecond = scanTime.getEpochSecond();
      for (Observation o : observations) {
        epochSecond = Math.min(epochSecond, o.time().getEpochSecond());
      }
    }
    double scanS = seconds(scanTime);
    int count = convert(observations);
    for (int i = 0; i < count; ) {
      int j = i + 1;
      while (j < count && pool[j].sensorSlot == pool[i].sensorSlot) {
        j++;
      }
      processGroup(i, j);
      i = j;
    }
    if (count > 0) {
      latestTimeS = Math.max(latestTimeS, pool[count - 1].timeS);
    }
    reviewLifecycles(scanS);
    return new TrackBatch(scanTime, collectOutput(scanTime, scanS));
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
      if (t.isConfirmed() || (withTentative && t.number > 0 && t.lifecycle == TrackState.TENTATIVE)) {
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

  private int convert(List<Observation> observations) {
    Observation[] sorted = observations.toArray(new Observation[0]);
    boolean inOrder = true;
    for (int i = 1; i < sorted.length && inOrder; i++) {
      inOrder = EVENT_ORDER.compare(sorted[i - 1], sorted[i]) <= 0;
    }
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
    return count;
  }

  private void processGroup(int from, int to) {
    associateStage(from, to, true);
    if (filter != tentativeFilter) {
      recoverManoeuvring(from, to);
    }
    associateStage(from, to, false);
    for (int k = from; k < to; k++) {
      Detection d = pool[k];
      if (d.used) {
        continue;
      }
      int hits = 1;
      Detection start = d;
      if (d.kind == DetectionKind.BEARING) {
        SensorSite site = sitesBySlot[d.sensorSlot];
        hits = triangulator.offer(d, site.sensor().maxRangeM(), fix);
        if (hits < 2) {
          continue;
        }
        start = fix;
      }
      LiveTrack t = initiator.initiate(start, nextSequence);
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
    }
  }

  private void associateStage(int from, int to, boolean confirmedStage) {
    int nT = 0;
    for (LiveTrack t : tracks) {
      if (confirmedStage ? t.isConfirmed() : t.lifecycle == TrackState.TENTATIVE) {
        if (nT == stageTracks.length) {
          stageTracks = Arrays.copyOf(stageTracks, 2 * nT);
        }
        stageTracks[nT++] = t;
      }
    }
    if (nT == 0) {
      return;
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
    if (nD == 0) {
      return;
    }
    double t0 = pool[local[0]].timeS;
    double t1 = pool[local[nD - 1]].timeS;
    double mid = 0.5 * (t0 + t1);
    double halfSpan = 0.5 * (t1 - t0);
    boolean useGrid = allPositions && nD > BRUTE_FORCE_LIMIT;
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
    if (missCost.length < nT) {
      missCost = new double[Math.max(nT, 2 * missCost.length)];
    }
    pairs.clear();
    double gate = gater.gateDistance2();
    TrackFilter f = confirmedStage ? filter : tentativeFilter;
    FilterState scratch = confirmedStage ? atDetection : tentativeAtDetection;
    // A group at one event time (a scan): each track is predicted to it once, in place (by
    // swapping the state with the scratch), and gated and updated there. A group spread in time
    // (rotating radar plots): predictions go to scratch, per detection time.
    boolean sameTime = halfSpan == 0;
    for (int ti = 0; ti < nT; ti++) {
      LiveTrack t = stageTracks[ti];
      FilterState predicted;
      if (sameTime) {
        FilterState spare = confirmedStage ? atMid : tentativeAtMid;
        f.predict(t.state, mid, spare);
        if (confirmedStage) {
          atMid = t.state;
        } else {
          tentativeAtMid = t.state;
        }
        t.state = spare;
        predicted = spare;
      } else {
        predicted = confirmedStage ? atMid : tentativeAtMid;
        f.predict(t.state, mid, predicted);
      }
      GaussianState pm = predicted.combined;
      double pee = pm.variance(GaussianState.EAST);
      double pnn = pm.variance(GaussianState.NORTH);
      double pen = pm.covariance(GaussianState.EAST, GaussianState.NORTH);
      double tr = pee + pnn;
      double lambda = tr / 2 + Math.sqrt(Math.max(0, tr * tr / 4 - (pee * pnn - pen * pen)));
      double ve0 = pm.x[GaussianState.VEAST];
      double vn0 = pm.x[GaussianState.VNORTH];
      double speed =
          Math.sqrt(ve0 * ve0 + vn0 * vn0)
              + config.preGateSpeedSigmas() * Math.sqrt(
                  Math.max(pm.variance(GaussianState.VEAST), pm.variance(GaussianState.VNORTH)));
      double reach = t.identity.isEmpty() ? gate : config.identityGateDistance2();
      double radius = Math.sqrt(reach * (lambda + maxDetVar)) + speed * halfSpan;
      double ce = pm.x[GaussianState.EAST];
      double cn = pm.x[GaussianState.NORTH];
      int nc;
      if (useGrid) {
        candidates = grid.query(ce - radius, cn - radius, ce + radius, cn + radius, candidates,
            candidateCount);
        nc = candidateCount[0];
      } else {
        candidates = grow(candidates, nD);
        for (int i = 0; i < nD; i++) {
          candidates[i] = i;
        }
        nc = nD;
      }
      double minLogDet = Double.POSITIVE_INFINITY;
      for (int c = 0; c < nc; c++) {
        int di = candidates[c];
        Detection d = pool[local[di]];
        if (d.kind == DetectionKind.POSITION
            && (Math.abs(d.eastM - ce) > radius || Math.abs(d.northM - cn) > radius)) {
          continue;
        }
        int relation = identityRelation(t.identity, d.identity);
        if (relation < 0) {
          continue;
        }
        if (d.altitudeAssumed) {
          projectFor(t, d);
        }
        FilterState at = predicted;
        if (d.timeS != mid) {
          f.predict(t.state, d.timeS, scratch);
          at = scratch;
        }
        double d2 = updater.innovation(at.combined, d, inn);
        double limit = relation > 0 ? config.identityGateDistance2() : gate;
        if (!(d2 <= limit) && at.modes.length > 1) {
          d2 = gateByMode(at, d, limit);
        }
        if (!(d2 <= limit)) {
          continue;
        }
        double cost = inn.negLogLikelihood() - (relation > 0 ? config.identityBonus() : 0.0);
        pairs.add(ti, di, cost);
        minLogDet = Math.min(minLogDet, inn.logDetS);
      }
      missCost[ti] = 0.5 * (gate + (Double.isInfinite(minLogDet) ? 0.0 : minLogDet));
    }
    if (pairs.size() == 0) {
      return;
    }
    DataAssociator a = confirmedStage ? associator : tentativeAssociator;
    a.associate(pairs, nT, nD, missCost);
    if (a.isHard()) {
      for (int k = 0; k < pairs.size(); k++) {
        if (pairs.weight(k) > 0.5) {
          int ti = pairs.track(k);
          applyUpdate(stageTracks[ti], pool[local[pairs.detection(k)]], f, scratch);
        }
      }
    } else {
      applyMixtures(f, scratch);
    }
  }

  /**
   * Gates {@code d} against each IMM mode of {@code at} (the moment-matched combination of a
   * mostly-straight track is tighter than its turn mode, so a plot at the onset of a turn can fall
   * outside the combination's gate yet inside the turn mode's): the smallest squared distance of
   * the modes, its innovation left in {@link #inn}; NaN if no mode gates it within {@code limit}.
   */
  private double gateByMode(FilterState at, Detection d, double limit) {
    double best = Double.NaN;
    int bestMode = -1;
    for (int j = 0; j < at.modes.length; j++) {
      double dj = updater.innovation(at.modes[j], d, inn);
      if (dj <= limit && !(dj >= best)) {
        best = dj;
        bestMode = j;
      }
    }
    if (bestMode >= 0) {
      updater.innovation(at.modes[bestMode], d, inn);
    }
    return best;
  }

  /**
   * Manoeuvre recovery: a confirmed IMM track that got no plot of this group, although a plot no
   * other track took lies within the gate of its prediction inflated by an unmodelled
   * acceleration of {@link TrackerConfig#manoeuvreAccelerationMps2()} over its silence (at most {@link
   * TrackerConfig#manoeuvreMaxSilenceS()}), is updated with the
   * nearest such plot from that inflated prediction, its modes reset to even odds. A target that
   * starts a hard turn thus keeps its track instead of coasting while a new track is initiated on
   * its plots. Runs after the confirmed tracks' association, before the tentative tracks'.
   */
  private void recoverManoeuvring(int from, int to) {
    double gate = gater.gateDistance2();
    double gateSigmas = Math.sqrt(gate);
    int unused = 0;
    double groupStartS = pool[from].timeS;
    double latestUnusedS = Double.NEGATIVE_INFINITY;
    for (int k = from; k < to; k++) {
      if (!pool[k].used && pool[k].kind == DetectionKind.POSITION) {
        unused++;
        latestUnusedS = Math.max(latestUnusedS, pool[k].timeS);
      }
    }
    if (unused == 0) {
      return;
    }
    for (LiveTrack t : tracks) {
      // Only tracks that this group missed: one updated within the group (from its first plot's
      // time on) is not manoeuvring out of its gate; nor can a track updated after every unused plot.
      if (!t.isConfirmed() || t.state.modes.length < 2 || t.lastUpdateS >= latestUnusedS
          || t.lastUpdateS >= groupStartS) {
        continue;
      }
      GaussianState c = t.state.combined;
      int n = c.dimension();
      double sigmaPositionM =
          Math.sqrt(c.p[GaussianState.EAST * n + GaussianState.EAST]
              + c.p[GaussianState.NORTH * n + GaussianState.NORTH]);
      double sigmaVelocityMps =
          Math.sqrt(c.p[GaussianState.VEAST * n + GaussianState.VEAST]
              + c.p[GaussianState.VNORTH * n + GaussianState.VNORTH]);
      double speedMps = Math.hypot(c.x[GaussianState.VEAST], c.x[GaussianState.VNORTH]);
      Detection best = null;
      double bestD2 = gate;
      for (int k = from; k < to; k++) {
        Detection d = pool[k];
        if (d.used || d.kind != DetectionKind.POSITION || d.timeS <= t.lastUpdateS
            || d.timeS - t.lastUpdateS > config.manoeuvreMaxSilenceS()
            || identityRelation(t.identity, d.identity) < 0) {
          continue;
        }
        // Cheap necessary condition before the IMM prediction: the plot must lie within the gate's
        // reach of the straight-line extrapolation, widened by every term the inflated prediction
        // can add (position and velocity spread, the manoeuvre allowance, a turn of up to
        // 0.25 rad/s bending the path, the plot's own noise). Keeps recovery O(plots near tracks).
        double dt = Math.max(0, d.timeS - c.timeS);
        double reachM =
            gateSigmas
                    * (sigmaPositionM + sigmaVelocityMps * dt
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
        double d2 = updater.innovation(atDetection.combined, d, inn);
        if (d2 <= bestD2) {
          bestD2 = d2;
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
   * {@code t} predicted to {@code timeS} into {@code out}, every mode's (and the combination's)
   * covariance grown by a constant unknown acceleration of {@link TrackerConfig#manoeuvreAccelerationMps2()}
   * per horizontal axis acting since the last update: position {@code (a T²/2)²}, velocity
   * {@code (a T)²}, their covariance {@code a² T³/2}.
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

  /** JPDA: each track is updated with the weighted mixture of its gated detections. */
  private void applyMixtures(TrackFilter f, FilterState scratch) {
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
        if (w <= 1e-9) {
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
      LiveTrack t = stageTracks[ti];
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
          d, config.assumedAltitudeM(), config.assumedAltitudeSigmaM() * config.assumedAltitudeSigmaM());
    }
  }

  private void applyUpdate(
      LiveTrack t, Detection d, TrackFilter f, FilterState scratch) {
    d.used = true;
    if (d.altitudeAssumed) {
      projectFor(t, d);
    }
    if (t.state.timeS() == d.timeS) {
      // Already predicted to the detection's time (a same-time group): update in place.
      if (Double.isNaN(f.update(t.state, d, inn))) {
        return;
      }
    } else {
      f.predict(t.state, d.timeS, scratch);
      if (Double.isNaN(f.update(scratch, d, inn))) {
        return;
      }
      t.state.setTo(scratch);
    }
    t.stateTime = d.observation.time();
    registerHit(t, d);
  }

  private void registerHit(LiveTrack t, Detection d) {
    updateAltitude(t, d);
    t.hits++;
    t.lastUpdateS = Math.max(t.lastUpdateS, d.timeS);
    t.identity = t.identity.mergedWith(d.identity);
    t.recordHit(d.sensorSlot, periods[d.sensorSlot], d.timeS, sitesBySlot[d.sensorSlot] != null);
    t.updatedThisCall = true;
    t.changed = true;
    if (t.lifecycle == TrackState.TENTATIVE) {
      if (initiator.review(t, d.timeS) == TrackState.CONFIRMED) {
        confirm(t);
      }
    } else if (t.lifecycle == TrackState.COASTING) {
      t.lifecycle = TrackState.CONFIRMED;
    }
  }

  private void confirm(LiveTrack t) {
    t.lifecycle = TrackState.CONFIRMED;
    if (filter != tentativeFilter) {
      // Promote from the tentative constant-velocity filter to the confirmed tracks' filter.
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
    }
    if (t.number == 0) {
      assignNumber(t);
    }
    t.changed = true;
  }

  private void assignNumber(LiveTrack t) {
    t.number = nextNumber++;
    String digits = Long.toString(t.number);
    t.id = digits.length() >= 7 ? "T" + digits : "T" + "0000000".substring(digits.length()) + digits;
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

  private void reviewLifecycles(double scanS) {
    int w = 0;
    for (int i = 0; i < tracks.size(); i++) {
      LiveTrack t = tracks.get(i);
      if (t.lifecycle == TrackState.DROPPED) {
        continue; // reported last call
      }
      if (t.lifecycle == TrackState.TENTATIVE) {
        TrackState s = initiator.review(t, scanS);
        if (s == TrackState.DROPPED) {
          continue;
        }
        if (s == TrackState.CONFIRMED) {
          confirm(t);
        }
      } else {
        TrackState s = deleter.review(t, scanS);
        if (s != t.lifecycle) {
          t.lifecycle = s;
          t.changed = true;
        }
      }
      tracks.set(w++, t);
    }
    while (tracks.size() > w) {
      tracks.remove(tracks.size() - 1);
    }
  }

  private List<Track> collectOutput(Instant scanTime, double scanS) {
    List<LiveTrack> changed = new ArrayList<>();
    for (LiveTrack t : tracks) {
      if (t.changed && (t.number > 0 || config.reportTentative())) {
        changed.add(t);
      }
    }
    changed.sort(BY_NUMBER);
    List<Track> out = new ArrayList<>(changed.size());
    for (LiveTrack t : changed) {
      boolean predict = !t.updatedThisCall || t.lifecycle == TrackState.DROPPED;
      out.add(
          predict
              ? toTrack(t, scanTime, scanS, true)
              : toTrack(t, t.stateTime, t.state.timeS(), false));
    }
    for (LiveTrack t : tracks) {
      t.changed = false;
      t.updatedThisCall = false;
    }
    // Dropped tracks were reported once; forget them now.
    tracks.removeIf(t -> t.lifecycle == TrackState.DROPPED);
    return out;
  }

  private Track toTrack(LiveTrack t, Instant time, double timeS, boolean predict) {
    GaussianState s = t.state.combined;
    if (predict && timeS != s.timeS) {
      boolean tentative = t.state.modes.length == 0 && filter != tentativeFilter;
      FilterState out = tentative ? tentativeAtMid : atMid;
      (tentative ? tentativeFilter : filter).predict(t.state, timeS, out);
      s = out.combined;
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
