package org.sargas.flink.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sargas.flink.local.ScenarioInputs;
import org.sargas.model.frame.RawFrame;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.pipeline.EventTimeSlicer;
import org.sargas.pipeline.PipelineSetup;
import org.sargas.pipeline.sector.SectorRouter;
import org.sargas.pipeline.sector.SectorSettings;
import org.sargas.pipeline.sector.SectoredTracker;
import org.sargas.server.pipeline.ScenarioWire;
import org.sargas.sim.Simulator;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;

/**
 * Tracking keyed by geographic sector (decision 1703) against the sectors inside one pipeline
 * operator (decision 1201), on a seed scenario's frames without Kafka: the outputs must be the
 * same, record for record and number for number.
 */
class SectorKeyedJobTest {
  private static final String NAME = "poland-2025-09-10";
  private static final SectorSettings GRID =
      new SectorSettings(2, 2, SectorSettings.DEFAULT_HALO_M);
  private static List<FrameRecord> frames;
  private static JobSettings settings;
  private static List<RegionOutput> inside;
  private static List<RegionOutput> keyed;

  @BeforeAll
  static void frames() throws Exception {
    Scenario scenario = new ScenarioCatalog().find(NAME).orElseThrow();
    List<RawFrame> raw = new ScenarioWire(scenario).frames(new Simulator().run(scenario));
    frames = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      frames.add(FrameRecord.of(raw.get(i), i));
    }
    settings =
        JobSettings.defaults()
            .withEndOfData(EventTimeSlicer.nanos(scenario.timeAt(scenario.durationS())));
    inside = run(false, 1);
    keyed = run(true, 1);
  }

  private static List<RegionOutput> run(boolean sectorKeys, int parallelism) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
    ScenarioInputs inputs = new ScenarioInputs(NAME, null, GRID);
    SurveillanceJob job = new SurveillanceJob(settings, inputs, inputs).withSectorKeys(sectorKeys);
    DataStream<FrameRecord> source =
        env.fromData(frames).assignTimestampsAndWatermarks(job.watermarks());
    DataStream<RegionOutput> outputs = job.outputs(source);
    assertThat(env.getExecutionPlan())
        .as("tracking keyed by sector")
        .contains(sectorKeys ? "sector tracking" : "region pipeline")
        .doesNotContain(sectorKeys ? "region pipeline" : "sector tracking");
    List<RegionOutput> out = new ArrayList<>();
    try (CloseableIterator<RegionOutput> it = outputs.executeAndCollect()) {
      it.forEachRemaining(out::add);
    }
    out.sort(Comparator.comparingLong(RegionOutput::region).thenComparingLong(RegionOutput::seq));
    return out;
  }

  @Test
  void sectorKeysGiveTheOutputsOfTheSectorsInsideOnePipeline() {
    assertThat(inside).isNotEmpty();
    assertThat(keyed).hasSameSizeAs(inside);
    assertThat(keyed).isEqualTo(inside);
  }

  @Test
  void sectorsSpreadOverTwoSlotsGiveTheSameOutputs() throws Exception {
    assertThat(run(true, 2)).isEqualTo(inside);
  }

  @Test
  void aTargetCrossingASectorEdgeKeepsOneTrackIdThroughTheSectorKeys() {
    PipelineSetup setup = new ScenarioInputs(NAME, null, GRID).setup(0);
    SectorRouter router = SectoredTracker.router(setup.region(), setup.sensors(), setup.sectors());
    ObjectMapper json = OutputJson.mapper();
    Map<String, Set<Integer>> owners = new HashMap<>();
    Map<String, Integer> drops = new HashMap<>();
    for (RegionOutput o : keyed) {
      if (!o.kind().equals("track")) {
        continue;
      }
      Track t = OutputJson.read(json, o.json(), Track.class);
      if (t.state() == TrackState.DROPPED) {
        drops.merge(t.trackId(), 1, Integer::sum);
      } else {
        owners.computeIfAbsent(t.trackId(), k -> new TreeSet<>()).add(router.ownerOf(t.position()));
      }
    }
    List<String> crossing =
        owners.entrySet().stream()
            .filter(e -> e.getValue().size() > 1)
            .map(Map.Entry::getKey)
            .toList();
    // Targets flew from one sector's core into another's under one id, published by both ...
    assertThat(crossing).isNotEmpty();
    // ... and each such id was dropped once at most (never re-created under it mid-flight).
    for (String id : crossing) {
      assertThat(drops.getOrDefault(id, 0)).as(id).isLessThanOrEqualTo(1);
    }
  }
}
