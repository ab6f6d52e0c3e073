package org.sargas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.model.airspace.MeasurementBasis;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ViolationEventKind;
import org.sargas.model.airspace.ViolationStatus;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.geo.GeoPoint;

/** Smoothed violations become revisions of the filtered ones (decision 0802). */
class ViolationReviserTest {
  private static final Instant T0 = Instant.parse("2025-10-23T15:00:00Z");

  private static Violation violation(
      String track, double entryS, Double exitS, double depthM, MeasurementBasis basis) {
    Instant entry = T0.plusMillis(Math.round(entryS * 1000));
    Instant exit = exitS == null ? null : T0.plusMillis(Math.round(exitS * 1000));
    GeoPoint p = GeoPoint.of(54.5, 22.5);
    return new Violation(
        track + "/LTU/" + entry.toEpochMilli(),
        track,
        "LTU",
        ZoneKind.NATIONAL_AIRSPACE,
        entry,
        p,
        exit,
        exit == null ? null : p,
        depthM,
        entry,
        p,
        depthM - 50,
        depthM + 50,
        "RUS",
        exit == null ? null : "RUS",
        0.99,
        ViolationStatus.CONFIRMED,
        entry.minusMillis(300),
        entry.plusMillis(300),
        null,
        null,
        basis);
  }

  private static ViolationEvent event(ViolationEventKind kind, double atS, Violation v) {
    return new ViolationEvent(kind, T0.plusMillis(Math.round(atS * 1000)), v);
  }

  @Test
  void smoothedFiguresReviseTheFilteredViolationUnderItsId() {
    ViolationReviser reviser = new ViolationReviser();
    Violation filtered = violation("T1", 100.0, null, 760, MeasurementBasis.FILTERED);
    reviser.observeFiltered(List.of(event(ViolationEventKind.OPENED, 101, filtered)));

    Violation smoothed = violation("T1", 100.4, null, 700, MeasurementBasis.SMOOTHED);
    List<ViolationEvent> first =
        reviser.revise(
            T0.plusSeconds(113), List.of(event(ViolationEventKind.OPENED, 101, smoothed)));
    assertThat(first).hasSize(1);
    Violation r = first.get(0).violation();
    assertThat(first.get(0).kind()).isEqualTo(ViolationEventKind.REVISED);
    assertThat(r.violationId()).isEqualTo(filtered.violationId());
    assertThat(r.entryTime()).isEqualTo(smoothed.entryTime());
    assertThat(r.maxDepthM()).isEqualTo(700);
    assertThat(r.basis()).isEqualTo(MeasurementBasis.SMOOTHED);

    // Depth growth alone is revised at most once a minute; the close goes at once.
    Violation deeper = violation("T1", 100.4, null, 705, MeasurementBasis.SMOOTHED);
    assertThat(
            reviser.revise(
                T0.plusSeconds(114), List.of(event(ViolationEventKind.UPDATED, 102, deeper))))
        .isEmpty();
    Violation closed = violation("T1", 100.4, 118.2, 706, MeasurementBasis.SMOOTHED);
    List<ViolationEvent> last =
        reviser.revise(T0.plusSeconds(140), List.of(event(ViolationEventKind.CLOSED, 128, closed)));
    assertThat(last).hasSize(1);
    assertThat(last.get(0).violation().exitTime()).isEqualTo(closed.exitTime());
    assertThat(last.get(0).violation().maxDepthM()).isEqualTo(706);
  }

  @Test
  void heldBackFiguresAreRevisedWhenTheMinuteIsUp() {
    ViolationReviser reviser = new ViolationReviser();
    Violation filtered = violation("T1", 100.0, null, 760, MeasurementBasis.FILTERED);
    reviser.observeFiltered(List.of(event(ViolationEventKind.OPENED, 101, filtered)));
    reviser.revise(
        T0.plusSeconds(113),
        List.of(
            event(
                ViolationEventKind.OPENED,
                101,
                violation("T1", 100.4, null, 700, MeasurementBasis.SMOOTHED))));
    reviser.revise(
        T0.plusSeconds(120),
        List.of(
            event(
                ViolationEventKind.UPDATED,
                108,
                violation("T1", 100.4, null, 900, MeasurementBasis.SMOOTHED))));
    List<ViolationEvent> later = reviser.revise(T0.plusSeconds(173), List.of());
    assertThat(later).hasSize(1);
    assertThat(later.get(0).violation().maxDepthM()).isEqualTo(900);
  }

  @Test
  void aSmoothedViolationWithoutAFilteredOneIsCountedNotReported() {
    ViolationReviser reviser = new ViolationReviser();
    reviser.observeFiltered(
        List.of(
            event(
                ViolationEventKind.CLOSED,
                128,
                violation("T1", 100.0, 118.0, 760, MeasurementBasis.FILTERED))));
    List<ViolationEvent> out =
        reviser.revise(
            T0.plusSeconds(113),
            List.of(
                event(
                    ViolationEventKind.OPENED,
                    101,
                    violation("T2", 100.0, null, 50, MeasurementBasis.SMOOTHED)),
                event(
                    ViolationEventKind.OPENED,
                    101,
                    violation("T1", 300.0, null, 50, MeasurementBasis.SMOOTHED))));
    assertThat(out).isEmpty();
    assertThat(reviser.unmatched()).isEqualTo(2);
  }
}
