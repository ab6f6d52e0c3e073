package org.sargas.airspace.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.airspace.zone.ZoneBoundary;
import org.sargas.model.airspace.Applicability;
import org.sargas.model.airspace.MeasurementBasis;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.airspace.Zone;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.model.track.TrackState;

/**
 * The airspace monitor stage: measures every violation of a set of protected zones by the tracks it
 * is fed, batch by batch, in event time.
 *
 * <p>For each track it keeps the previous update. Between two updates the track is assumed to move
 * along the {@link PathModel path model}'s curve; where that curve crosses a protected zone's
 * boundary, the crossing's time fraction is found exactly on the polyline approximation of the
 * curve, and the entry (exit) time and point are interpolated at that fraction. The depth of a
 * position is its geodesic distance to the zone boundary; the maximum depth is searched along the
 * interpolated path between updates, not only at the updates: depth is 1-Lipschitz along the path,
 * so a branch-and-bound bisection on fast approximate distances finds the deepest point to within
 * 0.5 m (+ 30 ppm), whose depth is then computed exactly. Origin country = the country containing
 * the last position before entry; exit country = the one containing the first position after exit
 * (either may be null: international airspace or unknown).
 *
 * <p>Hysteresis: after an exit the violation stays open for {@link MonitorSettings#closeAfterS()}
 * unless the track is already {@link MonitorSettings#closeBeyondM()} outside; a re-entry in that
 * time continues the same violation, so a track riding the border yields one violation, not many.
 * The reported exit is the last one.
 *
 * <p>Probability: the position error along the boundary normal is taken as Gaussian with the
 * track's covariance; the probability that the track really was inside is Φ(mean signed depth of
 * the track updates during the violation / their mean σ) — fully correlated errors assumed, so a
 * noisy track riding the border outside is not confirmed — or, when no update was inside (the path
 * dipped in between updates), Φ(greatest depth/σ along the path). The 95 % interval of the maximum
 * depth is the maximum depth ± 1.96 σ at the deepest point (a negative lower end means the aircraft
 * may have stayed outside). CONFIRMED at or above {@link MonitorSettings#confirmProbability()},
 * else POSSIBLE.
 *
 * <p>Events: {@code OPENED} at entry, {@code UPDATED} when the maximum depth grows by a metre or
 * the probability by 0.01 or across the threshold, {@code CLOSED} when the exit is final; a track
 * {@code DROPPED} while inside is closed at its last update. {@link #flush()} closes everything at
 * the end of the data. Each event's time is the event time of the update that caused it.
 *
 * <p>Zones are found through an STRtree over their bounding boxes; membership uses JTS's {@code
 * IndexedPointInAreaLocator} (the engine of its prepared polygons), boundary work the segment
 * STRtree of {@link ZoneBoundary}. A track update far from every zone boundary costs a point
 * location and two index probes; geodesic work is done only near or inside zones.
 *
 * <p>Not thread-safe: one monitor is owned by one thread (or one Flink key). Out-of-order or
 * repeated updates of a track (not later than its previous one) are ignored and counted.
 */
public final class AirspaceMonitor {
  private static final int MAX_CROSSINGS = 64;
  private static final double DEPTH_TOLERANCE_M = 0.5;
  private static final double MIN_INTERVAL_M = 1.0;
  private static final int MAX_DEPTH_EVALUATIONS = 400;
  private static final double COUNTRY_PROBE_M = 30.0;
  private static final double M_PER_DEG = 111_000.0;

  /** How far along the path a crossing's speed across the boundary is measured, s. */
  private static final double PROBE_S = 1.0;

  /** Geodesic vs straight longitude/latitude segment: a few metres over tens of km; pad 50 m. */
  private static final double PAD_DEG = 0.0005;

  private final CountryBorders countries;
  private final List<ZoneArea> zones;
  private final STRtree zoneIndex = new STRtree();
  private final MonitorSettings settings;
  private final MeasurementBasis basis;
  private final Map<String, TrackMemory> memories = new HashMap<>();
  private final double[] crossingBuffer = new double[MAX_CROSSINGS];
  private final double[] chordCrossings = new double[MAX_CROSSINGS];

  /** Nearest boundary point (lat, lon) and a segment hint for the next search (-1 = none). */
  private final double[] footBuffer = {0, 0, -1};

  /** Branch-and-bound work stack of (fa, depth a, fb, depth b) quadruples. */
  private double[] stack = new double[256];

  private final Envelope queryBox = new Envelope();
  private final List<ZoneArea> candidates = new ArrayList<>();

  /** Set by {@link #sample}: whether that sample grew the violation's depth or probability. */
  private boolean lastSampleGrew;

  /** Set by {@link #sampleAt}: the σ along the boundary normal of that sample. */
  private double lastSigmaM;

  private long ignoredUpdates;
  private Instant lastExpiry;

  /** What the monitor remembers of one track. */
  private static final class TrackMemory {
    Track last;
    boolean confirmed;
    final Map<String, OpenViolation> open = new LinkedHashMap<>();
    final List<ViolationEvent> pending = new ArrayList<>();

    /** Per zone id: updates within 3 σ of the boundary outside since the last violation. */
    Map<String, int[]> looks;

    /**
     * Per zone id: the first update of an unbroken run inside the zone during which no violation
     * was opened (the first-sight rules did not allow one, e.g. not yet classified as a drone).
     */
    Map<String, Track> insideSince;

    void markInside(String zoneId, Track t) {
      if (insideSince == null) {
        insideSince = new HashMap<>();
      }
      insideSince.putIfAbsent(zoneId, t);
    }

    Track takeInside(String zoneId) {
      return insideSince == null ? null : insideSince.remove(zoneId);
    }

    int takeLooks(String zoneId) {
      int[] n = looks == null ? null : looks.remove(zoneId);
      return n == null ? 0 : n[0];
    }

    void addLook(String zoneId) {
      if (looks == null) {
        looks = new HashMap<>();
      }
      looks.computeIfAbsent(zoneId, k -> new int[1])[0]++;
    }
  }

  /**
   * @param countries all loaded national territories, for origin and exit countries (may be null:
   *     then both are null)
   * @param protectedZones the zones to watch (e.g. {@code countries.nationalAirspace("LTU")})
   * @param settings tuning
   */
  public AirspaceMonitor(
      CountryBorders countries, List<ZoneArea> protectedZones, MonitorSettings settings) {
    this(countries, protectedZones, settings, MeasurementBasis.FILTERED);
  }

  /**
   * A monitor whose violations say they were measured on {@code basis} (the smoothed track's
   * monitor passes {@link MeasurementBasis#SMOOTHED}); otherwise as above.
   */
  public AirspaceMonitor(
      CountryBorders countries,
      List<ZoneArea> protectedZones,
      MonitorSettings settings,
      MeasurementBasis basis) {
    this.basis = Objects.requireNonNull(basis, "basis");
    this.countries = countries;
    this.zones = List.copyOf(protectedZones);
    this.settings = Objects.requireNonNull(settings, "settings");
    for (ZoneArea z : zones) {
      z.prepare();
      zoneIndex.insert(z.envelope(), z);
    }
    zoneIndex.build();
    if (countries != null) {
      countries.prepare();
    }
  }

  /** The watched zones. */
  public List<ZoneArea> zones() {
    return zones;
  }

  /** Updates ignored because they were not later than the track's previous update. */
  public long ignoredUpdates() {
    return ignoredUpdates;
  }

  /**
   * Processes one batch of track updates.
   *
   * @return the violation events it caused, per track in batch order
   */
  public List<ViolationEvent> evaluate(TrackBatch batch) {
    List<ViolationEvent> out = new ArrayList<>();
    for (Track t : batch.tracks()) {
      evaluate(t, out);
    }
    expire(batch.scanTime(), out);
    return out;
  }

  /**
   * Forgets tracks whose last update is more than {@link MonitorSettings#forgetAfterS()} before
   * {@code now}, closing their open violations at that update (as for a dropped track). Called by
   * {@link #evaluate(TrackBatch)} with the batch's scan time, at most once per simulated minute.
   */
  public void expire(Instant now, List<ViolationEvent> out) {
    if (lastExpiry != null && Duration.between(lastExpiry, now).getSeconds() < 60) {
      return;
    }
    lastExpiry = now;
    Instant limit = now.minusNanos(Math.round(settings.forgetAfterS() * 1e9));
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, TrackMemory> e : memories.entrySet()) {
      Track last = e.getValue().last;
      if (last != null && last.time().isBefore(limit)) {
        stale.add(e.getKey());
      }
    }
    stale.sort(null);
    for (String id : stale) {
      TrackMemory m = memories.remove(id);
      closeAll(m, now, out);
    }
  }

  /** Processes one track update, appending the events it causes to {@code out}. */
  public void evaluate(Track t, List<ViolationEvent> out) {
    if (t.state() == TrackState.DROPPED) {
      TrackMemory m = memories.remove(t.trackId());
      if (m != null) {
        closeAll(m, t.time(), out);
      }
      return;
    }
    TrackMemory m = memories.get(t.trackId());
    if (t.state() == TrackState.COASTING && !settings.useCoastingUpdates()) {
      if (m != null) {
        m.confirmed = true;
        release(m, out);
      }
      return;
    }
    if (m == null) {
      m = new TrackMemory();
      memories.put(t.trackId(), m);
    }
    Track prev = m.last;
    if (prev != null && !t.time().isAfter(prev.time())) {
      ignoredUpdates++;
      return;
    }
    if (t.state() != TrackState.TENTATIVE || settings.reportUnconfirmedTracks()) {
      m.confirmed = true;
    }
    double sigmaM = t.sigmaMajorM();
    searchBox(prev, t, 3 * sigmaM);
    candidates.clear();
    zoneIndex.query(queryBox, item -> candidates.add((ZoneArea) item));
    for (OpenViolation v : m.open.values()) {
      if (!candidates.contains(v.zone)) {
        candidates.add(v.zone);
      }
    }
    TrackPath path = null;
    for (int i = 0; i < candidates.size(); i++) {
      ZoneArea z = candidates.get(i);
      if (prev == null) {
        firstSight(m, z, t);
        continue;
      }
      OpenViolation open = m.open.get(z.id());
      boolean inNow = inside(z, t, t.position());
      if (open == null && !inNow) {
        m.takeInside(z.id());
        if (!boundaryNear(z)) {
          continue; // outside before and now, and the path cannot have touched the boundary
        }
        if (sigmaM > 0
            && z.boundary().distanceM(t.position().latDeg(), t.position().lonDeg(), null)
                < 3 * sigmaM) {
          m.addLook(z.id());
        }
      }
      if (path == null) {
        path = new TrackPath(prev, t, settings.pathModel());
      }
      step(m, z, open, inNow, path);
    }
    m.last = t;
    release(m, out);
  }

  /**
   * Whether {@code t} is within about {@code marginM} of a watched zone's boundary, or inside a
   * watched zone (horizontally; activation and altitude limits not considered): the tracks whose
   * violations this monitor may measure soon. A box query on the zone and boundary-segment indexes
   * and at most a point location per nearby zone; no geodesic work.
   */
  public boolean near(Track t, double marginM) {
    double lat = t.position().latDeg();
    double lon = t.position().lonDeg();
    double padLat = marginM / M_PER_DEG;
    double padLon = padLat / Math.max(0.05, Math.cos(Math.toRadians(Math.abs(lat) + padLat)));
    queryBox.init(lon - padLon, lon + padLon, lat - padLat, lat + padLat);
    candidates.clear();
    zoneIndex.query(queryBox, item -> candidates.add((ZoneArea) item));
    for (int i = 0; i < candidates.size(); i++) {
      ZoneArea z = candidates.get(i);
      if (boundaryNear(z) || z.contains(lat, lon)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Closes every open violation at its track's last update (end of data) and forgets all tracks.
   *
   * @return the CLOSED events (only for tracks that were reportable), in track-id order
   */
  public List<ViolationEvent> flush() {
    List<ViolationEvent> out = new ArrayList<>();
    for (TrackMemory m : new TreeMap<>(memories).values()) {
      closeAll(m, m.last == null ? null : m.last.time(), out);
    }
    memories.clear();
    return out;
  }

  private void closeAll(TrackMemory m, Instant eventTime, List<ViolationEvent> out) {
    for (OpenViolation v : m.open.values()) {
      Track last = m.last;
      Instant time = eventTime == null ? last.time() : eventTime;
      if (v.exitPending()) {
        m.pending.add(
            event(ViolationEventKind.CLOSED, time, v, v.exitTime, v.exitPoint, v.exitCountry));
      } else {
        m.pending.add(
            event(ViolationEventKind.CLOSED, time, v, last.time(), last.position(), null));
      }
    }
    m.open.clear();
    if (m.confirmed) {
      out.addAll(m.pending);
    }
    m.pending.clear();
  }

  private void release(TrackMemory m, List<ViolationEvent> out) {
    if (m.confirmed && !m.pending.isEmpty()) {
      out.addAll(m.pending);
      m.pending.clear();
    }
  }

  /**
   * Sets queryBox to the box of the path between the updates, padded for curvature and by {@code
   * extraPadM}.
   */
  private void searchBox(Track prev, Track t, double extraPadM) {
    double lat1 = t.position().latDeg();
    double lon1 = t.position().lonDeg();
    if (prev == null) {
      queryBox.init(lon1, lon1, lat1, lat1);
      return;
    }
    double lat0 = prev.position().latDeg();
    double lon0 = prev.position().lonDeg();
    double padM = extraPadM;
    if (settings.pathModel() == PathModel.HERMITE) {
      double dtS = Duration.between(prev.time(), t.time()).toNanos() / 1e9;
      double cos = Math.max(0.05, Math.cos(Math.toRadians(lat1)));
      double ve = (lon1 - lon0) * M_PER_DEG * cos / dtS;
      double vn = (lat1 - lat0) * M_PER_DEG / dtS;
      padM +=
          dtS
              * 4.0
              / 27.0
              * (Math.hypot(prev.velocityEastMps() - ve, prev.velocityNorthMps() - vn)
                  + Math.hypot(t.velocityEastMps() - ve, t.velocityNorthMps() - vn));
    }
    double padLat = PAD_DEG + padM / M_PER_DEG;
    double padLon = padLat / Math.max(0.05, Math.cos(Math.toRadians(Math.abs(lat1) + padLat)));
    queryBox.init(
        Math.min(lon0, lon1) - padLon, Math.max(lon0, lon1) + padLon,
        Math.min(lat0, lat1) - padLat, Math.max(lat0, lat1) + padLat);
  }

  private boolean boundaryNear(ZoneArea z) {
    return z.envelope().intersects(queryBox)
        && z.boundary()
            .anySegmentNear(
                queryBox.getMinX(), queryBox.getMinY(), queryBox.getMaxX(), queryBox.getMaxY());
  }

  private static boolean applies(ZoneArea z, Track t, Instant time, double altitudeM) {
    Zone zone = z.zone();
    if (!zone.containsAltitude(altitudeM) || !z.schedule().activeAt(time)) {
      return false;
    }
    Applicability a = zone.appliesTo();
    if (a == Applicability.DRONES_ONLY) {
      return t.classification().targetClass().isDrone();
    }
    if (a == Applicability.NON_COOPERATIVE_ONLY) {
      Identity id = t.identity();
      return id.icaoAddress() == null && id.remoteIdSerial() == null;
    }
    return true;
  }

  private static boolean inside(ZoneArea z, Track t, GeoPoint p) {
    return applies(z, t, t.time(), p.altitudeM()) && z.contains(p.latDeg(), p.lonDeg());
  }

  private static boolean insideAt(ZoneArea z, TrackPath path, double f, GeoPoint p) {
    return applies(z, path.to(), path.timeAt(f), p.altitudeM())
        && z.contains(p.latDeg(), p.lonDeg());
  }

  /** Whether a track found inside without an observed entry opens a violation. */
  private boolean opensOnSight(ZoneArea z, Track t) {
    return settings.firstSightKinds().contains(z.zone().kind())
        || settings.firstSightClasses().contains(t.classification().targetClass());
  }

  private void firstSight(TrackMemory m, ZoneArea z, Track t) {
    if (!inside(z, t, t.position())) {
      return;
    }
    if (!opensOnSight(z, t)) {
      m.markInside(z.id(), t);
      return;
    }
    OpenViolation v = new OpenViolation(t.trackId(), z, t.time(), t.position(), null);
    double d =
        sampleAt(v, z, t.position(), t.time(), t.varEastM2(), t.varNorthM2(), t.covEastNorthM2());
    v.updateSample(d, lastSigmaM);
    m.open.put(z.id(), v);
    m.pending.add(event(ViolationEventKind.OPENED, t.time(), v, null, null, null));
    v.markReported();
  }

  private void step(TrackMemory m, ZoneArea z, OpenViolation open, boolean inNow, TrackPath path) {
    Track t = path.to();
    int n = crossings(z, path);
    if (open == null) {
      if (!inNow && n < 2) {
        return;
      }
      if (inNow && n == 0 && inside(z, path.from(), path.from().position())) {
        insideWithoutEntry(m, z, path);
        return;
      }
      // Entry at the first crossing (or, if the boundary search found none, at this update).
      double fIn = n > 0 ? crossingBuffer[0] : 1.0;
      double fOut = inNow ? 1.0 : crossingBuffer[n - 1];
      double fMid = 0.5 * (fIn + fOut);
      if (!inNow && !insideAt(z, path, fMid, path.at(fMid))) {
        return; // grazed a corner without being inside
      }
      OpenViolation v =
          new OpenViolation(t.trackId(), z, path.timeAt(fIn), path.at(fIn), origin(path, fIn));
      if (n > 0) {
        v.entrySigmaS = crossingSigmaS(z, path, fIn, true);
      }
      v.looks = 1 + m.takeLooks(z.id());
      m.takeInside(z.id());
      double d1 = inNow ? updateSample(v, z, t, true) : 0.0; // an exit crossing has depth 0
      measure(v, z, path, fIn, fOut, 0.0, d1);
      m.open.put(z.id(), v);
      m.pending.add(event(ViolationEventKind.OPENED, t.time(), v, null, null, null));
      v.markReported();
      if (!inNow) {
        exit(m, v, path, fOut);
      }
      return;
    }
    boolean wasIn = !open.exitPending();
    double fStart = wasIn ? 0.0 : n > 0 ? crossingBuffer[0] : 1.0;
    double fEnd = inNow ? 1.0 : n > 0 ? crossingBuffer[n - 1] : 0.0;
    boolean reentered = !wasIn && (inNow || n >= 2);
    double d0 = wasIn ? open.lastUpdateDepthM : 0.0; // else fStart is a crossing: depth 0
    double d1 = 0.0;
    if (inNow) {
      open.clearExit();
      d1 = updateSample(open, z, t, true);
    }
    if (wasIn || reentered) {
      double fTo = Math.max(fStart, fEnd);
      measure(open, z, path, fStart, fTo, d0, fTo == 1.0 && inNow ? d1 : 0.0);
    }
    if (!inNow) {
      if (wasIn || reentered) {
        exit(m, open, path, fEnd);
        if (!m.open.containsKey(z.id())) {
          return; // closed at once
        }
      } else if (Duration.between(open.exitTime, t.time()).toNanos() / 1e9 >= settings.closeAfterS()
          || outsideByM(z, t) >= settings.closeBeyondM()) {
        m.open.remove(z.id());
        m.pending.add(
            event(
                ViolationEventKind.CLOSED,
                t.time(),
                open,
                open.exitTime,
                open.exitPoint,
                open.exitCountry));
        return;
      } else {
        updateSample(open, z, t, false);
      }
    }
    if (open.changedSinceReported(settings.confirmProbability())) {
      m.pending.add(event(ViolationEventKind.UPDATED, t.time(), open, null, null, null));
      open.markReported();
    }
  }

  /**
   * A track inside at both updates without a violation (it was not allowed one on sight): if it is
   * now (e.g. newly classified as a drone), the violation opens with the entry at the first update
   * of its run inside, origin unknown.
   */
  private void insideWithoutEntry(TrackMemory m, ZoneArea z, TrackPath path) {
    Track t = path.to();
    if (!opensOnSight(z, t)) {
      m.markInside(z.id(), path.from());
      return;
    }
    Track since = m.takeInside(z.id());
    if (since == null) {
      since = path.from();
    }
    OpenViolation v = new OpenViolation(t.trackId(), z, since.time(), since.position(), null);
    double d1 = updateSample(v, z, t, true);
    measure(v, z, path, 0.0, 1.0, Double.NaN, d1);
    m.open.put(z.id(), v);
    m.pending.add(event(ViolationEventKind.OPENED, t.time(), v, null, null, null));
    v.markReported();
  }

  /** Records an exit at fOut; closes the violation now if the hysteresis is already satisfied. */
  private void exit(TrackMemory m, OpenViolation v, TrackPath path, double fOut) {
    v.markExit(
        path.timeAt(fOut),
        path.at(fOut),
        exitCountry(path, fOut),
        crossingSigmaS(v.zone, path, fOut, false));
    Track t = path.to();
    double sinceS = Duration.between(v.exitTime, t.time()).toNanos() / 1e9;
    if (sinceS >= settings.closeAfterS() || outsideByM(v.zone, t) >= settings.closeBeyondM()) {
      m.open.remove(v.zone.id());
      m.pending.add(
          event(ViolationEventKind.CLOSED, t.time(), v, v.exitTime, v.exitPoint, v.exitCountry));
    }
  }

  /**
   * Adds the update's signed depth and σ to the violation's probability evidence; returns the
   * (unsigned) distance to the boundary.
   */
  private double updateSample(OpenViolation v, ZoneArea z, Track t, boolean in) {
    GeoPoint p = t.position();
    double d = z.boundary().distanceM(p.latDeg(), p.lonDeg(), footBuffer);
    double sigma = sigmaTowardFoot(p, t.varEastM2(), t.varNorthM2(), t.covEastNorthM2());
    v.updateSample(in ? d : -d, sigma);
    if (in) {
      lastSampleGrew = v.sample(d, sigma, t.time(), p);
    }
    return d;
  }

  private double outsideByM(ZoneArea z, Track t) {
    if (settings.closeBeyondM() == 0) {
      return 0;
    }
    return z.boundary().distanceM(t.position().latDeg(), t.position().lonDeg(), null);
  }

  private ViolationEvent event(
      ViolationEventKind kind,
      Instant time,
      OpenViolation v,
      Instant exitTime,
      GeoPoint exitPoint,
      String exitCountry) {
    return new ViolationEvent(
        kind,
        time,
        v.snapshot(exitTime, exitPoint, exitCountry, settings.confirmProbability(), basis));
  }

  /**
   * 1-σ of the time of the boundary crossing at fraction {@code f}: the position σ along the
   * boundary normal divided by the speed across the boundary, both taken about a second of path
   * inside the zone from the crossing (towards later for an entry, earlier for an exit). NaN when
   * the path gives no speed across the boundary.
   */
  private double crossingSigmaS(ZoneArea z, TrackPath path, double f, boolean entry) {
    double dtS = path.durationS();
    if (!(dtS > 0)) {
      return Double.NaN;
    }
    double df = Math.min(0.25, PROBE_S / dtS);
    double probe = entry ? Math.min(1.0, f + df) : Math.max(0.0, f - df);
    if (probe == f) {
      return Double.NaN;
    }
    GeoPoint p = path.sampleAt(probe);
    double depthM = z.boundary().distanceM(p.latDeg(), p.lonDeg(), footBuffer);
    double rateMps = depthM / (Math.abs(probe - f) * dtS);
    double[] cov = path.covarianceAt(f);
    double sigmaM = sigmaTowardFoot(p, cov[0], cov[1], cov[2]);
    return rateMps > 0 ? sigmaM / rateMps : Double.NaN;
  }

  /** Crossing fractions of the path with the zone boundary into crossingBuffer; returns count. */
  private int crossings(ZoneArea z, TrackPath path) {
    ZoneBoundary b = z.boundary();
    int n = 0;
    int chords = path.chords();
    for (int i = 0; i < chords && n < MAX_CROSSINGS; i++) {
      int k =
          b.crossings(
              path.chordLon(i),
              path.chordLat(i),
              path.chordLon(i + 1),
              path.chordLat(i + 1),
              chordCrossings);
      for (int j = 0; j < k && n < MAX_CROSSINGS; j++) {
        crossingBuffer[n++] = (i + chordCrossings[j]) / chords;
      }
    }
    return n;
  }

  /** The country the track came from: at the update before entry, else just before the entry. */
  private String origin(TrackPath path, double fIn) {
    return country(path.from().position(), path, fIn - COUNTRY_PROBE_M / path.lengthM());
  }

  /** The country the track went to: at the update after exit, else just after the exit. */
  private String exitCountry(TrackPath path, double fOut) {
    return country(path.to().position(), path, fOut + COUNTRY_PROBE_M / path.lengthM());
  }

  private String country(GeoPoint first, TrackPath path, double fallbackF) {
    if (countries == null) {
      return null;
    }
    String c = countries.countryAt(first.latDeg(), first.lonDeg());
    if (c == null && path.lengthM() > 0) {
      GeoPoint q = path.at(Math.max(0, Math.min(1, fallbackF)));
      c = countries.countryAt(q.latDeg(), q.lonDeg());
    }
    return c;
  }

  /**
   * Finds the deepest point of the path over [fa, fb] by branch and bound: depth is 1-Lipschitz
   * along the path, so an interval whose ends have depths dA, dB and whose length is at most len
   * holds nothing deeper than (dA + dB + len) / 2; intervals that cannot beat the violation's
   * maximum (by more than 0.5 m) are dropped, the others halved down to 1 m. Depths known at the
   * ends may be passed (NaN = unknown). Returns whether the maximum depth or probability grew.
   */
  private boolean measure(
      OpenViolation v,
      ZoneArea z,
      TrackPath path,
      double fa,
      double fb,
      double knownDa,
      double knownDb) {
    if (fb < fa) {
      return false;
    }
    // The search runs on fast approximate depths; the deepest candidate is then measured exactly.
    double bestF = Double.NaN;
    double bestD = Double.NEGATIVE_INFINITY;
    double da = knownDa;
    if (Double.isNaN(da)) {
      da = approxDepth(z, path, fa);
      bestF = fa;
      bestD = da;
    }
    double db = fb == fa ? da : knownDb;
    if (Double.isNaN(db)) {
      db = approxDepth(z, path, fb);
      if (db > bestD) {
        bestF = fb;
        bestD = db;
      }
    }
    double lengthPerF = path.pathLengthUpperBoundM() * (path.curved() ? 1.25 : 1.0);
    int sp = fb > fa ? push(0, fa, da, fb, db) : 0;
    int evaluations = 0;
    while (sp > 0 && evaluations < MAX_DEPTH_EVALUATIONS) {
      sp -= 4;
      double a = stack[sp];
      double dA = stack[sp + 1];
      double b = stack[sp + 2];
      double dB = stack[sp + 3];
      double len = (b - a) * lengthPerF;
      double floor = Math.max(v.maxDepthM, bestD);
      if ((dA + dB + len) / 2 <= floor + DEPTH_TOLERANCE_M || len < MIN_INTERVAL_M) {
        continue;
      }
      double m = (a + b) / 2;
      double dm = approxDepth(z, path, m);
      evaluations++;
      if (dm > bestD) {
        bestD = dm;
        bestF = m;
      }
      // The more promising half goes on top of the stack.
      if (dA > dB) {
        sp = push(sp, m, dm, b, dB);
        sp = push(sp, a, dA, m, dm);
      } else {
        sp = push(sp, a, dA, m, dm);
        sp = push(sp, m, dm, b, dB);
      }
    }
    if (bestD > 0 && bestD > v.maxDepthM - DEPTH_TOLERANCE_M) {
      sample(v, z, path, bestF);
      return lastSampleGrew;
    }
    return false;
  }

  /** Approximate depth at fraction f (mid-latitude distance), 0 when outside. */
  private double approxDepth(ZoneArea z, TrackPath path, double f) {
    GeoPoint p = path.sampleAt(f);
    if (!insideAt(z, path, f, p)) {
      return 0;
    }
    return z.boundary().approxDistanceM(p.latDeg(), p.lonDeg(), footBuffer);
  }

  private int push(int sp, double a, double da, double b, double db) {
    if (sp + 4 > stack.length) {
      stack = Arrays.copyOf(stack, stack.length * 2);
    }
    stack[sp] = a;
    stack[sp + 1] = da;
    stack[sp + 2] = b;
    stack[sp + 3] = db;
    return sp + 4;
  }

  /** Depth at fraction f if inside (recorded into v), else -1. */
  private double sample(OpenViolation v, ZoneArea z, TrackPath path, double f) {
    lastSampleGrew = false;
    GeoPoint p = path.sampleAt(f);
    if (!insideAt(z, path, f, p)) {
      return -1;
    }
    double[] cov = path.covarianceAt(f);
    return sampleAt(v, z, p, path.timeAt(f), cov[0], cov[1], cov[2]);
  }

  private double sampleAt(
      OpenViolation v, ZoneArea z, GeoPoint p, Instant time, double vE, double vN, double cEN) {
    double d = z.boundary().distanceM(p.latDeg(), p.lonDeg(), footBuffer);
    double sigma = sigmaTowardFoot(p, vE, vN, cEN);
    lastSigmaM = sigma;
    lastSampleGrew = v.sample(d, sigma, time, p);
    return d;
  }

  /** 1-σ of the position error along the direction to footBuffer (the nearest boundary point). */
  private double sigmaTowardFoot(GeoPoint p, double vE, double vN, double cEN) {
    // Unit vector towards the nearest boundary point, in local metres.
    double dn = Math.toRadians(footBuffer[0] - p.latDeg()) * Wgs84.A_M;
    double de =
        Math.toRadians(footBuffer[1] - p.lonDeg())
            * Wgs84.A_M
            * Math.cos(Math.toRadians(p.latDeg()));
    double len = Math.hypot(de, dn);
    double var;
    if (len > 0) {
      double ue = de / len;
      double un = dn / len;
      var = ue * ue * vE + un * un * vN + 2 * ue * un * cEN;
    } else {
      var = Math.max(vE, vN);
    }
    return Math.sqrt(Math.max(0, var));
  }
}
