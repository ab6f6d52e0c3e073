package org.sargas.server.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Federation of this node with partner nodes over mutual TLS (docs/sharing.md): who this node is,
 * where it listens, the label of its tracks, and one link per partner.
 *
 * @param nodeId this node's id, unique in the federation (required): global track ids start with it
 *     ({@code <nodeId>:<trackId>})
 * @param nation this node's nation, ISO 3166-1 alpha-3 (required)
 * @param clearance the highest classification this node may hold (default {@code SECRET}): anything
 *     above, or not releasable to {@code nation}, that arrives is counted as leaked and discarded
 * @param listenHost address the federation listener binds (default {@code 0.0.0.0})
 * @param listenPort its port (default 8443; 0 picks a free one)
 * @param keyStore PKCS#12 key store with this node's key and certificate (required)
 * @param trustStore PKCS#12 trust store with the partners' CA, or null when every link pins its
 *     partner's certificate
 * @param storePasswordEnv environment variable with the stores' password (default {@code
 *     SARGAS_FEDERATION_PASSWORD})
 * @param storePasswordFile file holding the stores' password (a mounted secret), read instead of
 *     the environment when set
 * @param label the label of this node's own tracks
 * @param updateIntervalS one update per track per this much event time crosses each link (default 1
 *     s; a change of global id or state goes at once)
 * @param backlog unacknowledged objects held per link (default 100000); beyond, new ones are
 *     dropped and counted
 * @param reconnectMaxS longest wait between reconnection attempts, s (default 10; from 0.25 s,
 *     doubling)
 * @param partnerTimeoutS a partner track not updated for this much event time leaves the picture
 *     (default 30)
 * @param correlationGateM distance within which a partner track and a local one may be the same
 *     object, m at equal times (default 1500; grows by 10 m per second of time difference)
 * @param correlationGateMps velocity difference allowed, m/s (default 25)
 * @param links the partners
 */
public record FederationConfig(
    String nodeId,
    String nation,
    String clearance,
    String listenHost,
    Integer listenPort,
    String keyStore,
    String trustStore,
    String storePasswordEnv,
    String storePasswordFile,
    FederationLabelConfig label,
    Double updateIntervalS,
    Integer backlog,
    Double reconnectMaxS,
    Double partnerTimeoutS,
    Double correlationGateM,
    Double correlationGateMps,
    List<FederationLinkConfig> links) {

  /** The classifications, lowest first (the names of {@code SecurityClassification}). */
  public static final List<String> CLASSIFICATIONS =
      List.of("UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP_SECRET");

  public FederationConfig {
    if (nodeId == null || nation == null || keyStore == null) {
      throw new ConfigException("federation needs nodeId, nation and keyStore");
    }
    if (nodeId.contains(":") || nodeId.isBlank() || nodeId.contains(" ")) {
      throw new ConfigException("federation.nodeId must not be blank or contain ':' or spaces");
    }
    clearance = clearance == null ? "SECRET" : clearance;
    if (!CLASSIFICATIONS.contains(clearance)) {
      throw new ConfigException("federation.clearance must be one of " + CLASSIFICATIONS);
    }
    listenHost = listenHost == null ? "0.0.0.0" : listenHost;
    listenPort = listenPort == null ? 8443 : listenPort;
    storePasswordEnv = storePasswordEnv == null ? "SARGAS_FEDERATION_PASSWORD" : storePasswordEnv;
    label = label == null ? new FederationLabelConfig(null, null, List.of(nation), null) : label;
    updateIntervalS = updateIntervalS == null ? 1.0 : updateIntervalS;
    backlog = backlog == null ? 100_000 : backlog;
    reconnectMaxS = reconnectMaxS == null ? 10.0 : reconnectMaxS;
    partnerTimeoutS = partnerTimeoutS == null ? 30.0 : partnerTimeoutS;
    correlationGateM = correlationGateM == null ? 1500.0 : correlationGateM;
    correlationGateMps = correlationGateMps == null ? 25.0 : correlationGateMps;
    links = links == null ? List.of() : List.copyOf(links);
    List<String> errors = new ArrayList<>();
    if (!(updateIntervalS >= 0) || backlog < 1 || !(reconnectMaxS >= 0.25)) {
      errors.add("updateIntervalS >= 0, backlog >= 1, reconnectMaxS >= 0.25");
    }
    if (!(partnerTimeoutS > 0) || !(correlationGateM > 0) || !(correlationGateMps > 0)) {
      errors.add("partnerTimeoutS, correlationGateM and correlationGateMps must be > 0");
    }
    Set<String> ids = new HashSet<>();
    for (FederationLinkConfig l : links) {
      if (!ids.add(l.id())) {
        errors.add("duplicate link id " + l.id());
      }
      if (l.node().equals(nodeId)) {
        errors.add("link " + l.id() + " names this node");
      }
      if (l.certificate() == null && trustStore == null) {
        errors.add("link " + l.id() + ": needs a certificate (or federation.trustStore)");
      }
    }
    if (!errors.isEmpty()) {
      throw new ConfigException("federation: " + String.join("; ", errors));
    }
  }
}
