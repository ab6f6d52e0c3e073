package org.sargas.pipeline.trust;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.Corroboration;
import org.sargas.model.airspace.Severity;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.sensor.SensorKind;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.model.track.TrustAssessment;
import org.sargas.model.track.TrustReason;
import org.sargas.track.measurement.Detection;
import org.sargas.track.measurement.ObservationConverter;
import org.sargas.track.measurement.SensorSite;

/**
 * Plausibility of self-reported positions, per cooperative emitter (an ADS-B 24-bit address, a
 * Remote ID serial), from the observations of each scan:
 *
 * <ul>
 *   <li><b>kinematics</b>: a report further from the emitter's predicted position than its declared
 *       accuracy and a manoeuvre allowance permit is a {@link TrustReason#KINEMATIC_JUMP} (ADS-B)
 *       or a {@link TrustReason#TELEPORT} (Remote ID, faster than a drone can fly);
 *   <li><b>radar</b>: an ADS-B position far from a radar plot carrying the same Mode S address (or
 *       the same unique Mode 3/A code) is a {@link TrustReason#RADAR_MISMATCH}; an ADS-B emitter in
 *       the coverage of live radars for {@code unconfirmedLooks} antenna periods without any plot
 *       near it is {@link TrustReason#NO_RADAR_CONFIRMATION} (a ghost, or a spoofed position);
 *   <li><b>receivers</b>: a receiver that hears a position from beyond its range, or two
 *       synchronised receivers whose times of arrival of the same message contradict their
 *       distances to the reported position, {@link TrustReason#RECEIVER_INCONSISTENT};
 *   <li><b>integrity</b>: scatter far above the declared NACp accuracy, {@link
 *       TrustReason#INTEGRITY_JITTER}; the declared accuracy collapsing after a good one, {@link
 *       TrustReason#INTEGRITY_COLLAPSE};
 *   <li><b>Remote ID</b>: an earlier position of a moving drone heard again, or the same message
 *       heard twice by one receiver, {@link TrustReason#REPLAY}; a time stamp going backwards,
 *       {@link TrustReason#TIME_REVERSAL};
 *   <li><b>area</b>: several aircraft in one area with the same radar offset or an integrity
 *       collapse raise a {@link AlertKind#GNSS_INTERFERENCE} advisory and are flagged {@link
 *       TrustReason#GNSS_INTERFERENCE_AREA}.
 * </ul>
 *
 * A flag holds for {@code holdS} after the last flagged report. Tracks take the assessment of the
 * emitter their identity names; a violation whose track was suspect while it was open is {@link
 * Corroboration#UNCORROBORATED}. Event time only; not thread-safe (one writer).
 */
public final class TrustStage {
  private static final double SPEED_OF_LIGHT_MPS = 299_792_458.0;

  /** Radio horizon for a 4/3 earth: 4.12 km per square root of metres of height. */
  private static final double HORIZON_M_PER_SQRT_M = 4_124.0;

  /** Azimuth bins of the confirmation search, per radar. */
  private static final int AZIMUTH_BINS = 720;

  private static final long SILENT_FORGET_NANOS = 300_000_000_000L;

  /** Re-raise an interference advisory for the same area only after this long, ns. */
  private static final long ADVISORY_REPEAT_NANOS = 600_000_000_000L;

  /** A moving drone's earlier position heard again this far from its estimate is a replay, m. */
  private static final double REPLAY_DISTANCE_M = 50;

  /** Receptions of one position this close in time are one message (a 1090 MHz or BLE burst). */
  private static final long SAME_MESSAGE_NANOS = 10_000_000L;

  private final LocalTangentPlane region;
  private final TrustSettings settings;
  private final Map<String, Sensor> sensors;
  private final ObservationConverter converter;
  private final Detection scratch = new Detection();
  private final List<Sensor> radars = new ArrayList<>();
  private final Map<String, Integer> radarSlot = new HashMap<>();
  private final double[][] radarSite;
  private final long[] radarLastPlotNanos;
  private final Map<String, double[]> siteEnu = new HashMap<>();
  private final Map<String, double[]> siteEcef = new HashMap<>();
  private final Map<String, Emitter> emitters = new HashMap<>();
  private final Map<String, Heard> heard = new HashMap<>();
  private final List<Plot> plots = new ArrayList<>();

  /** Per radar slot, this scan's plots by azimuth bin (radar frame), for the confirmation. */
  private final List<List<List<Plot>>> bins = new ArrayList<>();

  private final double[] radarNorthRotationRad;
  private final Map<String, Evidence> offsets = new HashMap<>();
  private final Map<String, Evidence> collapses = new HashMap<>();
  private final List<Evidence> raisedAreas = new ArrayList<>();
  private final List<Alert> advisories = new ArrayList<>();
  private final Map<String, TrustAssessment> trackTrust = new HashMap<>();
  private final Map<String, Boolean> uncorroborated =
      new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > 10_000;
        }
      };
  private final double[] tmp = new double[3];
  private long flagged;

  /** A radar plot of this scan; converted to the region frame only when an emitter is near. */
  private static final class Plot {
    final Observation observation;
    final int slot;
    final long nanos;
    final double rangeM;
    boolean converted;
    boolean usable;
    double eastM;
    double northM;
    double varM2;

    Plot(Observation observation, int slot, long nanos, double rangeM) {
      this.observation = observation;
      this.slot = slot;
      this.nanos = nanos;
      this.rangeM = rangeM;
    }
  }

  /** The first reception of one ADS-B / Remote ID message (same emitter, time and position). */
  private record Heard(String sensorId, long nanos, long scanNanos) {}

  /** Evidence of GNSS interference at one emitter. */
  private record Evidence(
      String emitterKey,
      long nanos,
      double eastM,
      double northM,
      double offsetEastM,
      double offsetNorthM) {}

  /**
   * @param region the region frame (the tracker's)
   * @param sensors every sensor that may report, by id
   * @param settings the limits
   */
  public TrustStage(LocalTangentPlane region, Map<String, Sensor> sensors, TrustSettings settings) {
    this.region = region;
    this.settings = settings;
    this.sensors = Map.copyOf(sensors);
    Map<String, SensorSite> sites = new HashMap<>();
    int slot = 0;
    for (Sensor s : sensors.values()) {
      sites.put(s.id(), SensorSite.of(slot++, s, region));
      double[] e = new double[3];
      region.toEnu(s.site().latDeg(), s.site().lonDeg(), s.site().altitudeOr(0), e);
      siteEnu.put(s.id(), e);
      double[] x = new double[3];
      Wgs84.toEcef(s.site().latDeg(), s.site().lonDeg(), s.site().altitudeOr(0), x);
      siteEcef.put(s.id(), x);
      if (s.kind() == SensorKind.PRIMARY_RADAR || s.kind() == SensorKind.SECONDARY_RADAR) {
        radarSlot.put(s.id(), radars.size());
        radars.add(s);
      }
    }
    this.converter = new ObservationConverter(region, sites, 5_000, 5_000);
    this.radarSite = new double[radars.size()][];
    this.radarNorthRotationRad = new double[radars.size()];
    for (int i = 0; i < radars.size(); i++) {
      radarSite[i] = siteEnu.get(radars.get(i).id());
      radarNorthRotationRad[i] = sites.get(radars.get(i).id()).northRotationRad();
      List<List<Plot>> b = new ArrayList<>(AZIMUTH_BINS);
      for (int k = 0; k < AZIMUTH_BINS; k++) {
        b.add(new ArrayList<>());
      }
      bins.add(b);
    }
    this.radarLastPlotNanos = new long[radars.size()];
    java.util.Arrays.fill(radarLastPlotNanos, Long.MIN_VALUE);
  }

  static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  static Instant instant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  /**
   * Runs the checks on one scan's observations (in event-time order).
   *
   * @param scanTime the scan's end
   */
  public void observe(Instant scanTime, List<Observation> observations) {
    long now = nanos(scanTime);
    for (Plot p : plots) {
      bins.get(p.slot)
          .get(bin(((PolarMeasurement) p.observation.measurement()).azimuthRad()))
          .clear();
    }
    plots.clear();
    for (Observation o : observations) {
      Sensor s = sensors.get(o.sensorId());
      if (s == null) {
        continue;
      }
      switch (s.kind()) {
        case ADSB_RECEIVER -> {
          if (o.measurement() instanceof GeodeticMeasurement g
              && o.identity().icaoAddress() != null) {
            report(o, g, s, "A:" + o.identity().icaoAddress(), false, now);
          }
        }
        case REMOTE_ID_RECEIVER -> {
          if (o.measurement() instanceof GeodeticMeasurement g
              && o.identity().remoteIdSerial() != null) {
            report(o, g, s, "R:" + o.identity().remoteIdSerial(), true, now);
          }
        }
        case PRIMARY_RADAR, SECONDARY_RADAR -> {
          if (o.measurement() instanceof PolarMeasurement) {
            plot(o);
          }
        }
        default -> {}
      }
    }
    Map<String, Emitter> byMode3a = uniqueMode3a();
    for (Plot p : plots) {
      correlate(p, byMode3a);
    }
    long hold = Math.round(settings.holdS() * 1e9);
    Iterator<Emitter> it = emitters.values().iterator();
    while (it.hasNext()) {
      Emitter e = it.next();
      if (now - e.timeNanos > SILENT_FORGET_NANOS) {
        it.remove();
        continue;
      }
      if (!e.drone && now - e.timeNanos < 5_000_000_000L) {
        confirmByRadar(e, now);
      }
      e.expire(now, hold);
    }
    interference(now);
    heard.values().removeIf(h -> now - h.scanNanos > 10_000_000_000L);
  }

  private void report(
      Observation o, GeodeticMeasurement g, Sensor receiver, String key, boolean drone, long now) {
    long t = nanos(o.time());
    Emitter e = emitters.get(key);
    if (e == null) {
      e = new Emitter(key, drone, settings.jitterReports(), radars.size());
      e.firstSeenNanos = t;
      emitters.put(key, e);
    }
    if (o.identity().mode3a() != null) {
      e.mode3a = o.identity().mode3a();
    }
    if (converter.convert(o, 0, scratch) != null) {
      return;
    }
    double east = scratch.eastM;
    double north = scratch.northM;
    double up = o.hasAltitude() ? o.altitudeM() : g.position().altitudeOr(0);
    GeoPoint p = g.position();
    receiverRange(e, receiver, east, north, up, t);
    // The same message heard again: by another receiver (time of arrival), or by the same one.
    String messageKey =
        key
            + "|"
            + Double.doubleToLongBits(p.latDeg())
            + "|"
            + Double.doubleToLongBits(p.lonDeg())
            + (drone ? "|" + t : "");
    Heard first = heard.get(messageKey);
    if (first != null && Math.abs(t - first.nanos()) <= SAME_MESSAGE_NANOS) {
      if (first.sensorId().equals(receiver.id())) {
        if (drone) {
          e.flag(TrustReason.REPLAY, t, "message heard twice by " + receiver.id());
        }
      } else if (!drone) {
        timeOfArrival(e, first, receiver.id(), t, p);
      }
      return; // one message, already in the motion estimate
    }
    heard.put(messageKey, new Heard(receiver.id(), t, now));
    if (drone) {
      if (e.reports > 0 && t < e.timeNanos - 500_000_000L) {
        e.flag(
            TrustReason.TIME_REVERSAL,
            t,
            String.format(
                Locale.ROOT, "time stamp %.1f s before the previous one", (e.timeNanos - t) / 1e9));
        return;
      }
      boolean repeated = e.rememberPosition(p.latDeg(), p.lonDeg());
      if (repeated
          && e.reports > 0
          && Math.hypot(east - e.eastAt(t), north - e.northAt(t)) > REPLAY_DISTANCE_M) {
        e.flag(TrustReason.REPLAY, t, "an earlier position heard again");
      }
    }
    integrity(e, g.sigmaHorizontalM(), t, east, north);
    // Synchronised receivers time-stamp at the antenna; the others' times are the node's receipt.
    double timeUncertaintyS =
        drone || settings.synchronisedReceivers().contains(receiver.id())
            ? 0
            : settings.timeUncertaintyS();
    kinematics(e, t, east, north, up, g.sigmaHorizontalM(), timeUncertaintyS);
  }

  /** A receiver cannot hear a transmitter beyond its range (times the settings' factor). */
  private void receiverRange(
      Emitter e, Sensor receiver, double east, double north, double up, long t) {
    double[] s = siteEnu.get(receiver.id());
    double d = Math.hypot(Math.hypot(east - s[0], north - s[1]), up - s[2]);
    if (d > receiver.maxRangeM() * settings.receiverRangeFactor()) {
      e.flag(
          TrustReason.RECEIVER_INCONSISTENT,
          t,
          String.format(
              Locale.ROOT,
              "heard by %s at %.0f km, beyond its %.0f km range",
              receiver.id(),
              d / 1000,
              receiver.maxRangeM() / 1000));
    }
  }

  /**
   * Two synchronised receivers heard one message: the difference of their arrival times must be the
   * difference of their distances to the transmitter over c. A transmitter elsewhere than the
   * reported position breaks it.
   */
  private void timeOfArrival(Emitter e, Heard first, String secondId, long t, GeoPoint p) {
    if (!settings.synchronisedReceivers().contains(first.sensorId())
        || !settings.synchronisedReceivers().contains(secondId)) {
      return;
    }
    Wgs84.toEcef(p.latDeg(), p.lonDeg(), p.altitudeOr(0), tmp);
    double d1 = distance(siteEcef.get(first.sensorId()), tmp);
    double d2 = distance(siteEcef.get(secondId), tmp);
    double expectedS = (d2 - d1) / SPEED_OF_LIGHT_MPS;
    double measuredS = (t - first.nanos()) / 1e9;
    double residualS = measuredS - expectedS;
    if (Math.abs(residualS) > settings.toaToleranceS()) {
      e.flag(
          TrustReason.RECEIVER_INCONSISTENT,
          t,
          String.format(
              Locale.ROOT,
              "arrival at %s and %s differs from the reported position's by %.0f µs",
              first.sensorId(),
              secondId,
              residualS * 1e6));
    }
  }

  private static double distance(double[] a, double[] b) {
    return Math.sqrt(
        (a[0] - b[0]) * (a[0] - b[0])
            + (a[1] - b[1]) * (a[1] - b[1])
            + (a[2] - b[2]) * (a[2] - b[2]));
  }

  /** Declared accuracy: collapse after a good one; scatter against the declared accuracy. */
  private void integrity(Emitter e, double sigmaM, long t, double east, double north) {
    e.declaredSigmaM = sigmaM;
    if (sigmaM <= settings.goodSigmaM()) {
      e.goodIntegritySeen = true;
      e.collapsed = false;
    } else if (sigmaM > settings.collapseSigmaM() && e.goodIntegritySeen) {
      e.collapsed = true;
      e.flag(
          TrustReason.INTEGRITY_COLLAPSE,
          t,
          String.format(Locale.ROOT, "declared accuracy fell to %.0f m (1-σ)", sigmaM));
      collapses.put(e.key, new Evidence(e.key, t, east, north, Double.NaN, Double.NaN));
    }
  }

  private void kinematics(
      Emitter e,
      long t,
      double east,
      double north,
      double up,
      double sigmaM,
      double timeUncertaintyS) {
    double dt = (t - e.timeNanos) / 1e9;
    if (e.reports == 0 || dt > Emitter.RESTART_GAP_S) {
      e.restart(t, east, north, up);
      return;
    }
    if (dt < 0) {
      return; // an out-of-order report: no prediction backwards
    }
    double pe = e.eastAt(t);
    double pn = e.northAt(t);
    double missM = Math.hypot(east - pe, north - pn);
    double noiseM = settings.jumpSigmas() * Math.sqrt(2) * sigmaM;
    double speed = Math.hypot(e.velocityEastMps, e.velocityNorthMps);
    double allowedM;
    if (e.drone) {
      allowedM = noiseM + (speed + settings.maxDroneSpeedMps()) * dt;
    } else {
      double velocitySigma = e.reports < 8 ? 100 : 30;
      allowedM =
          Math.max(
              settings.jumpFloorM(),
              noiseM
                  + 0.5 * settings.maxAccelerationMps2() * dt * dt
                  + (velocitySigma + speed) * dt
                  + speed * timeUncertaintyS);
      if (e.reports < 2) {
        allowedM = Math.max(allowedM, noiseM + settings.maxAircraftSpeedMps() * dt);
      }
    }
    if (missM > allowedM) {
      TrustReason reason = e.drone ? TrustReason.TELEPORT : TrustReason.KINEMATIC_JUMP;
      e.flag(
          reason,
          t,
          String.format(
              Locale.ROOT,
              "%s %.0f m from its predicted position after %.1f s (allowed %.0f m)",
              e.drone ? "teleported" : "jumped",
              missM,
              dt,
              allowedM));
      e.restart(t, east, north, up);
      return;
    }
    if (e.reports == 1 && dt > 0.5) {
      e.velocityEastMps = (east - e.eastM) / dt;
      e.velocityNorthMps = (north - e.northM) / dt;
      e.eastM = east;
      e.northM = north;
      e.upM = up;
      e.timeNanos = t;
      e.reports = 2;
      return;
    }
    e.update(t, east, north, up);
    double rms = e.innovationRmsM();
    // Receive-time stamps add innovations of about half the time error's worth of flight.
    double jitterLimitM =
        Math.max(settings.jitterFloorM(), settings.jitterRatio() * sigmaM)
            + 0.5 * speed * timeUncertaintyS;
    if (rms > jitterLimitM) {
      e.flag(
          TrustReason.INTEGRITY_JITTER,
          t,
          String.format(
              Locale.ROOT, "positions scatter %.0f m RMS, declared 1-σ %.0f m", rms, sigmaM));
    }
  }

  private void plot(Observation o) {
    int slot = radarSlot.get(o.sensorId());
    long t = nanos(o.time());
    radarLastPlotNanos[slot] = Math.max(radarLastPlotNanos[slot], t);
    PolarMeasurement m = (PolarMeasurement) o.measurement();
    Plot p = new Plot(o, slot, t, m.rangeM());
    plots.add(p);
    bins.get(slot).get(bin(m.azimuthRad())).add(p);
  }

  private static int bin(double azimuthRad) {
    double turns = azimuthRad / (2 * Math.PI);
    int b = (int) Math.floor((turns - Math.floor(turns)) * AZIMUTH_BINS);
    return Math.min(AZIMUTH_BINS - 1, Math.max(0, b));
  }

  /** Converts the plot to the region frame once (the report's altitude, or an assumed one). */
  private boolean convert(Plot p) {
    if (!p.converted) {
      p.converted = true;
      p.usable = converter.convert(p.observation, 0, scratch) == null;
      p.eastM = scratch.eastM;
      p.northM = scratch.northM;
      p.varM2 = Math.max(scratch.varEastM2, scratch.varNorthM2);
    }
    return p.usable;
  }

  private Map<String, Emitter> uniqueMode3a() {
    Map<String, Emitter> m = new HashMap<>();
    for (Emitter e : emitters.values()) {
      if (e.mode3a != null && !e.drone) {
        m.merge(e.mode3a, e, (a, b) -> null);
      }
    }
    return m;
  }

  /** A plot naming an ADS-B emitter (Mode S address, or a unique Mode 3/A) must be near it. */
  private void correlate(Plot p, Map<String, Emitter> byMode3a) {
    Identity id = p.observation.identity();
    Emitter e = null;
    if (id.icaoAddress() != null) {
      e = emitters.get("A:" + id.icaoAddress());
    } else if (id.mode3a() != null) {
      e = byMode3a.get(id.mode3a());
    }
    if (e == null
        || e.reports < 2
        || Math.abs(p.nanos - e.timeNanos) > 10_000_000_000L
        || !convert(p)) {
      return;
    }
    double offE = e.eastAt(p.nanos) - p.eastM;
    double offN = e.northAt(p.nanos) - p.northM;
    double miss = Math.hypot(offE, offN);
    double sigma = Double.isNaN(e.declaredSigmaM) ? 0 : e.declaredSigmaM;
    double gate = Math.max(settings.radarMismatchM(), 5 * Math.sqrt(p.varM2 + sigma * sigma));
    if (miss > gate) {
      e.flag(
          TrustReason.RADAR_MISMATCH,
          p.nanos,
          String.format(
              Locale.ROOT,
              "%.0f m from radar %s's plot of the same aircraft",
              miss,
              p.observation.sensorId()));
      e.offsetEastM = offE;
      e.offsetNorthM = offN;
      e.offsetNanos = p.nanos;
      offsets.put(e.key, new Evidence(e.key, p.nanos, p.eastM, p.northM, offE, offN));
    } else {
      e.confirmedNanos[p.slot] = Math.max(e.confirmedNanos[p.slot], p.nanos);
    }
  }

  /**
   * A live radar covering the emitter must show a plot near it: count the antenna periods in
   * coverage since the latest confirming plot of any radar.
   */
  private void confirmByRadar(Emitter e, long now) {
    if (radars.isEmpty()) {
      return;
    }
    long lastConfirmed = e.firstSeenNanos;
    for (long c : e.confirmedNanos) {
      lastConfirmed = Math.max(lastConfirmed, c);
    }
    // Plots of this scan near the emitter: by azimuth bin and range first, then converted.
    double sigma = Double.isNaN(e.declaredSigmaM) ? 0 : e.declaredSigmaM;
    double ee = e.eastAt(now);
    double en = e.northAt(now);
    double window = settings.radarConfirmM() * 3 + 2_000;
    for (int i = 0; i < radars.size(); i++) {
      double de = ee - radarSite[i][0];
      double dn = en - radarSite[i][1];
      double ground = Math.hypot(de, dn);
      double slant = Math.hypot(ground, e.upM - radarSite[i][2]);
      double azimuth = Math.atan2(de, dn) - radarNorthRotationRad[i];
      int half =
          Math.min(
              AZIMUTH_BINS / 2,
              1 + (int) Math.ceil(window / Math.max(ground, 1.0) / (2 * Math.PI) * AZIMUTH_BINS));
      int centre = bin(azimuth);
      for (int k = -half; k <= half; k++) {
        for (Plot p : bins.get(i).get(Math.floorMod(centre + k, AZIMUTH_BINS))) {
          if (Math.abs(p.rangeM - slant) <= window && confirms(p, e, sigma)) {
            e.confirmedNanos[i] = Math.max(e.confirmedNanos[i], p.nanos);
            lastConfirmed = Math.max(lastConfirmed, p.nanos);
          }
        }
      }
    }
    double looks = 0;
    for (int i = 0; i < radars.size(); i++) {
      Sensor r = radars.get(i);
      long periodNanos = Math.round(r.updatePeriodS() * 1e9);
      boolean alive = radarLastPlotNanos[i] >= now - 2 * periodNanos - 1_000_000_000L;
      if (!alive || !covers(i, ee, en, e.upM)) {
        e.coveredSinceNanos[i] = -1;
        continue;
      }
      if (e.coveredSinceNanos[i] < 0) {
        e.coveredSinceNanos[i] = now;
      }
      long from = Math.max(e.coveredSinceNanos[i], lastConfirmed);
      looks += Math.floor((double) (now - from) / periodNanos);
    }
    if (looks >= settings.unconfirmedLooks()) {
      e.flag(
          TrustReason.NO_RADAR_CONFIRMATION,
          now,
          String.format(
              Locale.ROOT, "no radar plot near it in %.0f looks of radars covering it", looks));
    }
  }

  private boolean confirms(Plot p, Emitter e, double sigma) {
    if (!convert(p)) {
      return false;
    }
    double east = p.eastM;
    double north = p.northM;
    double var = p.varM2;
    if (Double.isNaN(p.observation.altitudeM())
        && converter.convert(p.observation, 0, scratch) == null) {
      converter.reproject(scratch, e.upM, 300 * 300);
      east = scratch.eastM;
      north = scratch.northM;
      var = Math.max(scratch.varEastM2, scratch.varNorthM2);
    }
    double gate = Math.max(settings.radarConfirmM(), 5 * Math.sqrt(var + sigma * sigma));
    return Math.hypot(e.eastAt(p.nanos) - east, e.northAt(p.nanos) - north) <= gate;
  }

  /** Whether radar {@code slot} should see a target at that position: range and radio horizon. */
  private boolean covers(int slot, double east, double north, double upM) {
    double[] s = radarSite[slot];
    double ground = Math.hypot(east - s[0], north - s[1]);
    if (ground > 0.9 * radars.get(slot).maxRangeM()) {
      return false;
    }
    double horizon =
        HORIZON_M_PER_SQRT_M * (Math.sqrt(Math.max(0, s[2])) + Math.sqrt(Math.max(0, upM)));
    return ground < 0.9 * horizon;
  }

  /**
   * Groups recent evidence (same radar offset; integrity collapses) by area: {@code
   * interferenceMinAircraft} distinct aircraft within {@code interferenceRadiusM} raise one
   * advisory per area and {@link #ADVISORY_REPEAT_NANOS}.
   */
  private void interference(long now) {
    long window = Math.round(settings.interferenceWindowS() * 1e9);
    offsets.values().removeIf(v -> now - v.nanos() > window);
    collapses.values().removeIf(v -> now - v.nanos() > window);
    raisedAreas.removeIf(v -> now - v.nanos() > ADVISORY_REPEAT_NANOS);
    area(now, offsets, true);
    area(now, collapses, false);
  }

  private void area(long now, Map<String, Evidence> evidence, boolean sameOffset) {
    if (evidence.size() < settings.interferenceMinAircraft()) {
      return;
    }
    for (Evidence centre : evidence.values()) {
      List<Evidence> members = new ArrayList<>();
      for (Evidence v : evidence.values()) {
        if (Math.hypot(v.eastM() - centre.eastM(), v.northM() - centre.northM())
                <= settings.interferenceRadiusM()
            && (!sameOffset
                || Math.hypot(
                        v.offsetEastM() - centre.offsetEastM(),
                        v.offsetNorthM() - centre.offsetNorthM())
                    <= settings.sameOffsetM())) {
          members.add(v);
        }
      }
      if (members.size() < settings.interferenceMinAircraft()) {
        continue;
      }
      for (Evidence m : members) {
        Emitter e = emitters.get(m.emitterKey());
        if (e != null) {
          e.flag(TrustReason.GNSS_INTERFERENCE_AREA, now, e.detail);
        }
      }
      boolean raised = false;
      for (Evidence a : raisedAreas) {
        if (Math.hypot(a.eastM() - centre.eastM(), a.northM() - centre.northM())
            <= settings.interferenceRadiusM()) {
          raised = true;
          break;
        }
      }
      if (!raised) {
        raisedAreas.add(new Evidence("", now, centre.eastM(), centre.northM(), 0, 0));
        advisories.add(advisory(now, centre, members, sameOffset));
      }
      return;
    }
  }

  private Alert advisory(long now, Evidence centre, List<Evidence> members, boolean sameOffset) {
    GeoPoint at = region.toGeo(centre.eastM(), centre.northM(), 0);
    String what =
        sameOffset
            ? String.format(
                Locale.ROOT,
                "the same %.1f km offset from radar",
                Math.hypot(centre.offsetEastM(), centre.offsetNorthM()) / 1000)
            : "a collapse of declared navigation accuracy";
    String message =
        String.format(
            Locale.ROOT,
            "GNSS interference near %.3f, %.3f: %d aircraft with %s; their ADS-B positions are suspect",
            at.latDeg(),
            at.lonDeg(),
            members.size(),
            what);
    String id =
        String.format(
            Locale.ROOT,
            "GNSS/%d/%.2f/%.2f",
            Math.floorDiv(now, 1_000_000_000L),
            at.latDeg(),
            at.lonDeg());
    return new Alert(
        id, AlertKind.GNSS_INTERFERENCE, Severity.INFO, instant(now), null, null, message);
  }

  /**
   * The tracks with the assessment of the emitter their identity names (an ADS-B address, else a
   * Remote ID serial); others are trusted.
   */
  public List<Track> assess(List<Track> tracks) {
    List<Track> out = new ArrayList<>(tracks.size());
    for (Track t : tracks) {
      TrustAssessment a = TrustAssessment.TRUSTED;
      Emitter e = emitterOf(t.identity());
      if (e != null && e.suspect()) {
        a = e.assessment();
      }
      if (t.state() == TrackState.DROPPED) {
        trackTrust.remove(t.trackId());
      } else if (a.suspect()) {
        trackTrust.put(t.trackId(), a);
        flagged++;
      } else {
        trackTrust.remove(t.trackId());
      }
      out.add(a.suspect() ? t.withTrust(a) : t);
    }
    return out;
  }

  private Emitter emitterOf(Identity id) {
    Emitter e = null;
    if (id.icaoAddress() != null) {
      e = emitters.get("A:" + id.icaoAddress());
    }
    if (e == null && id.remoteIdSerial() != null) {
      e = emitters.get("R:" + id.remoteIdSerial());
    }
    return e;
  }

  /**
   * The event with its violation {@link Corroboration#UNCORROBORATED} if its track is suspect now
   * or was at an earlier event of the same violation; else unchanged.
   */
  public ViolationEvent corroborate(ViolationEvent event) {
    Violation v = event.violation();
    String id = v.violationId();
    if (trackTrust.containsKey(v.trackId())) {
      uncorroborated.put(id, Boolean.TRUE);
    }
    if (!uncorroborated.containsKey(id)) {
      return event;
    }
    return new ViolationEvent(
        event.kind(), event.time(), v.withCorroboration(Corroboration.UNCORROBORATED));
  }

  /**
   * The assessment of one emitter, whether or not a track carries it (a ghost inside radar coverage
   * never becomes a confirmed track).
   *
   * @param addressOrSerial an ADS-B address (6 hex digits) or a Remote ID serial
   */
  public TrustAssessment emitterTrust(String addressOrSerial) {
    Emitter e = emitters.get("A:" + addressOrSerial);
    if (e == null) {
      e = emitters.get("R:" + addressOrSerial);
    }
    return e == null ? TrustAssessment.TRUSTED : e.assessment();
  }

  /** Whether a track is suspect now (as of the last {@link #assess}). */
  public TrustAssessment trackTrust(String trackId) {
    return trackTrust.getOrDefault(trackId, TrustAssessment.TRUSTED);
  }

  /** The GNSS-interference advisories raised since the last call. */
  public List<Alert> takeAdvisories() {
    if (advisories.isEmpty()) {
      return List.of();
    }
    List<Alert> out = List.copyOf(advisories);
    advisories.clear();
    return out;
  }

  /** Track updates that carried a suspect assessment so far. */
  public long flaggedTrackUpdates() {
    return flagged;
  }
}
