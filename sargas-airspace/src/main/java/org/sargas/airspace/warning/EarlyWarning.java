package org.sargas.airspace.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.airspace.Applicability;
import org.sargas.model.airspace.Warning;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.model.track.TrackState;

/**
 * Predicts entries into protected zones before they happen.
 *
 * <p>For every track update outside a zone, two motion hypotheses are extrapolated over the horizon
 * in the local east-north-up plane of the track: {@code straight} (constant velocity) and, when the
 * track is turning (course change over the last 6 s or more at least {@link
 * WarningSettings#minTurnRateDps()} per second, both halves of that span turning the same way),
 * {@code turn-left-N.Ndps} / {@code turn-right-N.Ndps} (coordinated turn at the measured rate and
 * constant speed for at most 90°, then straight on). The earliest predicted boundary crossing of a
 * zone that applies to the track, is active at the predicted time and is entered with a real
 * closing speed (see {@link WarningSettings#minClosingSpeedMps()}) becomes a {@link Warning} with
 * its lead time. A warning is issued once per track and zone and again only when the predicted
 * entry moves by more than {@link WarningSettings#reissueShiftS()} or 20 % of the lead time,
 * whichever is more (noise on the course slides the predicted entry along a border that is nearly
 * parallel); a prediction absent for less than 30 s does not count as gone, so a flickering
 * prediction is not warned again and again. Tracks inside the zone get no warning for it (that is
 * the monitor's business).
 *
 * <p>Velocity: the track's own; when a track has none (e.g. CSV input), the velocity between its
 * last two updates. Vertical limits: the predicted altitude is the current one. Not thread-safe:
 * one instance per thread.
 */
public final class EarlyWarning {
  private final List<ZoneArea> zones;
  private final STRtree zoneIndex = new STRtree();
  private final WarningSettings settings;
  private final Map<String, Memory> memories = new HashMap<>();
  private final double[] crossing = new double[2];
  private final double[] nearest = {0, 0, -1};
  private Instant lastSweep;

  /** A warned prediction absent for less than this is not forgotten, seconds. */
  private static final double PREDICTION_MEMORY_S = 30;

  /** A track silent this long (event time) is forgotten, seconds. */
  private static final double FORGET_AFTER_S = 600;

  /** Turn rates are measured over at least this long, seconds (noise on course averages out). */
  private static final double TURN_BASELINE_S = 6.0;

  /** Course history kept, seconds. */
  private static final double HISTORY_S = 12.0;

  /** A turning prediction turns at most this far, degrees, then flies straight. */
  private static final double MAX_PREDICTED_TURN_DEG = 90.0;

  private static final class Memory {
    Track last;

    /** Recent (epoch seconds, course degrees), oldest first. */
    final ArrayDeque<double[]> courses = new ArrayDeque<>();

    /** Per zone: {predicted entry time of the last warning issued, last time it was predicted}. */
    final Map<String, double[]> issued = new HashMap<>();
  }

  public EarlyWarning(List<ZoneArea> zones, WarningSettings settings) {
    this.zones = List.copyOf(zones);
    this.settings = Objects.requireNonNull(settings, "settings");
    for (ZoneArea z : this.zones) {
      z.prepare();
      zoneIndex.insert(z.envelope(), z);
    }
    zoneIndex.build();
  }

  /** Warnings caused by one batch, per track in batch order. */
  public List<Warning> evaluate(TrackBatch batch) {
    List<Warning> out = new ArrayList<>();
    for (Track t : batch.tracks()) {
      evaluate(t, out);
    }
    forgetSilentTracks(batch.scanTime());
    return out;
  }

  /** Forgets tracks not updated for {@link #FORGET_AFTER_S} before {@code now} (once a minute). */
  private void forgetSilentTracks(Instant now) {
    if (lastSweep != null && seconds(lastSweep, now) < 60) {
      return;
    }
    lastSweep = now;
    memories.values().removeIf(m -> m.last != null && seconds(m.last.time(), now) > FORGET_AFTER_S);
  }

  /** Processes one track update, appending its warnings to {@code out}. */
  public void evaluate(Track t, List<Warning> out) {
    if (t.state() == TrackState.DROPPED) {
      memories.remove(t.trackId());
      return;
    }
    Memory m = memories.computeIfAbsent(t.trackId(), k -> new Memory());
    Track prev = m.last;
    if (prev != null && !t.time().isAfter(prev.time())) {
      return;
    }
    double ve = t.velocityEastMps();
    double vn = t.velocityNorthMps();
    if (ve == 0 && vn == 0 && prev != null) {
      LocalTangentPlane plane = new LocalTangentPlane(prev.position().withAltitudeM(0.0));
      double[] enu = new double[3];
      GeoPoint p = t.position();
      plane.toEnu(p.latDeg(), p.lonDeg(), 0, enu);
      double dt = seconds(prev.time(), t.time());
      ve = enu[0] / dt;
      vn = enu[1] / dt;
    }
    double speed = Math.hypot(ve, vn);
    double course = Math.toDegrees(Math.atan2(ve, vn));
    m.last = t;
    if (speed < settings.minSpeedMps()) {
      m.issued.clear();
      m.courses.clear();
      return;
    }
    double nowS = t.time().getEpochSecond() + t.time().getNano() / 1e9;
    m.courses.addLast(new double[] {nowS, course});
    while (m.courses.size() > 2 && nowS - m.courses.peekFirst()[0] > HISTORY_S) {
      m.courses.removeFirst();
    }
    double turnDps = turnRate(m.courses, nowS, course);
    double reachM = speed * settings.horizonS();
    GeoPoint p = t.position();
    double dLat = reachM / 111_000.0;
    double dLon = dLat / Math.max(0.05, Math.cos(Math.toRadians(p.latDeg())));
    List<ZoneArea> near = new ArrayList<>();
    zoneIndex.query(
        new Envelope(p.lonDeg() - dLon, p.lonDeg() + dLon, p.latDeg() - dLat, p.latDeg() + dLat),
        item -> near.add((ZoneArea) item));
    if (near.isEmpty()) {
      m.issued.clear();
      return;
    }
    List<double[]> hypotheses = new ArrayList<>();
    hypotheses.add(new double[] {0});
    if (Math.abs(turnDps) >= settings.minTurnRateDps()) {
      double r = Math.signum(turnDps) * Math.min(Math.abs(turnDps), settings.maxTurnRateDps());
      hypotheses.add(new double[] {r});
    }
    LocalTangentPlane plane = new LocalTangentPlane(p.withAltitudeM(0.0));
    for (ZoneArea z : near) {
      if (z.contains(p.latDeg(), p.lonDeg()) || !appliesToTrack(z, t)) {
        continue;
      }
      // The predicted path is no longer than speed × horizon and no part of it nearer than the
      // distance travelled: a boundary further than the path's length cannot be crossed, and none
      // before the step at which the path could first reach it (one step's margin each way).
      nearest[2] = -1; // no hint: the last query was of another track or zone
      double boundaryM = z.boundary().approxDistanceM(p.latDeg(), p.lonDeg(), nearest);
      double stepM = speed * settings.stepS();
      if (!(boundaryM <= reachM + stepM)) {
        continue;
      }
      int firstStep = Math.max(1, (int) Math.floor(boundaryM / stepM) - 1);
      Warning best = null;
      for (double[] h : hypotheses) {
        Warning w = predict(t, z, plane, speed, course, h[0], firstStep);
        if (w != null && (best == null || w.leadTimeS() < best.leadTimeS())) {
          best = w;
        }
      }
      if (best == null) {
        continue;
      }
      double entryS =
          best.predictedEntryTime().getEpochSecond() + best.predictedEntryTime().getNano() / 1e9;
      double[] issued = m.issued.get(z.id());
      double shift = Math.max(settings.reissueShiftS(), 0.2 * best.leadTimeS());
      if (issued == null || Math.abs(issued[0] - entryS) > shift) {
        out.add(best);
        m.issued.put(z.id(), new double[] {entryS, nowS});
      } else {
        issued[1] = nowS;
      }
    }
    m.issued.values().removeIf(v -> nowS - v[1] > PREDICTION_MEMORY_S);
  }

  /**
   * The turn rate over the last {@link #TURN_BASELINE_S} or more, degrees per second (positive =
   * clockwise), if the first and second halves of the course history agree in sign; else 0.
   */
  private static double turnRate(ArrayDeque<double[]> courses, double nowS, double course) {
    double[] oldest = courses.peekFirst();
    if (oldest == null || nowS - oldest[0] < TURN_BASELINE_S) {
      return 0;
    }
    double[] middle = null;
    for (double[] c : courses) {
      if (nowS - c[0] <= (nowS - oldest[0]) / 2) {
        middle = c;
        break;
      }
    }
    if (middle == null || middle == oldest || middle[0] == nowS) {
      return 0;
    }
    double first = wrap(middle[1] - oldest[1]) / (middle[0] - oldest[0]);
    double second = wrap(course - middle[1]) / (nowS - middle[0]);
    if (Math.signum(first) != Math.signum(second)) {
      return 0;
    }
    return wrap(course - oldest[1]) / (nowS - oldest[0]);
  }

  private static double wrap(double deg) {
    return deg - 360 * Math.floor((deg + 180) / 360);
  }

  private static boolean appliesToTrack(ZoneArea z, Track t) {
    if (!z.zone().containsAltitude(t.position().altitudeM())) {
      return false;
    }
    Applicability a = z.zone().appliesTo();
    if (a == Applicability.DRONES_ONLY) {
      return t.classification().targetClass().isDrone();
    }
    if (a == Applicability.NON_COOPERATIVE_ONLY) {
      return t.identity().icaoAddress() == null && t.identity().remoteIdSerial() == null;
    }
    return true;
  }

  /** The first entry into z along one hypothesis, or null. */
  private Warning predict(
      Track t,
      ZoneArea z,
      LocalTangentPlane plane,
      double speed,
      double courseDeg,
      double turnDps,
      int firstStep) {
    double step = settings.stepS();
    int n = (int) Math.ceil(settings.horizonS() / step);
    double[] llh = new double[3];
    double prevLat = t.position().latDeg();
    double prevLon = t.position().lonDeg();
    double w = Math.toRadians(turnDps);
    double c0 = Math.toRadians(courseDeg);
    if (firstStep > 1) {
      pathPoint(plane, speed, c0, w, (firstStep - 1) * step, llh);
      prevLat = llh[0];
      prevLon = llh[1];
    }
    for (int k = firstStep; k <= n; k++) {
      pathPoint(plane, speed, c0, w, k * step, llh);
      if (z.boundary().firstCrossing(prevLon, prevLat, llh[1], llh[0], crossing)) {
        double tEntry = (k - 1 + crossing[0]) * step;
        Instant when = t.time().plusNanos(Math.round(tEntry * 1e9));
        double closing = speed * crossing[1];
        double needed =
            Math.min(settings.minClosingSpeedMps(), settings.minClosingFraction() * speed);
        if (!z.schedule().activeAt(when)) {
          return null;
        }
        if (closing < needed) {
          return null;
        }
        double lat = prevLat + crossing[0] * (llh[0] - prevLat);
        double lon = prevLon + crossing[0] * (llh[1] - prevLon);
        String name =
            turnDps == 0
                ? "straight"
                : String.format(
                    Locale.ROOT,
                    "turn-%s-%.1fdps",
                    turnDps > 0 ? "right" : "left",
                    Math.abs(turnDps));
        return new Warning(
            t.trackId(),
            z.id(),
            t.time(),
            when,
            new GeoPoint(lat, lon, t.position().altitudeM()),
            tEntry,
            name);
      }
      prevLat = llh[0];
      prevLon = llh[1];
    }
    return null;
  }

  /**
   * The predicted position {@code tk} seconds ahead: straight on, or a coordinated turn at {@code
   * w} rad/s until it has turned {@value #MAX_PREDICTED_TURN_DEG}°, then straight on.
   */
  private static void pathPoint(
      LocalTangentPlane plane, double speed, double c0, double w, double tk, double[] llh) {
    double e;
    double nn;
    if (w == 0) {
      e = speed * Math.sin(c0) * tk;
      nn = speed * Math.cos(c0) * tk;
    } else {
      double turnS = Math.toRadians(MAX_PREDICTED_TURN_DEG) / Math.abs(w);
      double tt = Math.min(tk, turnS);
      e = speed / w * (Math.cos(c0) - Math.cos(c0 + w * tt));
      nn = speed / w * (Math.sin(c0 + w * tt) - Math.sin(c0));
      if (tk > turnS) {
        e += speed * Math.sin(c0 + w * turnS) * (tk - turnS);
        nn += speed * Math.cos(c0 + w * turnS) * (tk - turnS);
      }
    }
    plane.toGeo(e, nn, 0, llh);
  }

  private static double seconds(Instant a, Instant b) {
    return Duration.between(a, b).toNanos() / 1e9;
  }
}
