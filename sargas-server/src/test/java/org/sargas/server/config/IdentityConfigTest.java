package org.sargas.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.model.track.StandardIdentity;
import org.sargas.pipeline.identity.IdentificationCriteria;
import org.sargas.pipeline.identity.IdentificationCriterion;

class IdentityConfigTest {
  @Test
  void theEmbeddedYamlIsTheDocumentedDefault() {
    assertThat(IdentityConfig.embeddedCriteria()).isEqualTo(IdentificationCriteria.defaults());
  }

  @Test
  void aCriteriaFileReordersAndRestricts() throws Exception {
    String yaml =
        """
        rules:
          - {name: plan, criterion: flight-plan, identity: NEUTRAL}
          - {name: from Belarus, criterion: origin, identity: hostile, values: [blr]}
        routeCorridorM: 10000
        """;
    IdentificationCriteria c =
        IdentityConfig.readCriteria(
            new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    assertThat(c.rules()).hasSize(2);
    assertThat(c.rules().get(1).criterion()).isEqualTo(IdentificationCriterion.ORIGIN);
    assertThat(c.rules().get(1).identity()).isEqualTo(StandardIdentity.HOSTILE);
    assertThat(c.rules().get(1).values()).containsExactly("BLR");
    assertThat(c.routeCorridorM()).isEqualTo(10000);
  }

  @Test
  void badCriteriaNameTheFileAndTheRule() {
    String unknownCriterion = "rules:\n  - {name: x, criterion: gut-feeling, identity: HOSTILE}\n";
    assertThatThrownBy(
            () ->
                IdentityConfig.readCriteria(
                    new ByteArrayInputStream(unknownCriterion.getBytes(StandardCharsets.UTF_8)),
                    "c.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("c.yaml: rules[0]")
        .hasMessageContaining("gut-feeling")
        .hasMessageContaining("flight-plan");
    String badIdentity = "rules:\n  - {name: x, criterion: origin, identity: ENEMY}\n";
    assertThatThrownBy(
            () ->
                IdentityConfig.readCriteria(
                    new ByteArrayInputStream(badIdentity.getBytes(StandardCharsets.UTF_8)),
                    "c.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rules[0]");
    String unknownKey = "rules: []\nroutCorridor: 5\n";
    assertThatThrownBy(
            () ->
                IdentityConfig.readCriteria(
                    new ByteArrayInputStream(unknownKey.getBytes(StandardCharsets.UTF_8)),
                    "c.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("routCorridor");
  }

  @Test
  void clearancesAndListsJoinTheCriteria() {
    IdentityConfig cfg =
        new IdentityConfig(
            null,
            null,
            null,
            List.of("4d2001"),
            List.of("1596F000POLICE01"),
            List.of(
                new IdentityConfig.ClearanceConfig(
                    "DIP-1",
                    "RFF7071",
                    null,
                    "RA-78830",
                    "2025-10-23T14:00:00Z",
                    "2025-10-23T18:00:00Z",
                    List.of(),
                    null,
                    null)));
    IdentificationCriteria c = cfg.toCriteria(null);
    assertThat(c.friendlyAircraft()).containsExactly("4D2001");
    assertThat(c.friendlyDrones()).containsExactly("1596F000POLICE01");
    assertThat(c.clearances())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.identity()).isEqualTo(StandardIdentity.NEUTRAL);
              assertThat(d.corridorM()).isEqualTo(20_000);
            });
    IdentityConfig bad =
        new IdentityConfig(
            null,
            null,
            null,
            null,
            null,
            List.of(
                new IdentityConfig.ClearanceConfig(
                    "DIP-2",
                    "X",
                    null,
                    null,
                    "yesterday",
                    "2025-10-23T18:00:00Z",
                    null,
                    null,
                    null)));
    assertThatThrownBy(() -> bad.toCriteria(null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("identity.clearances[0]");
  }
}
