package org.sargas.airspace.monitor;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.track.TargetClass;

/**
 * Tuning of the {@link AirspaceMonitor}.
 *
 * @param pathModel how positions between updates are interpolated
 * @param confirmProbability a violation is CONFIRMED when its probability of having been inside is
 *     at least this, else POSSIBLE; in (0, 1]
 * @param firstSightKinds zone kinds in which a track first seen already inside opens a violation
 *     (for other kinds a violation needs an observed crossing: traffic that took off inside a
 *     country does not violate its airspace)
 * @param firstSightClasses target classes that open a violation when first seen inside any zone (a
 *     drone that appears inside national airspace is reported)
 * @param reportUnconfirmedTracks if false, events of a track are held back until the tracker
 *     confirms it (and discarded if it is dropped while tentative)
 * @param useCoastingUpdates if true, positions of COASTING tracks (predictions without a new
 *     measurement) are used like updates; if false they are skipped
 * @param closeAfterS hysteresis: after an exit, the violation stays open this long (event time); a
 *     re-entry within it continues the same violation instead of opening a new one; &ge; 0
 * @param closeBeyondM hysteresis: ... unless the track is already this far outside, metres; &ge; 0
 * @param forgetAfterS a track not updated for this long (event time of later batches) is treated as
 *     dropped: its open violations close at its last update and it is forgotten; &gt; 0
 */
public record MonitorSettings(
    PathModel pathModel,
    double confirmProbability,
    Set<ZoneKind> firstSightKinds,
    Set<TargetClass> firstSightClasses,
    boolean reportUnconfirmedTracks,
    boolean useCoastingUpdates,
    double closeAfterS,
    double closeBeyondM,
    double forgetAfterS) {

  public MonitorSettings {
    if (!(forgetAfterS > 0)) {
      throw new IllegalArgumentException("forgetAfterS must be > 0");
    }
    if (!(closeAfterS >= 0) || !(closeBeyondM >= 0)) {
      throw new IllegalArgumentException("closeAfterS and closeBeyondM must be >= 0");
    }
    Objects.requireNonNull(pathModel, "pathModel");
    if (!(confirmProbability > 0 && confirmProbability <= 1)) {
      throw new IllegalArgumentException("confirmProbability must be in (0, 1]");
    }
    firstSightKinds = Set.copyOf(firstSightKinds);
    firstSightClasses = Set.copyOf(firstSightClasses);
  }

  /**
   * Defaults: geodesic path, CONFIRMED at probability 0.95, first sight counts in every zone kind
   * except national airspace and for drones everywhere, events only for confirmed tracks, coasting
   * predictions skipped, a violation closes 10 s after the exit or as soon as the track is 200 m
   * outside, tracks silent for 10 minutes forgotten.
   */
  public static MonitorSettings defaults() {
    return new MonitorSettings(
        PathModel.GEODESIC,
        0.95,
        EnumSet.complementOf(EnumSet.of(ZoneKind.NATIONAL_AIRSPACE)),
        EnumSet.of(TargetClass.SMALL_DRONE, TargetClass.LOITERING_MUNITION),
        false,
        false,
        10.0,
        200.0,
        600.0);
  }

  /** These settings with another path model. */
  public MonitorSettings withPathModel(PathModel model) {
    return new MonitorSettings(
        model,
        confirmProbability,
        firstSightKinds,
        firstSightClasses,
        reportUnconfirmedTracks,
        useCoastingUpdates,
        closeAfterS,
        closeBeyondM,
        forgetAfterS);
  }

  /** These settings with another confirmation threshold. */
  public MonitorSettings withConfirmProbability(double p) {
    return new MonitorSettings(
        pathModel,
        p,
        firstSightKinds,
        firstSightClasses,
        reportUnconfirmedTracks,
        useCoastingUpdates,
        closeAfterS,
        closeBeyondM,
        forgetAfterS);
  }

  /** These settings with events reported also for tentative tracks. */
  public MonitorSettings withReportUnconfirmedTracks(boolean report) {
    return new MonitorSettings(
        pathModel,
        confirmProbability,
        firstSightKinds,
        firstSightClasses,
        report,
        useCoastingUpdates,
        closeAfterS,
        closeBeyondM,
        forgetAfterS);
  }

  /** These settings with other zone kinds that count a track first seen inside. */
  public MonitorSettings withFirstSightKinds(Set<ZoneKind> kinds) {
    return new MonitorSettings(
        pathModel,
        confirmProbability,
        kinds,
        firstSightClasses,
        reportUnconfirmedTracks,
        useCoastingUpdates,
        closeAfterS,
        closeBeyondM,
        forgetAfterS);
  }

  /** These settings with another exit hysteresis. */
  public MonitorSettings withHysteresis(double newCloseAfterS, double newCloseBeyondM) {
    return new MonitorSettings(
        pathModel,
        confirmProbability,
        firstSightKinds,
        firstSightClasses,
        reportUnconfirmedTracks,
        useCoastingUpdates,
        newCloseAfterS,
        newCloseBeyondM,
        forgetAfterS);
  }
}
