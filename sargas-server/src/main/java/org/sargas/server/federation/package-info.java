/**
 * Federation between nodes, first slice: releasability labels on shared objects (STANAG 4774-style
 * confidentiality labels: policy, classification, releasable-to nations), the label of a fused
 * object (the intersection of its sources'), and each link's egress filter, which decides what may
 * leave for one partner and strips what that partner may not see (sensor sites unless released).
 * Pure logic: the links themselves (mutual TLS, backlog, recovery) are not built yet.
 */
package org.sargas.server.federation;
