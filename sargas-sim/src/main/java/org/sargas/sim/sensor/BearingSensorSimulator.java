package org.sargas.sim.sensor;

import java.util.List;
import java.util.function.Consumer;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.BearingMeasurement;
import org.sargas.model.observation.Observation;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioSensor;

/**
 * A bearing-only sensor: an acoustic array hearing engines, or an RF direction finder. Once per
 * period, each target within range is detected with the class's detection probability and its
 * bearing reported with Gaussian noise. Acoustic sensors hear only low targets (below 3 km).
 */
final class BearingSensorSimulator extends SiteSimulator {
  private static final double MAX_ACOUSTIC_HEIGHT_M = 3000.0;

  BearingSensorSimulator(ScenarioSensor sensor, long seed) {
    super(sensor, seed);
  }

  @Override
  public void simulate(
      Scenario scenario, List<SimulatedTarget> targets, Consumer<SimulatedObservation> sink) {
    double[] enu = new double[3];
    double sigma = Math.toRadians(sensor.sigmaAzimuthDeg());
    for (double t = sensor.phaseS(); t < scenario.durationS(); t += sensor.rotationPeriodS()) {
      for (SimulatedTarget target : targets) {
        if (!target.trajectory().aliveAt(t)) {
          continue;
        }
        GeoPoint p = target.trajectory().positionAt(t);
        frame.toEnu(p.latDeg(), p.lonDeg(), p.altitudeOr(0), enu);
        double range = Math.sqrt(enu[0] * enu[0] + enu[1] * enu[1] + enu[2] * enu[2]);
        boolean audible =
            sensor.kind() != org.sargas.model.sensor.SensorKind.ACOUSTIC
                || p.altitudeOr(0) < MAX_ACOUSTIC_HEIGHT_M;
        if (range > sensor.maxRangeM()
            || !audible
            || rng.nextDouble() >= sensor.detectionProbabilityFor(target.spec().type())) {
          continue;
        }
        double b = Math.atan2(enu[0], enu[1]) + sigma * rng.nextGaussian();
        b = b - 2 * Math.PI * Math.floor(b / (2 * Math.PI));
        Observation o =
            new Observation(
                sensor.id(),
                scenario.timeAt(t),
                new BearingMeasurement(b, sigma),
                Double.NaN,
                null);
        sink.accept(new SimulatedObservation(o, target.spec().id()));
      }
    }
  }
}
