package org.sargas.flink.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.flink.job.OutputJson;
import org.sargas.flink.job.RegionOutput;
import org.sargas.model.airspace.Warning;
import org.sargas.model.geo.GeoPoint;
import org.sargas.pipeline.ScanOutput;

/** The reorder buffer and scan grouping of the Kafka backend's reader, on hand-made outputs. */
class ScanAssemblerTest {
  private static final long MS = 1_000_000L;
  private static final long GAP_TIMEOUT = 5000 * MS;
  private static final long QUIET = 200 * MS;
  private static final Instant T0 = Instant.parse("2025-09-10T00:00:00Z");
  private static final ObjectMapper JSON = OutputJson.mapper();

  private final List<ScanOutput> scans = new ArrayList<>();
  private final ScanAssembler assembler = new ScanAssembler(GAP_TIMEOUT, QUIET, scans::add);

  /** A warning output of region 0 (warnings: the smallest model record to write by hand). */
  private static RegionOutput warning(long seq, int scanS, String zone) {
    Instant t = T0.plusSeconds(scanS);
    Warning w =
        new Warning("trk-1", zone, t, t.plusSeconds(60), GeoPoint.of(54, 25), 60, "straight");
    return new RegionOutput(
        "sargas.warnings",
        "warning",
        0,
        T0.plusSeconds(scanS).getEpochSecond() * 1_000_000_000L,
        seq,
        zone,
        OutputJson.write(JSON, w));
  }

  private void offer(RegionOutput o, long offset, long now) {
    assembler.offer(o, "t-0", offset, now);
  }

  @Test
  void outputsArrivingOutOfOrderAcrossTopicsAreReleasedInSequenceOrderAsWholeScans() {
    offer(warning(2, 2, "C"), 0, 0);
    offer(warning(0, 1, "A"), 0, 0);
    assembler.drain(0);
    assertThat(scans).as("seq 1 is missing: only seq 0 released, its scan still open").isEmpty();
    offer(warning(1, 1, "B"), 1, MS);
    assembler.drain(MS);
    assertThat(scans).hasSize(1);
    assertThat(scans.get(0).scanTime()).isEqualTo(T0.plusSeconds(1));
    assertThat(scans.get(0).warnings()).extracting(Warning::zoneId).containsExactly("A", "B");
    // The scan of seq 2 completes once the region has been quiet.
    assembler.drain(MS + QUIET);
    assertThat(scans).hasSize(2);
    assertThat(scans.get(1).warnings()).extracting(Warning::zoneId).containsExactly("C");
    assertThat(assembler.held()).isZero();
    assertThat(assembler.gapsSkipped()).isZero();
  }

  @Test
  void aGapThatNeverFillsIsSkippedAfterTheTimeoutAndCounted() {
    offer(warning(0, 1, "A"), 0, 0);
    offer(warning(3, 2, "D"), 3, 0);
    assembler.drain(0);
    assembler.drain(QUIET);
    assertThat(scans).hasSize(1);
    assembler.drain(GAP_TIMEOUT - 1);
    assertThat(scans).as("still waiting for 1..2").hasSize(1);
    assembler.drain(GAP_TIMEOUT);
    assembler.drain(GAP_TIMEOUT + QUIET);
    assertThat(scans).hasSize(2);
    assertThat(scans.get(1).warnings()).extracting(Warning::zoneId).containsExactly("D");
    assertThat(assembler.gapsSkipped()).isEqualTo(1);
    assertThat(assembler.outputsSkipped()).isEqualTo(2);
    // A straggler of the skipped gap is a duplicate now.
    offer(warning(1, 1, "B"), 1, GAP_TIMEOUT + QUIET);
    assertThat(assembler.duplicates()).isEqualTo(1);
  }

  @Test
  void outputsReadAgainAreDroppedAndOffsetsStopAtTheFirstHeld() {
    offer(warning(0, 1, "A"), 10, 0);
    offer(warning(0, 1, "A"), 10, 0);
    assertThat(assembler.duplicates()).isEqualTo(1);
    offer(warning(2, 2, "C"), 12, 0);
    assembler.drain(0);
    assertThat(assembler.lowestHeldOffsets())
        .as("seq 0 is in the open scan: not committed yet")
        .containsEntry("t-0", 10L);
    offer(warning(1, 1, "B"), 11, MS);
    assembler.drain(MS);
    assertThat(assembler.lowestHeldOffsets()).containsEntry("t-0", 12L);
    assembler.drain(MS + QUIET);
    assertThat(assembler.lowestHeldOffsets()).isEmpty();
  }

  @Test
  void aNodeJoiningARunningJobStartsAtTheLowestNumberSeenWithinTheTimeout() {
    offer(warning(41, 5, "B"), 1, 0);
    assembler.drain(0);
    offer(warning(40, 5, "A"), 0, MS);
    assembler.drain(GAP_TIMEOUT - 1);
    assertThat(scans).isEmpty();
    assembler.drain(GAP_TIMEOUT);
    assembler.drain(GAP_TIMEOUT + QUIET);
    assertThat(scans).hasSize(1);
    assertThat(scans.get(0).warnings()).extracting(Warning::zoneId).containsExactly("A", "B");
  }

  @Test
  void aJobStartedAfreshNumbersFromZeroAgainAndTheRegionStartsOver() {
    offer(warning(0, 1, "A"), 0, 0);
    offer(warning(1, 2, "B"), 1, 0);
    assembler.drain(0);
    assembler.drain(QUIET);
    assertThat(scans).hasSize(2);
    offer(warning(0, 9, "Z"), 2, QUIET);
    assembler.drain(2 * QUIET);
    assembler.drain(3 * QUIET);
    assertThat(scans).hasSize(3);
    assertThat(scans.get(2).warnings()).extracting(Warning::zoneId).containsExactly("Z");
    assertThat(assembler.duplicates()).isZero();
  }

  @Test
  void flushReleasesEverythingHeldSkippingGaps() {
    offer(warning(0, 1, "A"), 0, 0);
    offer(warning(5, 3, "F"), 5, 0);
    assembler.flush();
    assertThat(scans).hasSize(2);
    assertThat(assembler.gapsSkipped()).isEqualTo(1);
    assertThat(assembler.held()).isZero();
  }
}
