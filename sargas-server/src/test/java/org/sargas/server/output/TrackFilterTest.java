package org.sargas.server.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.server.config.ConfigException;
import org.sargas.server.config.OutputFilter;

class TrackFilterTest {
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  private static Track at(double lat, double lon, TargetClass c, StandardIdentity id) {
    return OutputTracks.track("T1", T, lat, lon, c, id, Identity.NONE);
  }

  @Test
  void everyGivenCriterionMustHold() {
    TrackFilter f =
        new TrackFilter(
            new OutputFilter(
                List.of(54.0, 23.0, 56.0, 27.0),
                List.of(List.of(54.0, 23.0), List.of(56.0, 23.0), List.of(56.0, 25.0)),
                List.of(TargetClass.SMALL_DRONE, TargetClass.LOITERING_MUNITION),
                List.of(StandardIdentity.HOSTILE, StandardIdentity.SUSPECT)));
    // inside the triangle (lon < 23 + (lat - 54)), a drone, hostile
    assertThat(f.test(at(55.5, 23.5, TargetClass.SMALL_DRONE, StandardIdentity.HOSTILE))).isTrue();
    // inside the box, outside the triangle
    assertThat(f.test(at(54.5, 24.5, TargetClass.SMALL_DRONE, StandardIdentity.HOSTILE))).isFalse();
    // outside the box
    assertThat(f.test(at(57.0, 23.5, TargetClass.SMALL_DRONE, StandardIdentity.HOSTILE))).isFalse();
    // another class, another identity
    assertThat(f.test(at(55.5, 23.5, TargetClass.AIRLINER, StandardIdentity.HOSTILE))).isFalse();
    assertThat(f.test(at(55.5, 23.5, TargetClass.SMALL_DRONE, StandardIdentity.NEUTRAL))).isFalse();
  }

  @Test
  void noCriteriaLetsEverythingThrough() {
    assertThat(
            new TrackFilter(OutputFilter.ALL)
                .test(at(-10, 170, TargetClass.UNKNOWN, StandardIdentity.PENDING)))
        .isTrue();
  }

  @Test
  void malformedAreasAreConfigurationErrors() {
    assertThatThrownBy(() -> new OutputFilter(List.of(1.0, 2.0), null, null, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("bbox");
    assertThatThrownBy(
            () -> new OutputFilter(null, List.of(List.of(1.0, 2.0), List.of(2.0, 3.0)), null, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("polygon");
  }
}
