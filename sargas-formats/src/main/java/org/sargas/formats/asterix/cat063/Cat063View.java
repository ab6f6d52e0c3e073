package org.sargas.formats.asterix.cat063;

import java.util.function.Consumer;
import org.sargas.formats.Bits;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.FieldDomain;
import org.sargas.formats.SensorFeedState;
import org.sargas.formats.SensorFeedStatus;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.editions.Cat063Edition1_7;
import org.sargas.formats.asterix.spec.AsterixCategory;

/**
 * Typed, allocation-free reads of CAT063 1.7 "Sensor Status Reports" items from a decoded record:
 * the SDPS that sends the report (I063/010), the time (I063/030), the sensor it is about
 * (I063/050), that sensor's configuration and status (I063/060) and the biases the SDPS estimated
 * for it (I063/070, 080, 081, 090, 091, 092). Editions 1.0 to 1.7 share these items and their UAP
 * positions. Absent items read as NaN or -1. Not thread-safe.
 *
 * @see Cat063Edition1_7
 */
public final class Cat063View {
  private static final double NM_M = 1852.0;
  private static final double LSB_ANGLE_RAD = 2 * Math.PI / 65536.0;
  private static final AsterixCategory UAP = Cat063Edition1_7.CATEGORY;
  static final int I010 = UAP.indexOf("010");
  static final int I015 = UAP.indexOf("015");
  static final int I030 = UAP.indexOf("030");
  static final int I050 = UAP.indexOf("050");
  static final int I060 = UAP.indexOf("060");
  static final int I070 = UAP.indexOf("070");
  static final int I080 = UAP.indexOf("080");
  static final int I081 = UAP.indexOf("081");
  static final int I090 = UAP.indexOf("090");
  static final int I091 = UAP.indexOf("091");
  static final int I092 = UAP.indexOf("092");

  private AsterixRecordView r;

  /** Points this view at a CAT063 record; returns this. */
  public Cat063View wrap(AsterixRecordView record) {
    if (record.category() != 63) {
      throw new IllegalArgumentException("not a CAT063 record: CAT" + record.category());
    }
    this.r = record;
    return this;
  }

  private int at(int i) {
    return r.itemOffset(i);
  }

  private short s16(int i, int octet) {
    return (short) Bits.u16(r.buffer(), at(i) + octet);
  }

  /** I063/010 SAC of the SDPS sending the report, or -1. */
  public int sac() {
    return at(I010) < 0 ? -1 : r.buffer()[at(I010)] & 0xff;
  }

  /** I063/010 SIC of the SDPS, or -1. */
  public int sic() {
    return at(I010) < 0 ? -1 : r.buffer()[at(I010) + 1] & 0xff;
  }

  /** I063/015 service identification, or -1. */
  public int serviceId() {
    return at(I015) < 0 ? -1 : r.buffer()[at(I015)] & 0xff;
  }

  /** I063/030 time of message, seconds since UTC midnight (1/128 s), or NaN. */
  public double timeOfDayS() {
    return at(I030) < 0 ? Double.NaN : Bits.u24(r.buffer(), at(I030)) / 128.0;
  }

  /** I063/050 SAC of the sensor the report is about, or -1. */
  public int sensorSac() {
    return at(I050) < 0 ? -1 : r.buffer()[at(I050)] & 0xff;
  }

  /** I063/050 SIC of the sensor, or -1. */
  public int sensorSic() {
    return at(I050) < 0 ? -1 : r.buffer()[at(I050) + 1] & 0xff;
  }

  /** I063/050 as {@code sac << 8 | sic}, or -1. */
  public int sensorSacSic() {
    return at(I050) < 0 ? -1 : Bits.u16(r.buffer(), at(I050));
  }

  /** Whether I063/060 (sensor configuration and status) is present. */
  public boolean hasStatus() {
    return at(I060) >= 0;
  }

  /** I063/060 CON, or null when I063/060 is absent. */
  public SensorFeedState state() {
    return at(I060) < 0 ? null : SensorFeedState.ofCode((r.buffer()[at(I060)] & 0xff) >>> 6);
  }

  /** I063/060 first part: whether the flag at {@code mask} is 0 (GO); false when absent. */
  private boolean go(int mask) {
    return at(I060) >= 0 && (r.buffer()[at(I060)] & mask) == 0;
  }

  /** I063/060 PSR: the primary radar is GO (false when NOGO or I063/060 is absent). */
  public boolean psrGo() {
    return go(0x20);
  }

  /** I063/060 SSR: the secondary radar is GO. */
  public boolean ssrGo() {
    return go(0x10);
  }

  /** I063/060 MDS: Mode S is GO. */
  public boolean modeSGo() {
    return go(0x08);
  }

  /** I063/060 ADS: ADS is GO. */
  public boolean adsGo() {
    return go(0x04);
  }

  /** I063/060 MLT: multilateration is GO. */
  public boolean multilaterationGo() {
    return go(0x02);
  }

  /** I063/070 time-stamping bias, seconds (1 ms, two's complement), or NaN. */
  public double timeStampingBiasS() {
    return at(I070) < 0 ? Double.NaN : s16(I070, 0) / 1000.0;
  }

  /** I063/080 SRG, SSR/Mode S range gain (10⁻⁵), or NaN. */
  public double ssrRangeGain() {
    return at(I080) < 0 ? Double.NaN : s16(I080, 0) * 1e-5;
  }

  /** I063/080 SRB, SSR/Mode S range bias, metres (1/128 NM), or NaN. */
  public double ssrRangeBiasM() {
    return at(I080) < 0 ? Double.NaN : s16(I080, 2) / 128.0 * NM_M;
  }

  /** I063/081 SSR/Mode S azimuth bias, radians (360°/2¹⁶), or NaN. */
  public double ssrAzimuthBiasRad() {
    return at(I081) < 0 ? Double.NaN : s16(I081, 0) * LSB_ANGLE_RAD;
  }

  /** I063/090 PRG, PSR range gain (10⁻⁵), or NaN. */
  public double psrRangeGain() {
    return at(I090) < 0 ? Double.NaN : s16(I090, 0) * 1e-5;
  }

  /** I063/090 PRB, PSR range bias, metres (1/128 NM), or NaN. */
  public double psrRangeBiasM() {
    return at(I090) < 0 ? Double.NaN : s16(I090, 2) / 128.0 * NM_M;
  }

  /** I063/091 PSR azimuth bias, radians, or NaN. */
  public double psrAzimuthBiasRad() {
    return at(I091) < 0 ? Double.NaN : s16(I091, 0) * LSB_ANGLE_RAD;
  }

  /** I063/092 PSR elevation bias, radians, or NaN. */
  public double psrElevationBiasRad() {
    return at(I092) < 0 ? Double.NaN : s16(I092, 0) * LSB_ANGLE_RAD;
  }

  /**
   * Checks I063/030 time of message against [0, 86,401) s ({@link FieldDomain#TIME_OF_DAY}); the
   * other items cannot leave their domain.
   *
   * @param failures receives the failure, at the item's offset; null to only count
   * @return 1 when the time is outside its domain, else 0
   */
  public int domainViolations(String source, Consumer<DecodeFailure> failures) {
    return FieldDomain.TIME_OF_DAY.check(
        timeOfDayS(), source, r.itemSourceOffset(I030), "I063/030", failures);
  }

  /**
   * The sensor's status as the listener API carries it, or null when the record has no I063/060.
   * Allocates.
   */
  public SensorFeedStatus toStatus() {
    if (!hasStatus()) {
      return null;
    }
    return new SensorFeedStatus(
        state(),
        psrGo(),
        ssrGo(),
        modeSGo(),
        adsGo(),
        multilaterationGo(),
        timeStampingBiasS(),
        ssrRangeGain(),
        ssrRangeBiasM(),
        ssrAzimuthBiasRad(),
        psrRangeGain(),
        psrRangeBiasM(),
        psrAzimuthBiasRad());
  }

  /** An immutable copy of the items this view reads. Allocates. */
  public Cat063Record toRecord() {
    return new Cat063Record(
        sac(),
        sic(),
        serviceId(),
        timeOfDayS(),
        sensorSac(),
        sensorSic(),
        toStatus(),
        psrElevationBiasRad());
  }
}
