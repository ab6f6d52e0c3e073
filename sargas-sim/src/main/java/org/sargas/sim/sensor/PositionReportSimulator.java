package org.sargas.sim.sensor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.sensor.SensorKind;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioSensor;
import org.sargas.sim.scenario.ScenarioTarget;

/**
 * A receiver of self-reported positions: ADS-B (targets with {@code adsb: true}) or drone Remote ID
 * (targets with a Remote ID serial). Each cooperative target in line of sight and range is heard
 * once per period with the detection probability; the reported position carries GNSS noise of
 * {@code sigmaRangeM} per horizontal axis.
 */
final class PositionReportSimulator extends SiteSimulator {
  private static final double M_PER_DEG_LAT = 111_320.0;

  /**
   * Where a Remote ID drone's operator stands: its take-off point (the first waypoint), which the
   * System message reports as operator location type "take-off".
   */
  private static GeoPoint operatorAt(ScenarioTarget spec) {
    var first = spec.waypoints().get(0);
    return GeoPoint.of(first.latDeg(), first.lonDeg());
  }

  PositionReportSimulator(ScenarioSensor sensor, long seed) {
    super(sensor, seed);
  }

  @Override
  public void simulate(
      Scenario scenario, List<SimulatedTarget> targets, Consumer<SimulatedObservation> sink) {
    double[] enu = new double[3];
    List<SimulatedObservation> batch = new ArrayList<>();
    for (double tk = sensor.phaseS(); tk < scenario.durationS(); tk += sensor.rotationPeriodS()) {
      batch.clear();
      for (SimulatedTarget target : targets) {
        ScenarioTarget spec = target.spec();
        boolean cooperative =
            sensor.kind() == SensorKind.REMOTE_ID_RECEIVER
                ? spec.remoteIdSerial() != null
                : spec.adsb();
        if (!cooperative) {
          continue;
        }
        // Transmissions are not synchronised: jitter within the first half of the period.
        double t = tk + rng.nextDouble() * 0.5 * sensor.rotationPeriodS();
        if (!target.trajectory().aliveAt(t) || t >= scenario.durationS()) {
          continue;
        }
        GeoPoint p = target.trajectory().positionAt(t);
        frame.toEnu(p.latDeg(), p.lonDeg(), p.altitudeOr(0), enu);
        double ground = Math.hypot(enu[0], enu[1]);
        if (Math.hypot(ground, enu[2]) > sensor.maxRangeM()
            || !Visibility.inLineOfSight(sensor.altitudeM(), p.altitudeOr(0), ground)
            || rng.nextDouble() >= sensor.detectionProbabilityFor(spec.type())) {
          continue;
        }
        double sig = sensor.sigmaRangeM();
        double lat = p.latDeg() + sig * rng.nextGaussian() / M_PER_DEG_LAT;
        double lon =
            p.lonDeg()
                + sig * rng.nextGaussian() / (M_PER_DEG_LAT * Math.cos(Math.toRadians(p.latDeg())));
        GeoPoint reported = new GeoPoint(lat, lon, p.altitudeM());
        Identity id =
            sensor.kind() == SensorKind.REMOTE_ID_RECEIVER
                ? new Identity(null, null, null, spec.remoteIdSerial(), operatorAt(spec))
                : new Identity(spec.icaoAddress(), spec.callsign(), spec.mode3a(), null, null);
        Observation o =
            new Observation(
                sensor.id(),
                scenario.timeAt(t),
                new GeodeticMeasurement(reported, Math.max(sig, 1.0), Math.max(sig, 1.0) * 1.5),
                p.altitudeM(),
                id);
        batch.add(new SimulatedObservation(o, spec.id()));
      }
      batch.sort(Comparator.comparing(s -> s.observation().time()));
      batch.forEach(sink);
    }
  }
}
