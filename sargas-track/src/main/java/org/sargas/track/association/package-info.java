/**
 * Data association: which detections update which tracks. A spatial pre-gate ({@link
 * org.sargas.track.association.GridIndex}) finds candidates, a {@link
 * org.sargas.track.association.Gater} keeps the statistically plausible pairs, and a {@link
 * org.sargas.track.association.DataAssociator} (global nearest neighbour with optimal assignment
 * per cluster, or JPDA) weighs them. Pairs and weights live in primitive arrays reused across
 * scans.
 */
package org.sargas.track.association;
