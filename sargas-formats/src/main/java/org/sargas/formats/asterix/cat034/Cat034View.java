package org.sargas.formats.asterix.cat034;

import java.util.function.Consumer;
import org.sargas.formats.Bits;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.FieldDomain;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.editions.Cat034Edition1_29;
import org.sargas.formats.asterix.spec.AsterixCategory;

/** Typed, allocation-free reads of CAT034 1.29 items from a decoded record. Not thread-safe. */
public final class Cat034View {
  private static final AsterixCategory UAP = Cat034Edition1_29.CATEGORY;
  static final int I010 = UAP.indexOf("010");
  static final int I000 = UAP.indexOf("000");
  static final int I030 = UAP.indexOf("030");
  static final int I020 = UAP.indexOf("020");
  static final int I041 = UAP.indexOf("041");

  private AsterixRecordView r;

  /** Points this view at a CAT034 record; returns this. */
  public Cat034View wrap(AsterixRecordView record) {
    if (record.category() != 34) {
      throw new IllegalArgumentException("not a CAT034 record: CAT" + record.category());
    }
    this.r = record;
    return this;
  }

  /** I034/010 SAC, or -1. */
  public int sac() {
    int o = r.itemOffset(I010);
    return o < 0 ? -1 : r.buffer()[o] & 0xff;
  }

  /** I034/010 SIC, or -1. */
  public int sic() {
    int o = r.itemOffset(I010);
    return o < 0 ? -1 : r.buffer()[o + 1] & 0xff;
  }

  /** I034/000 message type, or null. */
  public Cat034MessageType messageType() {
    int o = r.itemOffset(I000);
    return o < 0 ? null : Cat034MessageType.ofCode(r.buffer()[o] & 0xff);
  }

  /** I034/030 time of day, seconds, or NaN. */
  public double timeOfDayS() {
    int o = r.itemOffset(I030);
    return o < 0 ? Double.NaN : Bits.u24(r.buffer(), o) / 128.0;
  }

  /** I034/020 sector azimuth in radians, or NaN. */
  public double sectorAzimuthRad() {
    int o = r.itemOffset(I020);
    return o < 0 ? Double.NaN : (r.buffer()[o] & 0xff) * (2 * Math.PI / 256.0);
  }

  /** I034/041 antenna rotation period in seconds, or NaN. */
  public double antennaRotationPeriodS() {
    int o = r.itemOffset(I041);
    return o < 0 ? Double.NaN : Bits.u16(r.buffer(), o) / 128.0;
  }

  /**
   * Checks I034/030 time of day against [0, 86,401) s ({@link FieldDomain#TIME_OF_DAY}).
   *
   * @param failures receives the failure, at the item's offset; null to only count
   * @return 1 when the time of day is outside its domain, else 0
   */
  public int domainViolations(String source, Consumer<DecodeFailure> failures) {
    return FieldDomain.TIME_OF_DAY.check(
        timeOfDayS(), source, r.itemSourceOffset(I030), "I034/030", failures);
  }

  /** An immutable copy. */
  public Cat034Record toRecord() {
    return new Cat034Record(
        sac(), sic(), messageType(), timeOfDayS(), sectorAzimuthRad(), antennaRotationPeriodS());
  }
}
