package org.sargas.track.classification.evaluation;

import java.util.Objects;
import java.util.Set;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.TargetClass;
import org.sargas.track.classification.AircraftDescription;

/**
 * One simulated target with its true class.
 *
 * @param id unique id, e.g. {@code "AIRLINER-017"}
 * @param label the true class
 * @param civil whether it is a crewed civil aircraft (airliner, light aircraft, civil helicopter,
 *     glider, manned balloon): the ones that must never be shown as a drone or munition
 * @param note what it is, e.g. "cruise FL350, Mode S + ADS-B"
 * @param identity what its transponder and broadcasts say ({@link Identity#NONE} when silent)
 * @param declared what ADS-B (emitter category) and the flight plan (type, wake) declare
 * @param modeC whether its transponder reports altitude
 * @param sensors the sensors that see it
 * @param trajectory its flight path
 */
public record LabelledTarget(
    String id,
    TargetClass label,
    boolean civil,
    String note,
    Identity identity,
    AircraftDescription declared,
    boolean modeC,
    Set<SurveillanceSensor> sensors,
    Trajectory trajectory) {
  public LabelledTarget {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(trajectory, "trajectory");
    identity = identity == null ? Identity.NONE : identity;
    declared = declared == null ? AircraftDescription.NONE : declared;
    sensors = Set.copyOf(sensors);
  }

  /** Whether a transponder answers (a Mode S address or a Mode 3/A code). */
  public boolean transponder() {
    return identity.icaoAddress() != null || identity.mode3a() != null;
  }
}
