package org.sargas.server.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.ObservationDecoder;
import org.sargas.formats.feed.ObservationDecoders;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.model.sensor.SensorKind;
import org.sargas.server.config.SensorConfig;
import org.sargas.sim.SimulationResult;
import org.sargas.sim.Simulator;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.scenario.ScenarioSensor;
import org.sargas.sim.sensor.SimulatedObservation;
import org.sargas.sim.wire.Cat048PlotWriter;

/**
 * Simulated radar plots written as CAT048 (with I048/110) come back through the ASTERIX observation
 * decoder intact, as the configured sensor.
 */
class WireRoundTripTest {
  @Test
  void cat048PlotsRoundTripThroughTheDecoder() {
    Scenario s = new ScenarioCatalog().find("lithuania-2025-su30").orElseThrow();
    SimulationResult sim = new Simulator().run(s);
    ScenarioSensor radar = s.sensors().get(0);
    SensorConfig sc =
        new SensorConfig(
            radar.id(),
            null,
            SensorKind.PRIMARY_RADAR,
            radar.latDeg(),
            radar.lonDeg(),
            radar.altitudeM(),
            radar.maxRangeM(),
            radar.rotationPeriodS(),
            25,
            1,
            70.0,
            0.15);
    List<String> failures = new ArrayList<>();
    List<Observation> out = new ArrayList<>();
    ObservationDecoder d =
        ObservationDecoders.forFeed(FrameFormat.ASTERIX, List.of(sc.toCalibration()), null);
    DecodeListener listener =
        new DecodeListener() {
          @Override
          public void observation(Observation o) {
            out.add(o);
          }

          @Override
          public void failure(org.sargas.formats.DecodeFailure f) {
            failures.add(f.toString());
          }

          @Override
          public void unknownSource(int sacSic) {
            failures.add("unknown " + sacSic);
          }
        };
    int n = 0;
    for (SimulatedObservation so : sim.observations()) {
      Observation o = so.observation();
      if (!o.sensorId().equals(radar.id()) || so.clutter()) {
        continue;
      }
      PolarMeasurement p = (PolarMeasurement) o.measurement();
      ByteBuffer b = ByteBuffer.allocate(100);
      int start = Cat048PlotWriter.beginBlock(b);
      Cat048PlotWriter.appendPlot(
          b,
          25,
          1,
          org.sargas.sim.wire.RadarFeedTestAccess.tod(o.time()),
          p.rangeM(),
          p.azimuthRad(),
          6100);
      Cat048PlotWriter.endBlock(b, start);
      byte[] bytes = java.util.Arrays.copyOf(b.array(), b.position());
      out.clear();
      d.decode(bytes, 0, bytes.length, o.time(), "r", 0, listener);
      assertEquals(1, out.size(), failures.toString());
      Observation back = out.get(0);
      PolarMeasurement q = (PolarMeasurement) back.measurement();
      assertEquals(radar.id(), back.sensorId());
      assertEquals(p.rangeM(), q.rangeM(), 1852.0 / 256);
      assertEquals(p.azimuthRad(), q.azimuthRad(), 2 * Math.PI / 65536);
      assertEquals(6100, back.altitudeM(), 7.7);
      assertTrue(Math.abs(java.time.Duration.between(o.time(), back.time()).toMillis()) <= 8);
      n++;
    }
    assertTrue(n > 50, "plots checked: " + n);
    assertTrue(failures.isEmpty(), failures.toString());
  }
}
