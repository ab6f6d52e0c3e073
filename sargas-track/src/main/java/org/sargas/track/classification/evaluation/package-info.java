/**
 * Evaluation of the track classifier: a labelled set of simulated flights of every class (seeded,
 * deterministic) run through the standard tracker, and the confusion matrix, per-class precision
 * and recall and headline figures it gives. See docs/classification.md.
 */
package org.sargas.track.classification.evaluation;
