package org.sargas.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.pipeline.PipelineSetup;
import org.sargas.server.config.ServeConfig;

/** A restarted node numbers its tracks after the greatest id its store names. */
class NodePipelineSetupTest {
  @Test
  void tracksAreNumberedAfterTheGreatestStoredId() {
    assertThat(NodePipelineSetup.nextTrackNumber(null)).isEqualTo(1);
    assertThat(NodePipelineSetup.nextTrackNumber("T0000107")).isEqualTo(108);
    assertThat(NodePipelineSetup.nextTrackNumber("IL-78")).as("an id of another form").isEqualTo(1);
    PipelineSetup setup =
        NodePipelineSetup.of(ServeConfig.defaults(), CountryBorders.easternFlank(), "T0000107");
    assertThat(setup.tracker().firstTrackNumber()).isEqualTo(108);
    assertThat(setup.zones()).extracting(z -> z.id()).containsExactly("LTU");
    assertThat(setup.sensors()).containsKeys("LT-LRR-1", "LT-GF-1", "LT-ADSB-1");
    assertThat(setup.trackerSensors())
        .as("cooperative receivers are not tracker sensors")
        .containsOnlyKeys("LT-LRR-1", "LT-GF-1");
  }
}
