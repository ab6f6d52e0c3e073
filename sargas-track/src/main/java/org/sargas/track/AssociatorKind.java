package org.sargas.track;

/** Which data associator the tracker uses. */
public enum AssociatorKind {
  /** Global nearest neighbour with optimal assignment per cluster. */
  GNN,
  /** Joint probabilistic data association per cluster. */
  JPDA
}
