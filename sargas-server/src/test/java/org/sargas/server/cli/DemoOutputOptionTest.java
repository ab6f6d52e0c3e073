package org.sargas.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.server.config.ConfigException;
import org.sargas.server.config.OutputConfig;

/** {@code sargas demo --output FORMAT[=HOST:PORT]}. */
class DemoOutputOptionTest {
  @Test
  void formatsTargetsAndDefaults() {
    List<OutputConfig> o =
        DemoCommand.outputs(List.of("asterix-cat062=127.0.0.1:18600", "cot-xml", "tak-protobuf"));
    assertThat(o.get(0).format()).isEqualTo("asterix-cat062");
    assertThat(o.get(0).host()).isEqualTo("127.0.0.1");
    assertThat(o.get(0).port()).isEqualTo(18600);
    assertThat(o.get(0).wallClockTimes()).isFalse();
    assertThat(o.get(1).host()).isEqualTo(OutputConfig.COT_MESH_GROUP);
    assertThat(o.get(1).port()).isEqualTo(OutputConfig.COT_MESH_PORT);
    assertThat(o.get(1).wallClockTimes()).isTrue();
    assertThat(o.get(2).format()).isEqualTo("tak-protobuf");
    assertThat(o).extracting(OutputConfig::id).doesNotHaveDuplicates();
  }

  @Test
  void badOptionsAreErrors() {
    assertThatThrownBy(() -> DemoCommand.outputs(List.of("cot-xml=nohostport")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DemoCommand.outputs(List.of("kml=1.2.3.4:5")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("format");
  }
}
