package org.sargas.track.classification;

import java.util.Locale;
import org.sargas.model.observation.EmitterCategory;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.WakeTurbulenceCategory;

/**
 * What the cooperative sources declare about the aircraft, as the classifier sees it: the declared
 * part of the track's fused {@link Identity} (see {@link #of(Identity)}); every field may be null
 * when not reported. Sources: ADS-B identification messages and ASTERIX CAT021 I021/020 (emitter
 * category), CAT062 I062/380 EMC (emitter category) and I062/390 TAC and WTC (ICAO Doc 8643
 * aircraft type designator and wake turbulence category from the flight plan).
 *
 * @param emitterCategory ADS-B emitter category
 * @param aircraftType ICAO Doc 8643 type designator, upper case, e.g. {@code "A320"}
 * @param wakeCategory ICAO wake turbulence category
 */
public record AircraftDescription(
    EmitterCategory emitterCategory, String aircraftType, WakeTurbulenceCategory wakeCategory) {

  /** Nothing declared. */
  public static final AircraftDescription NONE = new AircraftDescription(null, null, null);

  public AircraftDescription {
    if (aircraftType != null) {
      aircraftType = aircraftType.trim().toUpperCase(Locale.ROOT);
      if (aircraftType.isEmpty()) {
        aircraftType = null;
      }
    }
  }

  /** A description with only an emitter category. */
  public static AircraftDescription of(EmitterCategory emitterCategory) {
    return new AircraftDescription(emitterCategory, null, null);
  }

  /**
   * What a fused identity declares: its emitter category, aircraft type and wake category ({@link
   * #NONE} when it declares none of them).
   */
  public static AircraftDescription of(Identity identity) {
    if (identity == null
        || (identity.emitterCategory() == null
            && identity.aircraftType() == null
            && identity.wakeCategory() == null)) {
      return NONE;
    }
    return new AircraftDescription(
        identity.emitterCategory(), identity.aircraftType(), identity.wakeCategory());
  }

  /** Whether nothing informative is declared. */
  public boolean isEmpty() {
    return (emitterCategory == null || !emitterCategory.informative())
        && aircraftType == null
        && wakeCategory == null;
  }
}
