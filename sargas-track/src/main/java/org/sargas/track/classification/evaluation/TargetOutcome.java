package org.sargas.track.classification.evaluation;

import java.util.Objects;
import java.util.Set;
import org.sargas.model.track.TargetClass;

/**
 * What the tracker and classifier made of one labelled target.
 *
 * @param target the target
 * @param finalClass the class of its longest track at that track's last report ({@link
 *     TargetClass#UNKNOWN} when no track was confirmed)
 * @param finalConfidence that class's confidence
 * @param finalReason that class's reason
 * @param tracks confirmed tracks the target gave
 * @param everDrone whether any confirmed report showed a drone or loitering-munition class
 * @param droneWhileTransponding whether any confirmed report showed a drone or munition class while
 *     the track carried a Mode S address or Mode 3/A code
 */
public record TargetOutcome(
    LabelledTarget target,
    TargetClass finalClass,
    double finalConfidence,
    String finalReason,
    int tracks,
    boolean everDrone,
    boolean droneWhileTransponding,
    Set<TargetClass> classesShown,
    double maxReportedSpeedMps) {
  public TargetOutcome {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(finalClass, "finalClass");
    classesShown = Set.copyOf(classesShown);
  }

  /** Whether the final class is the label. */
  public boolean correct() {
    return finalClass == target.label();
  }
}
