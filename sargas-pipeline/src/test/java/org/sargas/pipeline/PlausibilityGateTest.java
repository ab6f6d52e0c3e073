package org.sargas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.model.observation.SystemTrackMeasurement;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.sensor.SensorKind;

/** Each rule of the plausibility gate rejects what it should and passes the rest. */
class PlausibilityGateTest {
  private static final Instant RX = Instant.parse("2026-03-01T10:00:00Z");
  private final PlausibilityGate gate =
      new PlausibilityGate(
          Map.of(
              "R",
              new Sensor("R", null, SensorKind.PRIMARY_RADAR, new GeoPoint(54, 24, 0), 100_000, 4)),
          GateSettings.defaults());

  private static Observation polar(String sensor, Instant t, double rangeM, double altM) {
    return new Observation(sensor, t, PolarMeasurement.of(rangeM, 1.0, 50, 0.002), altM, null);
  }

  @Test
  void rules() {
    assertNull(gate.check(polar("R", RX.minusMillis(300), 50_000, 6000), RX));
    assertEquals(GateRejection.UNKNOWN_SENSOR, gate.check(polar("X", RX, 50_000, 6000), RX));
    assertEquals(GateRejection.FUTURE, gate.check(polar("R", RX.plusSeconds(6), 50_000, 6000), RX));
    assertEquals(
        GateRejection.STALE, gate.check(polar("R", RX.minusSeconds(61), 50_000, 6000), RX));
    assertEquals(GateRejection.OUT_OF_RANGE, gate.check(polar("R", RX, 130_000, 6000), RX));
    assertEquals(GateRejection.BAD_POSITION, gate.check(polar("R", RX, Double.NaN, 6000), RX));
    assertEquals(GateRejection.BAD_ALTITUDE, gate.check(polar("R", RX, 50_000, 40_000), RX));
    Observation geo =
        new Observation(
            "R", RX, new GeodeticMeasurement(new GeoPoint(54.5, 24, 6000), 50, 10), 6000, null);
    assertNull(gate.check(geo, RX));
  }

  @Test
  void aSystemTrackReportPassesTheRulesOfEveryReport() {
    assertNull(gate.check(systemTrack(RX, 6000), RX));
    assertEquals(GateRejection.STALE, gate.check(systemTrack(RX.minusSeconds(61), 6000), RX));
    assertEquals(GateRejection.BAD_ALTITUDE, gate.check(systemTrack(RX, 40_000), RX));
  }

  private static Observation systemTrack(Instant t, double altitudeM) {
    return new Observation(
        "R",
        t,
        new SystemTrackMeasurement(
            new GeoPoint(54.5, 24, altitudeM), 50, 50, 0, 200, 0, 2, 2, 30, 17, 1.0),
        altitudeM,
        null);
  }
}
