package org.sargas.flink.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.flink.job.FrameRecord;
import org.sargas.flink.job.RegionOutput;
import org.sargas.model.airspace.Violation;
import org.sargas.pipeline.sector.SectorSettings;
import org.sargas.server.pipeline.ScenarioResult;
import org.sargas.server.pipeline.ScenarioRun;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;

/**
 * The Flink job against the embedded pipeline on a seed scenario, over a real (in-JVM) Kafka, and
 * its exactly-once output across an injected task failure.
 */
class FlinkScenarioRunTest {
  private static final String NAME = "poland-2025-09-10";
  private static LocalKafka kafka;
  private static LocalFlinkRun local;
  private static Scenario scenario;
  private static LocalFlinkRun.Outcome clean;

  @BeforeAll
  static void start() throws Exception {
    kafka = LocalKafka.start();
    local = new LocalFlinkRun(kafka);
    scenario = new ScenarioCatalog().find(NAME).orElseThrow();
    clean = local.run(scenario, NAME, null, LocalFlinkRun.Options.defaults());
  }

  @AfterAll
  static void stop() throws Exception {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void sameViolationsAsTheEmbeddedPipeline() {
    ScenarioResult embedded = new ScenarioRun(CountryBorders.easternFlank()).run(scenario);
    List<Violation> viaFlink = clean.result().violations();
    assertSameViolations(viaFlink, embedded.violations());
    // Deterministic: the same scans, so even the track ids and the measurements agree.
    assertThat(viaFlink).isEqualTo(embedded.violations());
    assertThat(clean.result().alerts()).isEqualTo(embedded.alerts());
  }

  private static final SectorSettings GRID =
      new SectorSettings(2, 2, SectorSettings.DEFAULT_HALO_M);
  private static LocalFlinkRun.Outcome sectoredClean;

  /** An undisturbed run with tracking keyed by 2 × 2 sectors (decision 1703), run once. */
  private static synchronized LocalFlinkRun.Outcome sectored() throws Exception {
    if (sectoredClean == null) {
      sectoredClean =
          local.run(scenario, NAME, null, LocalFlinkRun.Options.defaults().withSectors(GRID));
    }
    return sectoredClean;
  }

  /** 2 × 2 sectors as the job's tracking keys (decision 1703) over Kafka. */
  @Test
  void targetsCrossingTrackingSectorEdgesKeepOneIdUnderFlink() throws Exception {
    SectorSettings grid = GRID;
    LocalFlinkRun.Outcome sectored = sectored();
    assertThat(sectored.handovers()).as("tracks handed over at a sector edge").isPositive();
    // One id per target across the edges: the same violations as with one sector.
    assertSameViolations(sectored.result().violations(), clean.result().violations());
    // And exactly those of the embedded pipeline with the same sectors.
    ScenarioResult embedded =
        new ScenarioRun(CountryBorders.easternFlank()).withSectors(grid).run(scenario);
    assertThat(sectored.result().violations()).isEqualTo(embedded.violations());
  }

  /** Track-independent: zone, entry within 1 s, depth within 10 m. */
  private static void assertSameViolations(List<Violation> actual, List<Violation> expected) {
    assertThat(expected).isNotEmpty();
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < actual.size(); i++) {
      Violation f = actual.get(i);
      Violation e = expected.get(i);
      assertThat(f.zoneId()).isEqualTo(e.zoneId());
      assertThat(Duration.between(e.entryTime(), f.entryTime()).abs())
          .isLessThanOrEqualTo(Duration.ofSeconds(1));
      assertThat(f.maxDepthM()).isCloseTo(e.maxDepthM(), Offset.offset(10.0));
    }
  }

  @Test
  void aTaskFailureMidRunLeavesTheCommittedOutputIdentical() throws Exception {
    long failAfter = clean.frames() / 2;
    FailOnce.reset(failAfter);
    LocalFlinkRun.Outcome failed =
        local.run(
            scenario, NAME, null, LocalFlinkRun.Options.defaults().withTap(new FailOnce(), 200));
    assertThat(FailOnce.FAILED.get()).as("the failure was injected").isTrue();
    assertThat(multiset(failed.outputs())).isEqualTo(multiset(clean.outputs()));
    assertThat(failed.result().violations()).isEqualTo(clean.result().violations());
  }

  @Test
  void aTaskFailureMidRunWithSectorKeysLeavesTheCommittedOutputIdentical() throws Exception {
    LocalFlinkRun.Outcome undisturbed = sectored();
    FailOnce.reset(undisturbed.frames() / 2);
    LocalFlinkRun.Outcome failed =
        local.run(
            scenario,
            NAME,
            null,
            LocalFlinkRun.Options.defaults().withSectors(GRID).withTap(new FailOnce(), 200));
    assertThat(FailOnce.FAILED.get()).as("the failure was injected").isTrue();
    assertThat(multiset(failed.outputs())).isEqualTo(multiset(undisturbed.outputs()));
    assertThat(failed.result().violations()).isEqualTo(undisturbed.result().violations());
  }

  private static List<String> multiset(List<RegionOutput> outputs) {
    List<String> out = new ArrayList<>();
    outputs.forEach(
        o ->
            out.add(
                o.topic().replaceAll("\\.\\d+$", "")
                    + " "
                    + o.kind()
                    + " "
                    + o.region()
                    + " "
                    + o.scanNanos()
                    + " "
                    + o.seq()
                    + " "
                    + o.key()
                    + " "
                    + o.json()));
    out.sort(null);
    return out;
  }

  /**
   * Throws once, after a checkpoint has completed and {@code failAfter} frames have passed: the job
   * restarts from that checkpoint (state restored, regions replayed, uncommitted output aborted).
   */
  static final class FailOnce implements MapFunction<FrameRecord, FrameRecord>, CheckpointListener {
    private static final long serialVersionUID = 1L;
    static final AtomicBoolean FAILED = new AtomicBoolean();
    static final AtomicBoolean CHECKPOINTED = new AtomicBoolean();
    static final AtomicLong SEEN = new AtomicLong();
    static volatile long failAfter;

    static void reset(long after) {
      FAILED.set(false);
      CHECKPOINTED.set(false);
      SEEN.set(0);
      failAfter = after;
    }

    @Override
    public FrameRecord map(FrameRecord o) throws InterruptedException {
      if (SEEN.incrementAndGet() >= failAfter && !FAILED.get()) {
        if (CHECKPOINTED.get()) {
          if (FAILED.compareAndSet(false, true)) {
            throw new IllegalStateException("injected failure");
          }
        } else {
          // Past the middle before any checkpoint completed (a busy machine): slow the frames
          // down (barriers still pass between them) until one has, so the failure comes after a
          // checkpoint whatever the machine's speed.
          Thread.sleep(5);
        }
      }
      return o;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      CHECKPOINTED.set(true);
    }
  }
}
