/**
 * The surveillance pipeline as a Flink DataStream job (decisions 1701, 1703): {@link
 * org.sargas.flink.job.SurveillanceJob} builds the graph from an injected source of frames to an
 * injected sink of outputs; one keyed operator per region runs the embedded node's decoders and
 * {@code SurveillancePipeline} ({@link org.sargas.flink.job.RegionPipelineFunction}), or, with
 * several tracking sectors, one key per sector runs that sector's tracker ({@link
 * org.sargas.flink.job.SectorTrackingFunction}) and one per region merges the sectors and runs the
 * rest of the stages ({@link org.sargas.flink.job.RegionMergeFunction}). State is each key's frame
 * log, replayed on restore; model records travel as JSON. Compiles with {@code --release 17}.
 */
package org.sargas.flink.job;
