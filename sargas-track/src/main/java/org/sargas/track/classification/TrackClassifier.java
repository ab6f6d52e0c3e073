package org.sargas.track.classification;

import org.sargas.model.track.Classification;

/** Classifies a track from its features. Implementations are stateless and thread-safe. */
public interface TrackClassifier {

  /** The classification, never null ({@link Classification#UNKNOWN} when nothing fits). */
  Classification classify(TrackFeatures f);
}
