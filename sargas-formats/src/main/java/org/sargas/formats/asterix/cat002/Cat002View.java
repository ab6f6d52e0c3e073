package org.sargas.formats.asterix.cat002;

import java.util.function.Consumer;
import org.sargas.formats.Bits;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.FieldDomain;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.editions.Cat002Edition1_2;
import org.sargas.formats.asterix.spec.AsterixCategory;

/**
 * Typed, allocation-free reads of CAT002 1.2 "Transmission of Monoradar Service Messages" items
 * from a decoded record. Absent items read as NaN, -1 or null. Not thread-safe.
 *
 * @see Cat002Edition1_2
 */
public final class Cat002View {
  private static final AsterixCategory UAP = Cat002Edition1_2.CATEGORY;
  static final int I010 = UAP.indexOf("010");
  static final int I000 = UAP.indexOf("000");
  static final int I020 = UAP.indexOf("020");
  static final int I030 = UAP.indexOf("030");
  static final int I041 = UAP.indexOf("041");

  private AsterixRecordView r;

  /** Points this view at a CAT002 record; returns this. */
  public Cat002View wrap(AsterixRecordView record) {
    if (record.category() != 2) {
      throw new IllegalArgumentException("not a CAT002 record: CAT" + record.category());
    }
    this.r = record;
    return this;
  }

  /** I002/010 SAC, or -1. */
  public int sac() {
    int o = r.itemOffset(I010);
    return o < 0 ? -1 : r.buffer()[o] & 0xff;
  }

  /** I002/010 SIC, or -1. */
  public int sic() {
    int o = r.itemOffset(I010);
    return o < 0 ? -1 : r.buffer()[o + 1] & 0xff;
  }

  /** I002/000 message type, or null. */
  public Cat002MessageType messageType() {
    int o = r.itemOffset(I000);
    return o < 0 ? null : Cat002MessageType.ofCode(r.buffer()[o] & 0xff);
  }

  /** I002/030 time of day, seconds since UTC midnight (1/128 s), or NaN. */
  public double timeOfDayS() {
    int o = r.itemOffset(I030);
    return o < 0 ? Double.NaN : Bits.u24(r.buffer(), o) / 128.0;
  }

  /** I002/020 sector number as an azimuth in radians (360°/2⁸), or NaN. */
  public double sectorAzimuthRad() {
    int o = r.itemOffset(I020);
    return o < 0 ? Double.NaN : (r.buffer()[o] & 0xff) * (2 * Math.PI / 256.0);
  }

  /** I002/041 antenna rotation period in seconds (1/128 s), or NaN. */
  public double antennaRotationPeriodS() {
    int o = r.itemOffset(I041);
    return o < 0 ? Double.NaN : Bits.u16(r.buffer(), o) / 128.0;
  }

  /**
   * Checks I002/030 time of day against [0, 86,401) s ({@link FieldDomain#TIME_OF_DAY}).
   *
   * @param failures receives the failure, at the item's offset; null to only count
   * @return 1 when the time of day is outside its domain, else 0
   */
  public int domainViolations(String source, Consumer<DecodeFailure> failures) {
    return FieldDomain.TIME_OF_DAY.check(
        timeOfDayS(), source, r.itemSourceOffset(I030), "I002/030", failures);
  }

  /** An immutable copy. */
  public Cat002Record toRecord() {
    return new Cat002Record(
        sac(), sic(), messageType(), timeOfDayS(), sectorAzimuthRad(), antennaRotationPeriodS());
  }
}
