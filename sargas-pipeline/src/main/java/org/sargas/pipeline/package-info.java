/**
 * The one composition of the surveillance stages: plausibility gate → tracker (with its
 * classification) → domestic-traffic rule → airspace monitor → early warning → airport runway
 * suspension → alert policy, plus the event-time slicer that cuts observations into tracker scans.
 * {@code sargas scenario run}, {@code serve}, {@code replay} and {@code demo} run exactly this; a
 * Flink job runs its stages one per operator. Nothing here knows sockets, files, stores or wall
 * clocks.
 */
package org.sargas.pipeline;
