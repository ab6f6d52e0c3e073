package org.sargas.formats.asterix.cat002;

import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.ServiceMessageItems;
import org.sargas.formats.asterix.editions.Cat002Edition1_2;

/**
 * Typed, allocation-free reads of CAT002 1.2 "Transmission of Monoradar Service Messages" items
 * from a decoded record (the items shared with CAT034 are read by {@link ServiceMessageItems}).
 * Absent items read as NaN, -1 or null. Not thread-safe.
 *
 * @see Cat002Edition1_2
 */
public final class Cat002View {
  private static final ServiceMessageItems LAYOUT =
      new ServiceMessageItems(2, Cat002Edition1_2.CATEGORY);
  static final int I010 = LAYOUT.i010;
  static final int I000 = LAYOUT.i000;
  static final int I020 = LAYOUT.i020;
  static final int I030 = LAYOUT.i030;
  static final int I041 = LAYOUT.i041;

  private final ServiceMessageItems items = new ServiceMessageItems(2, Cat002Edition1_2.CATEGORY);

  /** Points this view at a CAT002 record; returns this. */
  public Cat002View wrap(AsterixRecordView record) {
    items.wrap(record);
    return this;
  }

  /** I002/010 SAC, or -1. */
  public int sac() {
    return items.sac();
  }

  /** I002/010 SIC, or -1. */
  public int sic() {
    return items.sic();
  }

  /** I002/000 message type, or null. */
  public Cat002MessageType messageType() {
    int code = items.messageTypeCode();
    return code < 0 ? null : Cat002MessageType.ofCode(code);
  }

  /** I002/030 time of day, seconds since UTC midnight (1/128 s), or NaN. */
  public double timeOfDayS() {
    return items.timeOfDayS();
  }

  /** I002/020 sector number as an azimuth in radians (360°/2⁸), or NaN. */
  public double sectorAzimuthRad() {
    return items.sectorAzimuthRad();
  }

  /** I002/041 antenna rotation period in seconds (1/128 s), or NaN. */
  public double antennaRotationPeriodS() {
    return items.antennaRotationPeriodS();
  }

  /** Checks I002/030 time of day; see {@link ServiceMessageItems#domainViolations}. */
  public int domainViolations(String source, Consumer<DecodeFailure> failures) {
    return items.domainViolations(source, failures);
  }

  /** An immutable copy. */
  public Cat002Record toRecord() {
    return new Cat002Record(
        sac(), sic(), messageType(), timeOfDayS(), sectorAzimuthRad(), antennaRotationPeriodS());
  }
}
