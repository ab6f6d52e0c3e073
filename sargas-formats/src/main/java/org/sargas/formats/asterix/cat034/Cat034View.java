package org.sargas.formats.asterix.cat034;

import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.ServiceMessageItems;
import org.sargas.formats.asterix.editions.Cat034Edition1_29;

/**
 * Typed, allocation-free reads of CAT034 1.29 service messages items from a decoded record (the
 * items shared with CAT002 are read by {@link ServiceMessageItems}). Absent items read as NaN, -1
 * or null. Not thread-safe.
 *
 * @see Cat034Edition1_29
 */
public final class Cat034View {
  private static final ServiceMessageItems LAYOUT =
      new ServiceMessageItems(34, Cat034Edition1_29.CATEGORY);
  static final int I010 = LAYOUT.i010;
  static final int I000 = LAYOUT.i000;
  static final int I020 = LAYOUT.i020;
  static final int I030 = LAYOUT.i030;
  static final int I041 = LAYOUT.i041;

  private final ServiceMessageItems items = new ServiceMessageItems(34, Cat034Edition1_29.CATEGORY);

  /** Points this view at a CAT034 record; returns this. */
  public Cat034View wrap(AsterixRecordView record) {
    items.wrap(record);
    return this;
  }

  /** I034/010 SAC, or -1. */
  public int sac() {
    return items.sac();
  }

  /** I034/010 SIC, or -1. */
  public int sic() {
    return items.sic();
  }

  /** I034/000 message type, or null. */
  public Cat034MessageType messageType() {
    int code = items.messageTypeCode();
    return code < 0 ? null : Cat034MessageType.ofCode(code);
  }

  /** I034/030 time of day, seconds since UTC midnight (1/128 s), or NaN. */
  public double timeOfDayS() {
    return items.timeOfDayS();
  }

  /** I034/020 sector number as an azimuth in radians (360°/2⁸), or NaN. */
  public double sectorAzimuthRad() {
    return items.sectorAzimuthRad();
  }

  /** I034/041 antenna rotation period in seconds (1/128 s), or NaN. */
  public double antennaRotationPeriodS() {
    return items.antennaRotationPeriodS();
  }

  /** Checks I034/030 time of day; see {@link ServiceMessageItems#domainViolations}. */
  public int domainViolations(String source, Consumer<DecodeFailure> failures) {
    return items.domainViolations(source, failures);
  }

  /** An immutable copy. */
  public Cat034Record toRecord() {
    return new Cat034Record(
        sac(), sic(), messageType(), timeOfDayS(), sectorAzimuthRad(), antennaRotationPeriodS());
  }
}
