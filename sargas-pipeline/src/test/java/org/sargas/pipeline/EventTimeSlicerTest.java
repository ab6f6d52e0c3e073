package org.sargas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;

/** Late reports: refused once their slice ran, unless their input allows that much lateness. */
class EventTimeSlicerTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private static Observation at(double s) {
    return new Observation(
        "R", T0.plusMillis((long) (s * 1000)), PolarMeasurement.of(50_000, 1, 50, 0.002), 0, null);
  }

  @Test
  void aLateReportJoinsTheNextSliceWhenItsInputAllowsIt() {
    EventTimeSlicer slicer = new EventTimeSlicer(1.0, 1.0);
    List<List<Observation>> scans = new ArrayList<>();
    EventTimeSlicer.ScanHandler handler = (t, obs) -> scans.add(obs);
    assertTrue(slicer.offer(at(10.5)));
    slicer.advance(T0.plusSeconds(15), handler); // slices up to 14 s have run
    Observation threeLate = at(12.0);
    assertFalse(slicer.offer(threeLate), "the pipeline's own 1 s");
    assertFalse(slicer.offer(threeLate, 2.9));
    assertTrue(slicer.offer(threeLate, 5.0), "a system-track input's 5 s");
    slicer.advance(T0.plusSeconds(16), handler);
    assertEquals(List.of(threeLate), scans.get(scans.size() - 1));
  }
}
