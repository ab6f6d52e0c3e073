/**
 * Federation between nodes: releasability labels on shared objects (STANAG 4774-style
 * confidentiality labels: policy, classification, releasable-to nations), the label of a fused
 * object (the intersection of its sources'), each link's egress filter (what may leave for one
 * partner, stripped of what that partner may not see), mutual-TLS links with a bounded,
 * acknowledged backlog that survives disruption, one global id per object across the nodes, and the
 * {@link org.sargas.server.federation.FederationNode} that runs it all inside {@code sargas serve}.
 */
package org.sargas.server.federation;
