/**
 * Geographic sector partitioning of tracking (decision 1201): a {@link
 * org.sargas.pipeline.sector.SectorGrid} cuts the region's tangent plane into sectors with a halo,
 * a {@link org.sargas.pipeline.sector.SectorRouter} sends each report to its owning sector and to
 * every sector whose halo holds it, one tracker per sector runs on its own (in parallel in the live
 * node, one key per sector in Flink), and {@link org.sargas.pipeline.sector.SectorHandover} keeps
 * one track id for a target that crosses a sector edge. {@link
 * org.sargas.pipeline.sector.SectoredTracker} puts them together for the pipeline.
 */
package org.sargas.pipeline.sector;
