package org.sargas.formats.asterix.cat048;

import java.util.function.Consumer;
import org.sargas.formats.Bits;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.FieldDomain;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.ItemWalker;
import org.sargas.formats.asterix.editions.Cat048Edition1_32;
import org.sargas.formats.asterix.spec.AsterixCategory;
import org.sargas.formats.asterix.spec.Content;

/**
 * Typed, allocation-free reads of the common CAT048 items from a decoded {@link AsterixRecordView}
 * (editions 1.31 and 1.32 share the UAP). Wrap a view with {@link #wrap} inside the sink callback;
 * values are read straight from the record's bytes. Absent items read as NaN or -1. Not
 * thread-safe.
 */
public final class Cat048View {
  static final double NM_M = 1852.0;
  private static final double FT_M = 0.3048;
  private static final AsterixCategory UAP = Cat048Edition1_32.CATEGORY;
  static final int I010 = UAP.indexOf("010");
  static final int I140 = UAP.indexOf("140");
  static final int I020 = UAP.indexOf("020");
  static final int I040 = UAP.indexOf("040");
  static final int I070 = UAP.indexOf("070");
  static final int I090 = UAP.indexOf("090");
  static final int I110 = UAP.indexOf("110");
  static final int I220 = UAP.indexOf("220");
  static final int I240 = UAP.indexOf("240");
  static final int I161 = UAP.indexOf("161");
  static final int I200 = UAP.indexOf("200");

  private AsterixRecordView r;

  /** Points this view at a CAT048 record; returns this. */
  public Cat048View wrap(AsterixRecordView record) {
    if (record.category() != 48) {
      throw new IllegalArgumentException("not a CAT048 record: CAT" + record.category());
    }
    this.r = record;
    return this;
  }

  private int at(int index) {
    return r.itemOffset(index);
  }

  /** I048/010 SAC, or -1. */
  public int sac() {
    int o = at(I010);
    return o < 0 ? -1 : r.buffer()[o] & 0xff;
  }

  /** I048/010 SIC, or -1. */
  public int sic() {
    int o = at(I010);
    return o < 0 ? -1 : r.buffer()[o + 1] & 0xff;
  }

  /** I048/140 time of day in seconds since UTC midnight, or NaN. */
  public double timeOfDayS() {
    int o = at(I140);
    return o < 0 ? Double.NaN : Bits.u24(r.buffer(), o) / 128.0;
  }

  /** I048/020 TYP, or null. */
  public Cat048DetectionType detectionType() {
    int o = at(I020);
    return o < 0 ? null : Cat048DetectionType.ofCode((r.buffer()[o] & 0xff) >>> 5);
  }

  /** I048/040 RHO in NM, or NaN. */
  public double rhoNm() {
    int o = at(I040);
    return o < 0 ? Double.NaN : Bits.u16(r.buffer(), o) / 256.0;
  }

  /** I048/040 THETA in degrees, or NaN. */
  public double thetaDeg() {
    int o = at(I040);
    return o < 0 ? Double.NaN : Bits.u16(r.buffer(), o + 2) * (360.0 / 65536.0);
  }

  /** I048/040 RHO in metres, or NaN. */
  public double rangeM() {
    return rhoNm() * NM_M;
  }

  /** I048/040 THETA in radians, or NaN. */
  public double azimuthRad() {
    int o = at(I040);
    return o < 0 ? Double.NaN : Bits.u16(r.buffer(), o + 2) * (2 * Math.PI / 65536.0);
  }

  /** I048/070 Mode 3/A 12-bit code (octal digits packed 3 bits each), or -1. */
  public int mode3a() {
    int o = at(I070);
    return o < 0 ? -1 : Bits.u16(r.buffer(), o) & 0x0fff;
  }

  /** I048/070 V bit: true when the code is validated. */
  public boolean mode3aValidated() {
    int o = at(I070);
    return o >= 0 && (r.buffer()[o] & 0x80) == 0;
  }

  /** I048/090 flight level (1/4 FL resolution), or NaN. */
  public double flightLevel() {
    int o = at(I090);
    return o < 0 ? Double.NaN : Bits.signExtend(Bits.u16(r.buffer(), o) & 0x3fff, 14) / 4.0;
  }

  /** I048/110 height measured by a 3-D radar, feet (25 ft resolution), or NaN. */
  public double height3dFt() {
    int o = at(I110);
    return o < 0 ? Double.NaN : Bits.signExtend(Bits.u16(r.buffer(), o) & 0x3fff, 14) * 25.0;
  }

  /** I048/220 aircraft address, or -1. */
  public int icaoAddress() {
    int o = at(I220);
    return o < 0 ? -1 : Bits.u24(r.buffer(), o);
  }

  /** I048/240 aircraft identification, trailing spaces removed, or null. Allocates a String. */
  public String callsign() {
    int o = at(I240);
    return o < 0
        ? null
        : ItemWalker.text(Content.TextKind.ICAO, Bits.unsigned(r.buffer(), o, 0, 48), 48);
  }

  /** I048/161 track number, or -1. */
  public int trackNumber() {
    int o = at(I161);
    return o < 0 ? -1 : Bits.u16(r.buffer(), o) & 0x0fff;
  }

  /** I048/200 ground speed in m/s, or NaN. */
  public double groundSpeedMps() {
    int o = at(I200);
    return o < 0 ? Double.NaN : Bits.u16(r.buffer(), o) / 16384.0 * NM_M;
  }

  /** I048/200 heading in radians from north, or NaN. */
  public double headingRad() {
    int o = at(I200);
    return o < 0 ? Double.NaN : Bits.u16(r.buffer(), o + 2) * (2 * Math.PI / 65536.0);
  }

  /**
   * Checks the values this view reads against their physical domain ({@link FieldDomain}): I048/140
   * time of day in [0, 86,401) s, I048/090 flight level and I048/110 3-D height as altitudes in
   * [-1,500, 30,000] m, I048/200 ground speed up to 1,500 m/s. (I048/040 cannot leave its domain:
   * 0..256 NM, any azimuth.) Allocation-free when every value is inside.
   *
   * @param source feed name for the failures
   * @param failures receives one failure per value outside its domain, at its item's offset; null
   *     to only count
   * @return the number of values outside their domain (0: the plot is usable)
   */
  public int domainViolations(String source, Consumer<DecodeFailure> failures) {
    return FieldDomain.TIME_OF_DAY.check(
            timeOfDayS(), source, r.itemSourceOffset(I140), "I048/140", failures)
        + FieldDomain.PRESSURE_ALTITUDE.check(
            flightLevel() * 100 * FT_M, source, r.itemSourceOffset(I090), "I048/090", failures)
        + FieldDomain.HEIGHT.check(
            height3dFt() * FT_M, source, r.itemSourceOffset(I110), "I048/110", failures)
        + FieldDomain.GROUND_SPEED.check(
            groundSpeedMps(), source, r.itemSourceOffset(I200), "I048/200", failures);
  }

  /** An immutable copy of the common items. */
  public Cat048Record toRecord() {
    return new Cat048Record(
        sac(),
        sic(),
        timeOfDayS(),
        detectionType(),
        rangeM(),
        azimuthRad(),
        mode3a(),
        flightLevel(),
        icaoAddress(),
        callsign(),
        trackNumber(),
        groundSpeedMps(),
        headingRad());
  }
}
