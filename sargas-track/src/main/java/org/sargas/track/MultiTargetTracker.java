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
import org.sargas.model.geo.GeoPoint;
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
import org.sargas.track.association.MahalanobisGater;
import org.sargas.track.filter.ConstantVelocityModel;
import org.sargas.track.filter.GaussianState;
import org.sargas.track.filter.Innovation;
import org.sargas.track.filter.KalmanPredictor;
import org.sargas.track.filter.KalmanUpdater;
import org.sargas.track.filter.Predictor;
import org.sargas.track.filter.Updater;
import org.sargas.track.lifecycle.Deleter;
import org.sargas.track.lifecycle.Initiator;
import org.sargas.track.lifecycle.LiveTrack;
import org.sargas.track.lifecycle.MOfNInitiator;
import org.sargas.track.lifecycle.SilenceDeleter;
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
  private static final double MEAN_EARTH_RADIUS_M = 6_371_000.0;
  private static final double IDENTITY_GATE_D2 = 400.0;
  private static final double IDENTITY_BONUS = 10.0;
  private static final int BRUTE_FORCE_LIMIT = 8;

  private final LocalTangentPlane region;
  private final TrackerConfig config;
  private final ObservationConverter converter;
  private final Predictor predictor;
  private final Updater updater;
  private final Gater gater;
  private final DataAssociator associator;
  private final Initiator initiator;
  private final Deleter deleter;

  private final Map<String, Integer> slots = new HashMap<>();
  private double[] periods = new double[8];

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
  private final GaussianState atMid;
  private final GaussianState atDetection;
  private final Innovation inn;
  private final GridIndex grid = new GridIndex();
  private final GatedPairs pairs = new GatedPairs();
  private double[] gridEast = new double[64];
  private double[] gridNorth = new double[64];
  private int[] local = new int[64];
  private int[] candidates = new int[64];
  private final int[] candidateCount = new int[1];
  private double[] missCost = new double[64];
  private LiveTrack[] stageTracks = new LiveTrack[64];
  private final double[] geo = new double[3];

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
    this.config = Objects.requireNonNull(config, "config");
    Map<String, SensorSite> sites = new HashMap<>();
    for (Sensor s : new TreeMap<>(sensors).values()) {
      int slot = slotOf(s.id());
      periods[slot] = s.updatePeriodS();
      sites.put(s.id(), SensorSite.of(slot, s, region));
    }
    this.converter =
        new ObservationConverter(
            region, sites, config.assumedAltitudeM(), config.assumedAltitudeSigmaM());
    ConstantVelocityModel cv = new ConstantVelocityModel(config.accelerationDensity());
    this.predictor = new KalmanPredictor(cv);
    this.updater = new KalmanUpdater(cv.dimension());
    this.gater = new MahalanobisGater(updater, config.gateDistance2());
    this.associator = new GlobalNearestNeighbourAssociator();
    this.initiator =
        new MOfNInitiator(
            config.confirmHits(), config.confirmWindow(), cv.dimension(), config.maxSpeedMps());
    this.deleter =
        new SilenceDeleter(
            config.coastAfterPeriods(), config.dropAfterPeriods(), config.maxPositionSigmaM());
    this.atMid = new GaussianState(cv.dimension());
    this.atDetection = new GaussianState(cv.dimension());
    this.inn = new Innovation(cv.dimension());
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
    List<LiveTrack> live = new ArrayList<>();
    for (LiveTrack t : tracks) {
      if (t.isConfirmed()) {
        live.add(t);
      }
    }
    live.sort(Comparator.comparingLong(t -> t.number));
    double s = seconds(time);
    List<Track> out = new ArrayList<>(live.size());
    for (LiveTrack t : live) {
      out.add(toTrack(t, time, s, true));
    }
    return out;
  }

  private int convert(List<Observation> observations) {
    Observation[] sorted = observations.toArray(new Observation[0]);
    Arrays.sort(sorted, EVENT_ORDER);
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
    associateStage(from, to, false);
    for (int k = from; k < to; k++) {
      Detection d = pool[k];
      if (d.used) {
        continue;
      }
      LiveTrack t = initiator.initiate(d, nextSequence);
      if (t == null) {
        continue;
      }
      nextSequence++;
      t.stateTime = d.observation.time();
      t.identity = d.identity;
      t.recordHit(d.sensorSlot, periods[d.sensorSlot], d.timeS);
      initAltitude(t, d);
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
    for (int k = from; k < to; k++) {
      Detection d = pool[k];
      if (!d.used) {
        local = grow(local, nD + 1);
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
    for (int ti = 0; ti < nT; ti++) {
      LiveTrack t = stageTracks[ti];
      predictor.predict(t.state, mid, atMid);
      double pee = atMid.variance(GaussianState.EAST);
      double pnn = atMid.variance(GaussianState.NORTH);
      double pen = atMid.covariance(GaussianState.EAST, GaussianState.NORTH);
      double tr = pee + pnn;
      double lambda = tr / 2 + Math.sqrt(Math.max(0, tr * tr / 4 - (pee * pnn - pen * pen)));
      double speed =
          Math.hypot(atMid.x[GaussianState.VEAST], atMid.x[GaussianState.VNORTH])
              + 3 * Math.sqrt(
                  Math.max(
                      atMid.variance(GaussianState.VEAST), atMid.variance(GaussianState.VNORTH)));
      double radius = Math.sqrt(IDENTITY_GATE_D2 * (lambda + maxDetVar)) + speed * halfSpan;
      double ce = atMid.x[GaussianState.EAST];
      double cn = atMid.x[GaussianState.NORTH];
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
        predictor.predict(t.state, d.timeS, atDetection);
        double d2 = updater.innovation(atDetection, d, inn);
        double limit = relation > 0 ? IDENTITY_GATE_D2 : gate;
        if (!(d2 <= limit)) {
          continue;
        }
        double cost = inn.negLogLikelihood() - (relation > 0 ? IDENTITY_BONUS : 0.0);
        pairs.add(ti, di, cost);
        minLogDet = Math.min(minLogDet, inn.logDetS);
      }
      missCost[ti] = 0.5 * (gate + (Double.isInfinite(minLogDet) ? 0.0 : minLogDet));
    }
    if (pairs.size() == 0) {
      return;
    }
    associator.associate(pairs, nT, nD, missCost);
    for (int k = 0; k < pairs.size(); k++) {
      if (pairs.weight(k) > 0.5) {
        applyUpdate(stageTracks[pairs.track(k)], pool[local[pairs.detection(k)]]);
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

  private void applyUpdate(LiveTrack t, Detection d) {
    d.used = true;
    if (d.altitudeAssumed && t.altitudeKnown) {
      predictAltitude(t, d.timeS);
      converter.reproject(d, t.altitudeM, t.varAltitudeM2);
    }
    predictor.predict(t.state, d.timeS, t.state);
    double d2 = updater.innovation(t.state, d, inn);
    if (Double.isNaN(d2)) {
      return;
    }
    updater.update(t.state, inn);
    if (!d.altitudeAssumed && !Double.isNaN(d.altitudeM)) {
      if (t.altitudeKnown) {
        updateAltitude(t, d);
      } else {
        initAltitude(t, d);
      }
    }
    t.hits++;
    t.lastUpdateS = Math.max(t.lastUpdateS, d.timeS);
    t.stateTime = d.observation.time();
    t.identity = t.identity.mergedWith(d.identity);
    t.recordHit(d.sensorSlot, periods[d.sensorSlot], d.timeS);
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
    t.number = nextNumber++;
    t.id = String.format("T%07d", t.number);
    t.changed = true;
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
    changed.sort(Comparator.comparingLong((LiveTrack t) -> t.number).thenComparingLong(t -> t.sequence));
    List<Track> out = new ArrayList<>(changed.size());
    for (LiveTrack t : changed) {
      boolean predict = !t.updatedThisCall || t.lifecycle == TrackState.DROPPED;
      out.add(
          predict
              ? toTrack(t, scanTime, scanS, true)
              : toTrack(t, t.stateTime, t.state.timeS, false));
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
    GaussianState s = t.state;
    if (predict && timeS != s.timeS) {
      predictor.predict(t.state, timeS, atMid);
      s = atMid;
    }
    double e = s.x[GaussianState.EAST];
    double n = s.x[GaussianState.NORTH];
    surfacePoint(e, n);
    double altitude = Double.NaN;
    double climb = 0;
    if (t.altitudeKnown) {
      double dt = timeS - t.altitudeTimeS;
      altitude = t.altitudeM + t.climbRateMps * dt;
      climb = t.climbRateMps;
    }
    String id = t.id != null ? t.id : String.format("tentative-%d", t.sequence);
    return new Track(
        id,
        time,
        new GeoPoint(geo[0], geo[1], altitude),
        s.x[GaussianState.VEAST],
        s.x[GaussianState.VNORTH],
        climb,
        s.variance(GaussianState.EAST),
        s.variance(GaussianState.NORTH),
        s.covariance(GaussianState.EAST, GaussianState.NORTH),
        t.lifecycle,
        t.identity,
        t.classification,
        t.hits);
  }

  /** Latitude and longitude into {@code geo} of the ellipsoid point with region east/north (e, n). */
  private void surfacePoint(double e, double n) {
    double u = -(e * e + n * n) / (2 * MEAN_EARTH_RADIUS_M);
    region.toGeo(e, n, u, geo);
    region.toGeo(e, n, u - geo[2], geo);
  }

  private void initAltitude(LiveTrack t, Detection d) {
    if (Double.isNaN(d.altitudeM) || d.altitudeAssumed) {
      return;
    }
    t.altitudeKnown = true;
    t.altitudeM = d.altitudeM;
    t.varAltitudeM2 = Double.isNaN(d.varAltitudeM2) ? 900.0 : d.varAltitudeM2;
    t.climbRateMps = 0;
    t.covAltitudeRate = 0;
    t.varClimbRate = 50.0 * 50.0;
    t.altitudeTimeS = d.timeS;
  }

  private void predictAltitude(LiveTrack t, double timeS) {
    double dt = timeS - t.altitudeTimeS;
    if (dt == 0) {
      return;
    }
    double adt = Math.abs(dt);
    double q = config.climbDensity();
    t.altitudeM += t.climbRateMps * dt;
    double paa = t.varAltitudeM2 + 2 * dt * t.covAltitudeRate + dt * dt * t.varClimbRate;
    double par = t.covAltitudeRate + dt * t.varClimbRate;
    t.varAltitudeM2 = paa + q * adt * adt * adt / 3;
    t.covAltitudeRate = par + q * dt * adt / 2;
    t.varClimbRate += q * adt;
    t.altitudeTimeS = timeS;
  }

  private void updateAltitude(LiveTrack t, Detection d) {
    predictAltitude(t, d.timeS);
    double r = Double.isNaN(d.varAltitudeM2) ? 900.0 : d.varAltitudeM2;
    double s = t.varAltitudeM2 + r;
    double ka = t.varAltitudeM2 / s;
    double kr = t.covAltitudeRate / s;
    double y = d.altitudeM - t.altitudeM;
    t.altitudeM += ka * y;
    t.climbRateMps += kr * y;
    double paa = t.varAltitudeM2;
    double par = t.covAltitudeRate;
    t.varAltitudeM2 = (1 - ka) * paa;
    t.covAltitudeRate = (1 - ka) * par;
    t.varClimbRate -= kr * par;
  }

  private int slotOf(String sensorId) {
    Integer slot = slots.get(sensorId);
    if (slot == null) {
      slot = slots.size();
      slots.put(sensorId, slot);
      if (periods.length <= slot) {
        periods = Arrays.copyOf(periods, 2 * periods.length);
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
