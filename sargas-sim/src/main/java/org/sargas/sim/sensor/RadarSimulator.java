package org.sargas.sim.sensor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.model.sensor.SensorKind;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioSensor;
import org.sargas.sim.scenario.ScenarioTarget;

/**
 * A rotating surveillance radar. The beam sweeps clockwise from north once per rotation period; a
 * target is looked at when the beam crosses its azimuth, so plots of one scan carry different
 * times. Per look: line of sight (4/3 earth), instrumented range, detection probability by target
 * class, Gaussian range / azimuth (/ elevation for 3-D radars) noise, and merging of targets
 * unresolved in range and azimuth. Poisson clutter is spread uniformly over the coverage area. A
 * secondary radar adds Mode 3/A, Mode S address and Mode C altitude for transponding targets.
 */
final class RadarSimulator extends SiteSimulator {
  private static final double TWO_PI = 2 * Math.PI;
  private final double[] llh = new double[3];

  RadarSimulator(ScenarioSensor sensor, long seed) {
    super(sensor, seed);
  }

  @Override
  public void simulate(
      Scenario scenario, List<SimulatedTarget> targets, Consumer<SimulatedObservation> sink) {
    double period = sensor.rotationPeriodS();
    List<Look> scan = new ArrayList<>();
    double[] enu = new double[3];
    for (double tk = sensor.phaseS(); tk < scenario.durationS(); tk += period) {
      scan.clear();
      for (SimulatedTarget target : targets) {
        look(tk, target, enu, scan);
      }
      mergeUnresolved(scan);
      addClutter(tk, scan);
      scan.sort(Comparator.comparingDouble(Look::timeS));
      for (Look l : scan) {
        if (l.timeS >= scenario.durationS()) {
          continue;
        }
        sink.accept(new SimulatedObservation(observation(scenario, l), l.truthId));
      }
    }
  }

  private void look(double scanStartS, SimulatedTarget target, double[] enu, List<Look> out) {
    var traj = target.trajectory();
    double period = sensor.rotationPeriodS();
    // The beam reaches azimuth az at scanStart + az/2π·period; iterate for the moving target.
    double t = scanStartS;
    for (int i = 0; i < 3; i++) {
      GeoPoint p = traj.positionAt(t);
      frame.toEnu(p.latDeg(), p.lonDeg(), p.altitudeOr(0), enu);
      t = scanStartS + azimuth(enu[0], enu[1]) / TWO_PI * period;
    }
    if (!traj.aliveAt(t)) {
      return;
    }
    GeoPoint p = traj.positionAt(t);
    frame.toEnu(p.latDeg(), p.lonDeg(), p.altitudeOr(0), enu);
    double ground = Math.hypot(enu[0], enu[1]);
    double range = Math.sqrt(ground * ground + enu[2] * enu[2]);
    if (range > sensor.maxRangeM()
        || !Visibility.inLineOfSight(sensor.altitudeM(), p.altitudeOr(0), ground)) {
      return;
    }
    ScenarioTarget spec = target.spec();
    if (rngFor(spec.id()).nextDouble() >= sensor.detectionProbabilityFor(spec.type())) {
      return;
    }
    out.add(
        new Look(
            t,
            range,
            azimuth(enu[0], enu[1]),
            Math.atan2(enu[2], ground),
            spec.id(),
            spec,
            p.altitudeOr(0)));
  }

  /** Targets within one range-resolution cell and one beamwidth give a single plot. */
  private void mergeUnresolved(List<Look> scan) {
    if (sensor.rangeResolutionM() <= 0 || scan.size() < 2) {
      return;
    }
    double beam = Math.toRadians(sensor.beamwidthDeg());
    for (int i = 0; i < scan.size(); i++) {
      for (int j = scan.size() - 1; j > i; j--) {
        Look a = scan.get(i);
        Look b = scan.get(j);
        double daz = Math.abs(Math.IEEEremainder(a.azimuthRad - b.azimuthRad, TWO_PI));
        if (Math.abs(a.rangeM - b.rangeM) < sensor.rangeResolutionM() && daz < beam) {
          scan.set(
              i,
              new Look(
                  (a.timeS + b.timeS) / 2,
                  (a.rangeM + b.rangeM) / 2,
                  a.azimuthRad + Math.IEEEremainder(b.azimuthRad - a.azimuthRad, TWO_PI) / 2,
                  (a.elevationRad + b.elevationRad) / 2,
                  a.truthId,
                  a.spec,
                  a.altitudeM));
          scan.remove(j);
        }
      }
    }
  }

  private void addClutter(double scanStartS, List<Look> scan) {
    int n = Visibility.poisson(rng, sensor.clutterPerScan());
    for (int i = 0; i < n; i++) {
      double range = Math.max(1000.0, sensor.maxRangeM() * Math.sqrt(rng.nextDouble()));
      double az = rng.nextDouble() * TWO_PI;
      double el = Math.toRadians(rng.nextDouble() * 3.0);
      scan.add(
          new Look(
              scanStartS + az / TWO_PI * sensor.rotationPeriodS(),
              range,
              az,
              el,
              null,
              null,
              Double.NaN));
    }
  }

  private Observation observation(Scenario scenario, Look l) {
    double sigR = sensor.sigmaRangeM();
    double sigAz = Math.toRadians(sensor.sigmaAzimuthDeg());
    java.util.Random rng = rngFor(l.truthId);
    double range = l.rangeM + sigR * rng.nextGaussian();
    double az = l.azimuthRad + sigAz * rng.nextGaussian();
    az = az - TWO_PI * Math.floor(az / TWO_PI);
    PolarMeasurement m;
    double altitude = Double.NaN;
    if (sensor.measuresElevation()) {
      double sigEl = Math.toRadians(sensor.sigmaElevationDeg());
      double el = l.elevationRad + sigEl * rng.nextGaussian();
      m = new PolarMeasurement(range, az, el, sigR, sigAz, sigEl);
      if (sensor.reportsHeight()) {
        altitude = measuredHeightM(range, az, el);
      }
    } else {
      m = PolarMeasurement.of(range, az, sigR, sigAz);
    }
    Identity identity = Identity.NONE;
    if (sensor.kind() == SensorKind.SECONDARY_RADAR && l.spec != null && l.spec.transponderOn()) {
      identity = new Identity(l.spec.icaoAddress(), l.spec.callsign(), l.spec.mode3a(), null, null);
      // Mode C / S altitude: 25 ft quanta.
      double ft = Math.round(l.altitudeM / 0.3048 / 25.0) * 25.0;
      altitude = ft * 0.3048;
    }
    return new Observation(sensor.id(), scenario.timeAt(l.timeS), m, altitude, identity);
  }

  /**
   * Height above the ellipsoid of the point at slant range, azimuth and elevation from the site.
   */
  private double measuredHeightM(double rangeM, double azimuthRad, double elevationRad) {
    double ground = rangeM * Math.cos(elevationRad);
    frame.toGeo(
        ground * Math.sin(azimuthRad),
        ground * Math.cos(azimuthRad),
        rangeM * Math.sin(elevationRad),
        llh);
    return llh[2];
  }

  private static double azimuth(double east, double north) {
    double a = Math.atan2(east, north);
    return a < 0 ? a + TWO_PI : a;
  }

  private record Look(
      double timeS,
      double rangeM,
      double azimuthRad,
      double elevationRad,
      String truthId,
      ScenarioTarget spec,
      double altitudeM) {}
}
