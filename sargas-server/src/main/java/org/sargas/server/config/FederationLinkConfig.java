package org.sargas.server.config;

import java.util.List;

/**
 * One federation partner: where its node listens, how it is authenticated and what this node lets
 * out to it (the egress filter; docs/sharing.md).
 *
 * @param id link id (metrics, logs, {@code /health})
 * @param node the partner node's id (its {@code federation.nodeId}; default the link id): tracks it
 *     sends arrive under this name
 * @param nation the partner's nation, ISO 3166-1 alpha-3 (required): a track leaves only when its
 *     label releases it to this nation
 * @param clearance the highest classification the link may carry (default {@code SECRET})
 * @param host the partner's federation listener host (required)
 * @param port the partner's federation listener port (required)
 * @param certificate the partner's certificate (PEM or DER file), pinned: trusted for this link in
 *     both directions (mutual TLS); or null when {@code federation.trustStore} holds the partner's
 *     CA
 * @param filter area and class filter (the outputs' filter keys; default all)
 * @param fields optional field groups that may leave: {@code identity} (Mode S address, callsign,
 *     Mode 3/A) and {@code sensorSites} (only for tracks whose label releases them); default {@code
 *     [identity]}
 */
public record FederationLinkConfig(
    String id,
    String node,
    String nation,
    String clearance,
    String host,
    Integer port,
    String certificate,
    OutputFilter filter,
    List<String> fields) {

  /** The optional field groups a link may carry. */
  public static final List<String> FIELDS = List.of("identity", "sensorSites");

  public FederationLinkConfig {
    if (id == null || nation == null || host == null || port == null) {
      throw new ConfigException("federation link needs id, nation, host and port");
    }
    node = node == null ? id : node;
    clearance = clearance == null ? "SECRET" : clearance;
    if (!FederationConfig.CLASSIFICATIONS.contains(clearance)) {
      throw new ConfigException(
          "federation link "
              + id
              + ": clearance must be one of "
              + FederationConfig.CLASSIFICATIONS);
    }
    filter = filter == null ? OutputFilter.ALL : filter;
    fields = fields == null ? List.of("identity") : List.copyOf(fields);
    for (String f : fields) {
      if (!FIELDS.contains(f)) {
        throw new ConfigException("federation link " + id + ": fields must be among " + FIELDS);
      }
    }
  }
}
