package org.sargas.track.classification.evaluation;

import java.util.Objects;
import org.sargas.model.track.Classification;
import org.sargas.track.classification.AircraftDescription;
import org.sargas.track.classification.TrackClassifier;
import org.sargas.track.classification.TrackFeatures;

/**
 * Gives the classifier what ADS-B and the flight plan declare about one aircraft (emitter category,
 * type, wake category) whenever the track carries that aircraft's Mode S address: the evaluation's
 * stand-in for the declared fields that live reports carry in their {@code Identity}. Stateless and
 * thread-safe when the wrapped classifier is.
 */
public final class DeclaredDescriptionClassifier implements TrackClassifier {
  private final TrackClassifier inner;
  private final String icaoAddress;
  private final AircraftDescription declared;

  /**
   * @param inner the classifier
   * @param icaoAddress the aircraft's address (null: nothing is declared)
   * @param declared what is declared for that address
   */
  public DeclaredDescriptionClassifier(
      TrackClassifier inner, String icaoAddress, AircraftDescription declared) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.icaoAddress = icaoAddress;
    this.declared = Objects.requireNonNull(declared, "declared");
  }

  @Override
  public Classification classify(TrackFeatures f) {
    boolean same = icaoAddress != null && icaoAddress.equals(f.identity().icaoAddress());
    return inner.classify(same && !declared.isEmpty() ? f.withDescription(declared) : f);
  }
}
