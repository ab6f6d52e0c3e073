package org.sargas.server.config;

import java.util.List;

/**
 * The releasability label this node gives its own tracks (STANAG 4774 style; docs/sharing.md).
 *
 * @param policy policy identifier (default {@code NATO})
 * @param classification {@code UNCLASSIFIED}, {@code RESTRICTED}, {@code CONFIDENTIAL}, {@code
 *     SECRET} or {@code TOP_SECRET} (default {@code RESTRICTED})
 * @param releasableTo ISO 3166-1 alpha-3 nations that may receive the tracks (default: this node's
 *     nation only, so nothing leaves until it is set)
 * @param sensorSitesReleasable whether the node's sensor sites may go with its tracks (default
 *     false)
 */
public record FederationLabelConfig(
    String policy,
    String classification,
    List<String> releasableTo,
    Boolean sensorSitesReleasable) {
  public FederationLabelConfig {
    policy = policy == null ? "NATO" : policy;
    classification = classification == null ? "RESTRICTED" : classification;
    if (!FederationConfig.CLASSIFICATIONS.contains(classification)) {
      throw new ConfigException(
          "federation.label.classification must be one of " + FederationConfig.CLASSIFICATIONS);
    }
    releasableTo = releasableTo == null ? List.of() : List.copyOf(releasableTo);
    sensorSitesReleasable = sensorSitesReleasable != null && sensorSitesReleasable;
  }
}
