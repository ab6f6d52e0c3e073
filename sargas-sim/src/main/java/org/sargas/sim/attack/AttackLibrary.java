package org.sargas.sim.attack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.sensor.SensorKind;
import org.sargas.model.track.TargetClass;
import org.sargas.sim.SimulationResult;
import org.sargas.sim.Simulator;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioRegion;
import org.sargas.sim.scenario.ScenarioSensor;
import org.sargas.sim.scenario.ScenarioTarget;
import org.sargas.sim.scenario.Waypoint;
import org.sargas.sim.sensor.SimulatedObservation;
import org.sargas.sim.truth.Trajectory;

/**
 * Scripted attacks over one piece of Baltic-coast traffic: a primary and a Mode S secondary radar,
 * four synchronised ADS-B receivers, a Remote ID receiver, 20 airliners and 3 light aircraft with
 * ADS-B, 3 drones with Remote ID, 300 s. Radar plots and Remote ID come from the {@link Simulator};
 * ADS-B is broadcast here, once a second per aircraft, and every receiver in range hears the same
 * message at its own time of arrival (transmitter distance over c), so the receivers agree with a
 * true position and disagree with a forged one. Every attack starts at {@link #ATTACK_START_S}.
 * Deterministic: the same kind and seed give the same reports.
 */
public final class AttackLibrary {
  /** Length of every run, s. */
  public static final double DURATION_S = 300;

  /** When the attack starts, scenario s. */
  public static final double ATTACK_START_S = 120;

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final double C_MPS = 299_792_458.0;
  private static final double M_PER_DEG = 111_320.0;
  private static final double ADSB_SIGMA_M = 10;

  /** Declared 1-σ of the clean ADS-B reports: NACp 9 (EPU 30 m). */
  private static final double ADSB_DECLARED_SIGMA_M = 15;

  /** Declared 1-σ when the GNSS fix is lost: NACp 4 (EPU 1 NM). */
  private static final double JAMMED_DECLARED_SIGMA_M = 926;

  private static final GeoPoint CENTRE = GeoPoint.of(55.35, 22.3);
  private static final GeoPoint SPOOFER_SITE = new GeoPoint(55.45, 21.75, 150);
  private static final GeoPoint JAMMER = GeoPoint.of(55.55, 21.5);
  private static final double AREA_RADIUS_M = 60_000;
  private static final int AREA_MIN_VICTIMS = 4;
  private static final int AIRLINERS = 20;
  private static final int LIGHT = 3;
  private static final int DRONES = 3;

  private AttackLibrary() {}

  /** The traffic and sensors of every run (the ADS-B receivers' own simulation is not used). */
  public static Scenario traffic(long seed) {
    Random rng = new Random(seed * 31 + 7);
    List<ScenarioSensor> sensors =
        List.of(
            new ScenarioSensor(
                "LT-PSR-1",
                "primary radar, Klaipėda",
                SensorKind.PRIMARY_RADAR,
                55.70,
                21.30,
                80,
                180_000,
                4,
                0.9,
                Map.of(TargetClass.SMALL_DRONE, 0.0),
                60,
                0.12,
                0,
                150,
                1.4,
                2,
                0,
                false),
            new ScenarioSensor(
                "LT-SSR-1",
                "Mode S radar, Kaunas",
                SensorKind.SECONDARY_RADAR,
                55.20,
                22.60,
                80,
                250_000,
                5,
                0.97,
                Map.of(),
                30,
                0.07,
                0,
                0,
                2.4,
                0,
                1.3,
                false),
            adsb("ADSB-1", 55.72, 21.12),
            adsb("ADSB-2", 55.93, 23.32),
            adsb("ADSB-3", 54.90, 23.90),
            adsb("ADSB-4", 55.25, 22.30),
            new ScenarioSensor(
                "RID-1",
                "Remote ID receiver, Klaipėda port",
                SensorKind.REMOTE_ID_RECEIVER,
                55.71,
                21.14,
                20,
                6_000,
                1,
                0.95,
                Map.of(),
                3,
                0,
                0,
                0,
                0,
                0,
                0.2,
                false));
    List<ScenarioTarget> targets = new ArrayList<>();
    for (int i = 0; i < AIRLINERS + LIGHT; i++) {
      boolean light = i >= AIRLINERS;
      GeoPoint c = Wgs84.destination(CENTRE, rng.nextDouble() * 360, rng.nextDouble() * 60_000);
      double heading = rng.nextDouble() * 360;
      double altitude = light ? 1_000 + rng.nextDouble() * 800 : 9_000 + rng.nextDouble() * 2_500;
      double speed = light ? 55 + rng.nextDouble() * 15 : 220 + rng.nextDouble() * 30;
      GeoPoint from =
          Wgs84.destination(c, heading + 180, (light ? 5_000 : 30_000) + rng.nextDouble() * 50_000)
              .withAltitudeM(altitude);
      GeoPoint to = Wgs84.destination(from, heading, speed * (DURATION_S + 60));
      targets.add(
          new ScenarioTarget(
              (light ? "GA-" : "AL-") + i,
              light ? "light aircraft" : "airliner",
              light ? TargetClass.LIGHT_AIRCRAFT : TargetClass.AIRLINER,
              String.format(Locale.ROOT, "%06X", 0x503000 + i),
              String.format(Locale.ROOT, "%s%03d", light ? "LYA" : "BTI", 100 + i),
              String.format(Locale.ROOT, "%04o", 01000 + i),
              true,
              null,
              List.of(
                  new Waypoint(from.latDeg(), from.lonDeg(), altitude, 0, Double.NaN),
                  new Waypoint(to.latDeg(), to.lonDeg(), altitude, Double.NaN, speed))));
    }
    for (int i = 0; i < DRONES; i++) {
      GeoPoint corner = Wgs84.destination(GeoPoint.of(55.71, 21.14), 60 + 120 * i, 1_500);
      // A square of 800 m flown twice.
      targets.add(
          new ScenarioTarget(
              "UAV-" + i,
              "quadcopter",
              TargetClass.SMALL_DRONE,
              null,
              null,
              null,
              false,
              String.format(Locale.ROOT, "1596F3SARGAS%04d", i),
              squareLoop(corner, 800, 12, 2)));
    }
    return new Scenario(
        "attack-traffic",
        "Baltic coast traffic for the spoofing benchmark",
        "Airliners and light aircraft over Lithuania with ADS-B, drones with Remote ID",
        List.of(),
        List.of("sites, routes and noise invented for the benchmark"),
        START,
        DURATION_S,
        seed,
        new ScenarioRegion(CENTRE.latDeg(), CENTRE.lonDeg(), List.of("LTU"), null),
        sensors,
        targets,
        List.of());
  }

  private static List<Waypoint> squareLoop(GeoPoint corner, double sideM, double speed, int laps) {
    GeoPoint[] c = {
      corner, offset(corner, sideM, 0), offset(corner, sideM, -sideM), offset(corner, 0, -sideM)
    };
    List<Waypoint> w = new ArrayList<>();
    w.add(new Waypoint(corner.latDeg(), corner.lonDeg(), 80, 0, Double.NaN));
    for (int lap = 0; lap < laps; lap++) {
      for (int k = 1; k <= 4; k++) {
        GeoPoint p = c[k % 4];
        w.add(new Waypoint(p.latDeg(), p.lonDeg(), 80, Double.NaN, speed));
      }
    }
    return w;
  }

  private static ScenarioSensor adsb(String id, double lat, double lon) {
    return new ScenarioSensor(
        id,
        "ADS-B receiver " + id,
        SensorKind.ADSB_RECEIVER,
        lat,
        lon,
        40,
        350_000,
        1,
        0.95,
        Map.of(),
        ADSB_SIGMA_M,
        0,
        0,
        0,
        0,
        0,
        0,
        false);
  }

  /** A point {@code eastM}, {@code northM} from {@code p} (flat-earth, for offsets of km). */
  static GeoPoint offset(GeoPoint p, double eastM, double northM) {
    return new GeoPoint(
        p.latDeg() + northM / M_PER_DEG,
        p.lonDeg() + eastM / (M_PER_DEG * Math.cos(Math.toRadians(p.latDeg()))),
        p.altitudeM());
  }

  /** Runs one attack kind over the traffic of {@code seed}. */
  public static AttackRun run(AttackKind kind, long seed) {
    Scenario scenario = traffic(seed);
    SimulationResult sim = new Simulator().run(scenario);
    List<Sensor> sensors = sim.sensors();
    List<ScenarioSensor> receivers =
        scenario.sensors().stream().filter(s -> s.kind() == SensorKind.ADSB_RECEIVER).toList();
    Instant attackStart = scenario.timeAt(ATTACK_START_S);
    List<ReceivedReport> reports = new ArrayList<>();
    List<Attack> attacks = new ArrayList<>();
    Random attackRng = new Random(seed * 0x9E3779B97F4A7C15L + kind.ordinal());

    // Radar plots and Remote ID as simulated; the drone attacks change Remote ID.
    List<SimulatedObservation> remoteId = new ArrayList<>();
    for (SimulatedObservation so : sim.observations()) {
      Sensor s = sensorOf(sensors, so.observation().sensorId());
      if (s.kind() == SensorKind.ADSB_RECEIVER) {
        continue;
      }
      if (s.kind() == SensorKind.REMOTE_ID_RECEIVER) {
        remoteId.add(so);
        continue;
      }
      reports.add(
          new ReceivedReport(so.observation(), so.observation().time(), so.truthId(), false));
    }
    reports.addAll(remoteIdReports(kind, scenario, remoteId, attackStart, attacks));

    // ADS-B: one broadcast per aircraft per second, heard by every receiver in range.
    List<Trajectory> aircraft = new ArrayList<>();
    List<ScenarioTarget> specs = new ArrayList<>();
    for (ScenarioTarget t : scenario.targets()) {
      if (t.adsb()) {
        aircraft.add(new Trajectory(t));
        specs.add(t);
      }
    }
    List<String> victims = adsbVictims(kind, aircraft, specs, attackRng);
    double bearing = attackRng.nextDouble() * 360;
    Random noise = new Random(seed ^ 0xAD5BL);
    for (int i = 0; i < aircraft.size(); i++) {
      Trajectory tr = aircraft.get(i);
      ScenarioTarget spec = specs.get(i);
      boolean victim = victims.contains(spec.icaoAddress());
      double phase = noise.nextDouble();
      double[] drift = {noise.nextGaussian() * 3, noise.nextGaussian() * 3};
      for (double t = phase; t < DURATION_S; t += 1.0) {
        GeoPoint truth = tr.positionAt(t);
        GeoPoint p =
            offset(truth, ADSB_SIGMA_M * noise.nextGaussian(), ADSB_SIGMA_M * noise.nextGaussian());
        double declared = ADSB_DECLARED_SIGMA_M;
        boolean forged = false;
        double since = t - ATTACK_START_S;
        if (victim && since >= 0) {
          forged = true;
          switch (kind) {
            case POSITION_OFFSET -> p = polar(p, 8_000, bearing);
            case AREA_SPOOFING -> p = polar(p, Math.min(12_000, 300 * since), bearing);
            case AREA_JAMMING -> {
              declared = JAMMED_DECLARED_SIGMA_M;
              p =
                  offset(
                      p,
                      drift[0] * since + 40 * noise.nextGaussian(),
                      drift[1] * since + 40 * noise.nextGaussian());
            }
            default -> {}
          }
        }
        broadcast(
            reports,
            receivers,
            scenario,
            t,
            p,
            declared,
            spec,
            tr.targetId(),
            forged,
            truth,
            noise);
      }
    }
    if (!victims.isEmpty()) {
      String what =
          switch (kind) {
            case POSITION_OFFSET ->
                String.format(Locale.ROOT, "8 km offset at %.0f°, sudden", bearing);
            case AREA_SPOOFING ->
                String.format(
                    Locale.ROOT,
                    "aircraft within %.0f km of %s: the same offset at %.0f°, 300 m/s up to 12 km",
                    AREA_RADIUS_M / 1000,
                    JAMMER,
                    bearing);
            default ->
                String.format(
                    Locale.ROOT,
                    "aircraft within %.0f km of %s: NACp 4, inertial drift",
                    AREA_RADIUS_M / 1000,
                    JAMMER);
          };
      attacks.add(new Attack(kind, victims, attackStart, what));
    }
    if (kind == AttackKind.GHOST_AIRCRAFT) {
      ghost(reports, receivers, scenario, noise);
      attacks.add(
          new Attack(
              kind,
              List.of(GHOST_ADDRESS),
              attackStart,
              "ADS-B-only aircraft from a ground transmitter at " + SPOOFER_SITE));
    }
    reports.sort(
        Comparator.comparing(ReceivedReport::receiveTime)
            .thenComparing(r -> r.observation().sensorId()));
    return new AttackRun(
        scenario,
        sim,
        sensors,
        reports,
        attacks,
        receivers.stream().map(ScenarioSensor::id).toList());
  }

  static final String GHOST_ADDRESS = "43C0DE";

  private static GeoPoint polar(GeoPoint p, double distanceM, double bearingDeg) {
    double b = Math.toRadians(bearingDeg);
    return offset(p, distanceM * Math.sin(b), distanceM * Math.cos(b));
  }

  private static Sensor sensorOf(List<Sensor> sensors, String id) {
    for (Sensor s : sensors) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new IllegalStateException("no sensor " + id);
  }

  /** The aircraft an ADS-B attack changes. */
  private static List<String> adsbVictims(
      AttackKind kind, List<Trajectory> aircraft, List<ScenarioTarget> specs, Random rng) {
    List<String> out = new ArrayList<>();
    switch (kind) {
      case POSITION_OFFSET -> out.add(specs.get(rng.nextInt(AIRLINERS)).icaoAddress());
      case AREA_SPOOFING, AREA_JAMMING -> {
        // Within the radius of the jammer, and at least the nearest few.
        List<Integer> byDistance = new ArrayList<>();
        for (int i = 0; i < aircraft.size(); i++) {
          byDistance.add(i);
        }
        double[] d = new double[aircraft.size()];
        for (int i = 0; i < d.length; i++) {
          d[i] = Wgs84.distanceM(aircraft.get(i).positionAt(ATTACK_START_S), JAMMER);
        }
        byDistance.sort(Comparator.comparingDouble(i -> d[i]));
        for (int k = 0; k < byDistance.size(); k++) {
          int i = byDistance.get(k);
          if (k < AREA_MIN_VICTIMS || d[i] <= AREA_RADIUS_M) {
            out.add(specs.get(i).icaoAddress());
          }
        }
      }
      default -> {}
    }
    return out;
  }

  /** One ADS-B message: every receiver in range and line of sight hears it with its Pd. */
  private static void broadcast(
      List<ReceivedReport> reports,
      List<ScenarioSensor> receivers,
      Scenario scenario,
      double emissionS,
      GeoPoint reported,
      double declaredSigmaM,
      ScenarioTarget spec,
      String truthId,
      boolean forged,
      GeoPoint transmitter,
      Random rng) {
    double[] tx = new double[3];
    Wgs84.toEcef(transmitter.latDeg(), transmitter.lonDeg(), transmitter.altitudeOr(0), tx);
    Instant emitted = scenario.timeAt(emissionS);
    for (ScenarioSensor r : receivers) {
      double[] rx = new double[3];
      Wgs84.toEcef(r.latDeg(), r.lonDeg(), r.altitudeM(), rx);
      double d =
          Math.sqrt(
              (tx[0] - rx[0]) * (tx[0] - rx[0])
                  + (tx[1] - rx[1]) * (tx[1] - rx[1])
                  + (tx[2] - rx[2]) * (tx[2] - rx[2]));
      double ground = Wgs84.distanceM(r.site(), transmitter);
      double horizon =
          4_121
              * (Math.sqrt(Math.max(0, r.altitudeM()))
                  + Math.sqrt(Math.max(0, transmitter.altitudeOr(0))));
      boolean heard = d <= r.maxRangeM() && ground <= horizon;
      // Draw for every receiver so the streams do not depend on geometry.
      boolean detected = rng.nextDouble() < r.detectionProbability();
      if (!heard || !detected) {
        continue;
      }
      Instant arrival = emitted.plusNanos(Math.round(d / C_MPS * 1e9));
      Observation o =
          new Observation(
              r.id(),
              arrival,
              new GeodeticMeasurement(reported, declaredSigmaM, 1.5 * declaredSigmaM),
              reported.altitudeM(),
              new Identity(spec.icaoAddress(), spec.callsign(), null, null, null));
      reports.add(new ReceivedReport(o, arrival, truthId, forged));
    }
  }

  /**
   * The ghost: from {@link #ATTACK_START_S} an airliner over the sea west of Klaipėda flying east
   * into Lithuania at 240 m/s, 10,000 m, transmitted from a ground site on the coast.
   */
  private static void ghost(
      List<ReceivedReport> reports, List<ScenarioSensor> receivers, Scenario scenario, Random rng) {
    GeoPoint from = new GeoPoint(55.45, 20.75, 10_000);
    ScenarioTarget spec =
        new ScenarioTarget(
            "GHOST",
            "ghost",
            TargetClass.AIRLINER,
            GHOST_ADDRESS,
            "GHO571",
            null,
            true,
            null,
            List.of(
                new Waypoint(from.latDeg(), from.lonDeg(), 10_000, ATTACK_START_S, Double.NaN),
                new Waypoint(55.45, 23.5, 10_000, Double.NaN, 240)));
    Trajectory tr = new Trajectory(spec);
    for (double t = ATTACK_START_S; t < DURATION_S; t += 1.0) {
      GeoPoint p = tr.positionAt(t);
      broadcast(
          reports,
          receivers,
          scenario,
          t,
          p,
          ADSB_DECLARED_SIGMA_M,
          spec,
          null,
          true,
          SPOOFER_SITE,
          rng);
    }
  }

  /** Remote ID as simulated, with the drone attacks applied. */
  private static List<ReceivedReport> remoteIdReports(
      AttackKind kind,
      Scenario scenario,
      List<SimulatedObservation> simulated,
      Instant attackStart,
      List<Attack> attacks) {
    List<ReceivedReport> out = new ArrayList<>();
    String replayed = serial(scenario, 0);
    String teleporting = serial(scenario, 1);
    double replayDelayS = 90;
    Instant firstReplay = null;
    for (SimulatedObservation so : simulated) {
      Observation o = so.observation();
      String serial = o.identity().remoteIdSerial();
      boolean after = !o.time().isBefore(attackStart);
      if (kind == AttackKind.TELEPORTING_DRONE && after && teleporting.equals(serial)) {
        GeodeticMeasurement g = (GeodeticMeasurement) o.measurement();
        Observation moved =
            new Observation(
                o.sensorId(),
                o.time(),
                new GeodeticMeasurement(
                    polar(g.position(), 2_500, 90), g.sigmaHorizontalM(), g.sigmaVerticalM()),
                o.altitudeM(),
                o.identity());
        out.add(new ReceivedReport(moved, o.time(), so.truthId(), true));
        continue;
      }
      out.add(new ReceivedReport(o, o.time(), so.truthId(), false));
      if (kind == AttackKind.REMOTE_ID_REPLAY && replayed.equals(serial)) {
        Instant again = o.time().plusNanos(Math.round(replayDelayS * 1e9));
        if (!again.isBefore(attackStart) && again.isBefore(scenario.timeAt(DURATION_S))) {
          Observation copy =
              new Observation(o.sensorId(), again, o.measurement(), o.altitudeM(), o.identity());
          out.add(new ReceivedReport(copy, again, so.truthId(), true));
          if (firstReplay == null || again.isBefore(firstReplay)) {
            firstReplay = again;
          }
        }
      }
    }
    if (kind == AttackKind.TELEPORTING_DRONE) {
      attacks.add(
          new Attack(
              kind,
              List.of(teleporting),
              attackStart,
              "Remote ID position 2.5 km east, inside the receiver's range"));
    }
    if (kind == AttackKind.REMOTE_ID_REPLAY && firstReplay != null) {
      attacks.add(
          new Attack(
              kind,
              List.of(replayed),
              firstReplay,
              "messages re-broadcast 90 s later with fresh time stamps"));
    }
    return out;
  }

  private static String serial(Scenario scenario, int drone) {
    return scenario.targets().stream()
        .filter(t -> t.remoteIdSerial() != null)
        .skip(drone)
        .findFirst()
        .orElseThrow()
        .remoteIdSerial();
  }
}
