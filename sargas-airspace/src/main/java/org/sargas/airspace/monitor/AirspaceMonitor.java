package org.sargas.airspace.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.airspace.zone.ZoneBoundary;
import org.sargas.model.airspace.Applicability;
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
 * The airspace monitor stage: measures every violation of a set of protected zones by the tracks
 * it is fed, batch by batch, in event time.
 *
 * <p>For each track it keeps the previous update. Between two updates the track is assumed to
 * move along the {@link PathModel path model}'s curve; where that curve crosses a protected zone's
 * boundary, the crossing's time fraction is found exactly on the polyline approximation of the
 * curve, and the entry (exit) time and point are interpolated at that fraction. The depth of a
 * position is its geodesic distance to the zone boundary; the maximum depth is searched along the
 * interpolated path between updates (samples every {@link MonitorSettings#depthSampleStepM()},
 * then a golden-section refinement), not only at the updates. Origin country = the country
 * containing the last position before entry; exit country = the one containing the first position
 * after exit (either may be null: international airspace or unknown).
 *
 * <p>Probability: the position error along the boundary normal is taken as Gaussian with the
 * track's interpolated covariance; the probability that the track really was inside is Φ(the
 * greatest depth/σ seen during the violation), and the 95 % interval of the maximum depth is the
 * maximum depth ± 1.96 σ at the deepest point (negative values mean the aircraft may have stayed
 * outside).
 *
 * <p>Events: {@code OPENED} at entry, {@code UPDATED} when the maximum depth or the probability
 * grows, {@code CLOSED} at exit; a track {@code DROPPED} while inside is closed at its last
 * update. {@link #flush()} closes everything at the end of the data. Each event's time is the
 * event time of the update that caused it.
 *
 * <p>Not thread-safe: one monitor is owned by one thread (or one Flink key). Out-of-order or
 * repeated updates of a track (not later than its previous one) are ignored and counted.
 */
public final class AirspaceMonitor {
  private static final int MAX_CROSSINGS = 64;
  private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;
  private static final double COUNTRY_PROBE_M = 30.0;

  private final CountryBorders countries;
  private final List<ZoneArea> zones;
  private final MonitorSettings settings;
  private final Map<String, TrackMemory> memories = new HashMap<>();
  private final double[] crossingBuffer = new double[MAX_CROSSINGS];
  private final double[] footBuffer = new double[2];
  private final double[] chordCrossings = new double[MAX_CROSSINGS];
  /** Set by {@link #sample}: whether that sample grew the violation's depth or probability. */
  private boolean lastSampleGrew;
  private long ignoredUpdates;

  /** What the monitor remembers of one track. */
  private static final class TrackMemory {
    Track last;
    boolean confirmed;
    final Map<String, OpenViolation> open = new LinkedHashMap<>();
    final List<ViolationEvent> pending = new ArrayList<>();
  }

  /**
   * @param countries all loaded national territories, for origin and exit countries (may be null:
   *     then both are null)
   * @param protectedZones the zones to watch (e.g. {@code countries.nationalAirspace("LTU")})
   * @param settings tuning
   */
  public AirspaceMonitor(
      CountryBorders countries, List<ZoneArea> protectedZones, MonitorSettings settings) {
    this.countries = countries;
    this.zones = List.copyOf(protectedZones);
    this.settings = Objects.requireNonNull(settings, "settings");
    for (ZoneArea z : zones) {
      z.prepare();
    }
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
    return out;
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
    if (t.state() == TrackState.COASTING && !settings.useCoastingUpdates()) {
      TrackMemory m = memories.get(t.trackId());
      if (m != null) {
        m.confirmed = true;
        release(m, out);
      }
      return;
    }
    TrackMemory m = memories.computeIfAbsent(t.trackId(), k -> new TrackMemory());
    Track prev = m.last;
    if (prev != null && !t.time().isAfter(prev.time())) {
      ignoredUpdates++;
      return;
    }
    if (t.state() == TrackState.CONFIRMED || settings.reportUnconfirmedTracks()) {
      m.confirmed = true;
    }
    TrackPath path = null;
    for (ZoneArea z : zones) {
      OpenViolation open = m.open.get(z.id());
      if (open == null && !near(z, prev, t)) {
        continue;
      }
      if (prev == null) {
        firstSight(m, z, t);
        continue;
      }
      if (path == null) {
        path = new TrackPath(prev, t, settings.pathModel());
      }
      step(m, z, open, path);
    }
    m.last = t;
    release(m, out);
  }

  /**
   * Closes every open violation at its track's last update (end of data) and forgets all tracks.
   *
   * @return the CLOSED events (only for tracks that were reportable)
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
      m.pending.add(
          new ViolationEvent(
              ViolationEventKind.CLOSED,
              eventTime == null ? last.time() : eventTime,
              v.snapshot(last.time(), last.position(), null, settings.confirmProbability())));
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

  private static boolean near(ZoneArea z, Track prev, Track t) {
    double minLon = t.position().lonDeg();
    double maxLon = minLon;
    double minLat = t.position().latDeg();
    double maxLat = minLat;
    if (prev != null) {
      minLon = Math.min(minLon, prev.position().lonDeg());
      maxLon = Math.max(maxLon, prev.position().lonDeg());
      minLat = Math.min(minLat, prev.position().latDeg());
      maxLat = Math.max(maxLat, prev.position().latDeg());
      // Room for a curved path between the updates (Hermite bulge), about 2 km.
      double padLat = 0.02;
      double padLon = 0.02 / Math.max(0.1, Math.cos(Math.toRadians(minLat)));
      minLon -= padLon;
      maxLon += padLon;
      minLat -= padLat;
      maxLat += padLat;
    }
    return z.envelope().intersects(new Envelope(minLon, maxLon, minLat, maxLat));
  }

  private boolean applies(Zone zone, Track t) {
    if (!zone.containsAltitude(t.position().altitudeM())) {
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

  private boolean inside(ZoneArea z, Track t, GeoPoint p) {
    return applies(z.zone(), t) && z.contains(p.latDeg(), p.lonDeg());
  }

  private void firstSight(TrackMemory m, ZoneArea z, Track t) {
    boolean opens =
        settings.firstSightKinds().contains(z.zone().kind())
            || settings.firstSightClasses().contains(t.classification().targetClass());
    if (!opens || !inside(z, t, t.position())) {
      return;
    }
    OpenViolation v = new OpenViolation(t.trackId(), z, t.time(), t.position(), null);
    sampleAt(v, z, t.position(), t.time(), t.varEastM2(), t.varNorthM2(), t.covEastNorthM2());
    m.open.put(z.id(), v);
    m.pending.add(event(ViolationEventKind.OPENED, t.time(), v, null, null, null));
  }

  private void step(TrackMemory m, ZoneArea z, OpenViolation open, TrackPath path) {
    Track t = path.to();
    boolean wasIn = open != null;
    boolean inNow = inside(z, t, t.position());
    int n = crossings(z, path);
    if (!wasIn && !inNow && n < 2) {
      return;
    }
    if (!wasIn) {
      // Entry: at the first crossing (or, if the boundary search found none, at this update).
      double fIn = n > 0 ? crossingBuffer[0] : 1.0;
      double fOut = inNow ? 1.0 : crossingBuffer[n - 1];
      if (!inNow && !inside(z, t, path.at(0.5 * (fIn + fOut)))) {
        return; // grazed a corner without being inside
      }
      GeoPoint entryPoint = path.at(fIn);
      OpenViolation v =
          new OpenViolation(
              t.trackId(), z, path.timeAt(fIn), entryPoint, origin(path, fIn));
      measure(v, z, path, fIn, fOut);
      m.pending.add(event(ViolationEventKind.OPENED, t.time(), v, null, null, null));
      if (inNow) {
        m.open.put(z.id(), v);
      } else {
        close(m, v, path, fOut);
      }
      return;
    }
    double fEnd = inNow ? 1.0 : n > 0 ? crossingBuffer[n - 1] : 0.0;
    boolean grew = measure(open, z, path, 0.0, fEnd);
    if (inNow) {
      if (grew) {
        m.pending.add(event(ViolationEventKind.UPDATED, t.time(), open, null, null, null));
      }
    } else {
      m.open.remove(z.id());
      close(m, open, path, fEnd);
    }
  }

  private void close(TrackMemory m, OpenViolation v, TrackPath path, double fOut) {
    GeoPoint exitPoint = path.at(fOut);
    String exitCountry = exitCountry(path, fOut);
    m.pending.add(
        event(
            ViolationEventKind.CLOSED, path.to().time(), v, path.timeAt(fOut), exitPoint,
            exitCountry));
  }

  private ViolationEvent event(
      ViolationEventKind kind,
      Instant time,
      OpenViolation v,
      Instant exitTime,
      GeoPoint exitPoint,
      String exitCountry) {
    return new ViolationEvent(
        kind, time, v.snapshot(exitTime, exitPoint, exitCountry, settings.confirmProbability()));
  }

  /** Crossing fractions of the path with the zone boundary into crossingBuffer; returns count. */
  private int crossings(ZoneArea z, TrackPath path) {
    ZoneBoundary b = z.boundary();
    int n = 0;
    double[] local = chordCrossings;
    int chords = path.chords();
    for (int i = 0; i < chords && n < MAX_CROSSINGS; i++) {
      int k =
          b.crossings(
              path.chordLon(i), path.chordLat(i), path.chordLon(i + 1), path.chordLat(i + 1),
              local);
      for (int j = 0; j < k && n < MAX_CROSSINGS; j++) {
        crossingBuffer[n++] = (i + local[j]) / chords;
      }
    }
    return n;
  }

  private String origin(TrackPath path, double fIn) {
    if (countries == null) {
      return null;
    }
    GeoPoint p = path.from().position();
    String c = countries.countryAt(p.latDeg(), p.lonDeg());
    if (c == null && path.lengthM() > 0) {
      GeoPoint q = path.at(Math.max(0, fIn - COUNTRY_PROBE_M / path.lengthM()));
      c = countries.countryAt(q.latDeg(), q.lonDeg());
    }
    return c;
  }

  private String exitCountry(TrackPath path, double fOut) {
    if (countries == null) {
      return null;
    }
    GeoPoint p = path.to().position();
    String c = countries.countryAt(p.latDeg(), p.lonDeg());
    if (c == null && path.lengthM() > 0) {
      GeoPoint q = path.at(Math.min(1, fOut + COUNTRY_PROBE_M / path.lengthM()));
      c = countries.countryAt(q.latDeg(), q.lonDeg());
    }
    return c;
  }

  /**
   * Samples the depth along the path over [fa, fb] and refines the deepest sample; returns
   * whether the violation's maximum depth or probability grew.
   */
  private boolean measure(OpenViolation v, ZoneArea z, TrackPath path, double fa, double fb) {
    if (fb < fa) {
      return false;
    }
    int n =
        (int) Math.min(2000, Math.max(1, Math.ceil(path.lengthM() * (fb - fa) / settings.depthSampleStepM())));
    double bestF = Double.NaN;
    double bestD = -1;
    boolean grew = false;
    for (int i = 0; i <= n; i++) {
      double f = fa + (fb - fa) * i / n;
      double d = sample(v, z, path, f);
      if (d > bestD) {
        bestD = d;
        bestF = f;
      }
      grew |= lastSampleGrew;
    }
    if (bestD > 0 && n > 1) {
      double h = (fb - fa) / n;
      double lo = Math.max(fa, bestF - h);
      double hi = Math.min(fb, bestF + h);
      double x1 = hi - GOLDEN * (hi - lo);
      double x2 = lo + GOLDEN * (hi - lo);
      double d1 = sample(v, z, path, x1);
      grew |= lastSampleGrew;
      double d2 = sample(v, z, path, x2);
      grew |= lastSampleGrew;
      for (int it = 0; it < 12; it++) {
        if (d1 >= d2) {
          hi = x2;
          x2 = x1;
          d2 = d1;
          x1 = hi - GOLDEN * (hi - lo);
          d1 = sample(v, z, path, x1);
        } else {
          lo = x1;
          x1 = x2;
          d1 = d2;
          x2 = lo + GOLDEN * (hi - lo);
          d2 = sample(v, z, path, x2);
        }
        grew |= lastSampleGrew;
      }
    }
    return grew;
  }

  /** Depth at fraction f if inside (recorded into v), else -1. */
  private double sample(OpenViolation v, ZoneArea z, TrackPath path, double f) {
    lastSampleGrew = false;
    GeoPoint p = path.at(f);
    if (!inside(z, path.to(), p)) {
      return -1;
    }
    double[] cov = path.covarianceAt(f);
    return sampleAt(v, z, p, path.timeAt(f), cov[0], cov[1], cov[2]);
  }

  private double sampleAt(
      OpenViolation v, ZoneArea z, GeoPoint p, Instant time, double vE, double vN, double cEN) {
    double d = z.boundary().distanceM(p.latDeg(), p.lonDeg(), footBuffer);
    // Unit vector towards the nearest boundary point, in local metres.
    double dn = Math.toRadians(footBuffer[0] - p.latDeg()) * Wgs84.A_M;
    double de =
        Math.toRadians(footBuffer[1] - p.lonDeg()) * Wgs84.A_M * Math.cos(Math.toRadians(p.latDeg()));
    double len = Math.hypot(de, dn);
    double var;
    if (len > 0) {
      double ue = de / len;
      double un = dn / len;
      var = ue * ue * vE + un * un * vN + 2 * ue * un * cEN;
    } else {
      var = Math.max(vE, vN);
    }
    double sigma = Math.sqrt(Math.max(0, var));
    lastSampleGrew = v.sample(d, sigma, time, p);
    return d;
  }
}
