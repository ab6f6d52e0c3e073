package org.sargas.formats.asterix;

import java.util.function.Consumer;
import org.sargas.formats.Bits;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.FieldDomain;
import org.sargas.formats.asterix.spec.AsterixCategory;

/**
 * Allocation-free reads of the radar service-message items that CAT002 (for older radars) and its
 * successor CAT034 share with the same layout: 010 SAC/SIC, 000 message type, 020 sector number,
 * 030 time of day, 041 antenna rotation period. The category views wrap one of these. Absent items
 * read as -1 or NaN. Not thread-safe.
 */
public final class ServiceMessageItems {
  private final int category;
  private final String timeItem;

  /** Item indexes (FRN − 1) in the category's UAP; the encoders set FSPEC bits from them. */
  public final int i010;

  public final int i000;
  public final int i020;
  public final int i030;
  public final int i041;
  private AsterixRecordView r;

  /**
   * @param category 2 or 34
   * @param uap the edition's UAP
   */
  public ServiceMessageItems(int category, AsterixCategory uap) {
    this.category = category;
    this.timeItem = String.format("I%03d/030", category);
    this.i010 = uap.indexOf("010");
    this.i000 = uap.indexOf("000");
    this.i020 = uap.indexOf("020");
    this.i030 = uap.indexOf("030");
    this.i041 = uap.indexOf("041");
  }

  /** Points at a record of this category. */
  public void wrap(AsterixRecordView record) {
    if (record.category() != category) {
      throw new IllegalArgumentException(
          "not a CAT" + String.format("%03d", category) + " record: CAT" + record.category());
    }
    this.r = record;
  }

  /** 010 SAC, or -1. */
  public int sac() {
    int o = r.itemOffset(i010);
    return o < 0 ? -1 : r.buffer()[o] & 0xff;
  }

  /** 010 SIC, or -1. */
  public int sic() {
    int o = r.itemOffset(i010);
    return o < 0 ? -1 : r.buffer()[o + 1] & 0xff;
  }

  /** 000 message type code, or -1. */
  public int messageTypeCode() {
    int o = r.itemOffset(i000);
    return o < 0 ? -1 : r.buffer()[o] & 0xff;
  }

  /** 030 time of day, seconds since UTC midnight (1/128 s), or NaN. */
  public double timeOfDayS() {
    int o = r.itemOffset(i030);
    return o < 0 ? Double.NaN : Bits.u24(r.buffer(), o) / 128.0;
  }

  /** 020 sector number as an azimuth in radians (360°/2⁸), or NaN. */
  public double sectorAzimuthRad() {
    int o = r.itemOffset(i020);
    return o < 0 ? Double.NaN : (r.buffer()[o] & 0xff) * (2 * Math.PI / 256.0);
  }

  /** 041 antenna rotation period in seconds (1/128 s), or NaN. */
  public double antennaRotationPeriodS() {
    int o = r.itemOffset(i041);
    return o < 0 ? Double.NaN : Bits.u16(r.buffer(), o) / 128.0;
  }

  /**
   * Checks 030 time of day against [0, 86,401) s ({@link FieldDomain#TIME_OF_DAY}).
   *
   * @param failures receives the failure, at the item's offset; null to only count
   * @return 1 when the time of day is outside its domain, else 0
   */
  public int domainViolations(String source, Consumer<DecodeFailure> failures) {
    return FieldDomain.TIME_OF_DAY.check(
        timeOfDayS(), source, r.itemSourceOffset(i030), timeItem, failures);
  }
}
