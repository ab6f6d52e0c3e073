package org.sargas.formats.asterix.cat021;

import java.util.function.Consumer;
import org.sargas.formats.Bits;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.FieldDomain;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.ItemWalker;
import org.sargas.formats.asterix.editions.Cat021Edition2_7;
import org.sargas.formats.asterix.spec.AsterixCategory;
import org.sargas.formats.asterix.spec.Content;

/**
 * Typed, allocation-free reads of common CAT021 2.6/2.7 items from a decoded record. Position falls
 * back from I021/131 (high resolution) to I021/130. Not thread-safe.
 */
public final class Cat021View {
  static final double NM_M = 1852.0;
  private static final double FT_M = 0.3048;
  private static final AsterixCategory UAP = Cat021Edition2_7.CATEGORY;
  static final int I010 = UAP.indexOf("010");
  static final int I040 = UAP.indexOf("040");
  static final int I161 = UAP.indexOf("161");
  static final int I071 = UAP.indexOf("071");
  static final int I130 = UAP.indexOf("130");
  static final int I131 = UAP.indexOf("131");
  static final int I080 = UAP.indexOf("080");
  static final int I140 = UAP.indexOf("140");
  static final int I145 = UAP.indexOf("145");
  static final int I155 = UAP.indexOf("155");
  static final int I160 = UAP.indexOf("160");
  static final int I170 = UAP.indexOf("170");
  static final int I020 = UAP.indexOf("020");

  private AsterixRecordView r;

  /** Points this view at a CAT021 record; returns this. */
  public Cat021View wrap(AsterixRecordView record) {
    if (record.category() != 21) {
      throw new IllegalArgumentException("not a CAT021 record: CAT" + record.category());
    }
    this.r = record;
    return this;
  }

  private int at(int i) {
    return r.itemOffset(i);
  }

  /** I021/010 SAC, or -1. */
  public int sac() {
    return at(I010) < 0 ? -1 : r.buffer()[at(I010)] & 0xff;
  }

  /** I021/010 SIC, or -1. */
  public int sic() {
    return at(I010) < 0 ? -1 : r.buffer()[at(I010) + 1] & 0xff;
  }

  /** I021/071 time of applicability for position, seconds, or NaN. */
  public double timeOfDayS() {
    return at(I071) < 0 ? Double.NaN : Bits.u24(r.buffer(), at(I071)) / 128.0;
  }

  /** I021/080 target address, or -1. */
  public int icaoAddress() {
    return at(I080) < 0 ? -1 : Bits.u24(r.buffer(), at(I080));
  }

  /** Latitude in degrees from I021/131, else I021/130, else NaN. */
  public double latDeg() {
    if (at(I131) >= 0) {
      return Bits.signExtend(Bits.unsigned(r.buffer(), at(I131), 0, 32), 32) * (180.0 / (1 << 30));
    }
    if (at(I130) >= 0) {
      return Bits.signExtend(Bits.u24(r.buffer(), at(I130)), 24) * (180.0 / (1 << 23));
    }
    return Double.NaN;
  }

  /** Longitude in degrees from I021/131, else I021/130, else NaN. */
  public double lonDeg() {
    if (at(I131) >= 0) {
      return Bits.signExtend(Bits.unsigned(r.buffer(), at(I131) + 4, 0, 32), 32)
          * (180.0 / (1 << 30));
    }
    if (at(I130) >= 0) {
      return Bits.signExtend(Bits.u24(r.buffer(), at(I130) + 3), 24) * (180.0 / (1 << 23));
    }
    return Double.NaN;
  }

  /** I021/145 flight level, or NaN. */
  public double flightLevel() {
    return at(I145) < 0 ? Double.NaN : (short) Bits.u16(r.buffer(), at(I145)) / 4.0;
  }

  /** I021/140 geometric height in feet, or NaN. */
  public double geometricHeightFt() {
    return at(I140) < 0 ? Double.NaN : (short) Bits.u16(r.buffer(), at(I140)) * 6.25;
  }

  /** I021/160 ground speed in m/s, or NaN. */
  public double groundSpeedMps() {
    return at(I160) < 0 ? Double.NaN : (Bits.u16(r.buffer(), at(I160)) & 0x7fff) / 16384.0 * NM_M;
  }

  /** I021/160 track angle in radians, or NaN. */
  public double trackRad() {
    return at(I160) < 0 ? Double.NaN : Bits.u16(r.buffer(), at(I160) + 2) * (2 * Math.PI / 65536.0);
  }

  /** I021/155 barometric vertical rate in ft/min, or NaN. */
  public double verticalRateFtMin() {
    return at(I155) < 0
        ? Double.NaN
        : Bits.signExtend(Bits.u16(r.buffer(), at(I155)) & 0x7fff, 15) * 6.25;
  }

  /** I021/170 target identification, or null. Allocates. */
  public String callsign() {
    return at(I170) < 0
        ? null
        : ItemWalker.text(Content.TextKind.ICAO, Bits.unsigned(r.buffer(), at(I170), 0, 48), 48);
  }

  /** I021/020 ECAT emitter category code (0–24; see {@code EmitterCategory.ofAsterix}), or -1. */
  public int emitterCategoryCode() {
    return at(I020) < 0 ? -1 : r.buffer()[at(I020)] & 0xff;
  }

  /** I021/161 track number, or -1. */
  public int trackNumber() {
    return at(I161) < 0 ? -1 : Bits.u16(r.buffer(), at(I161)) & 0x0fff;
  }

  /**
   * Checks the values this view reads against their physical domain ({@link FieldDomain}): I021/071
   * time of day in [0, 86,401) s, the I021/131 (else I021/130) latitude and longitude, I021/145
   * flight level and I021/140 geometric height as altitudes in [-1,500, 30,000] m and I021/160
   * ground speed up to 1,500 m/s. Allocation-free when every value is inside.
   *
   * @param source feed name for the failures
   * @param failures receives one failure per value outside its domain, at its item's offset; null
   *     to only count
   * @return the number of values outside their domain (0: the report is usable)
   */
  public int domainViolations(String source, Consumer<DecodeFailure> failures) {
    int pos = at(I131) >= 0 ? I131 : I130;
    String posItem = pos == I131 ? "I021/131" : "I021/130";
    return FieldDomain.TIME_OF_DAY.check(
            timeOfDayS(), source, r.itemSourceOffset(I071), "I021/071", failures)
        + FieldDomain.LATITUDE.check(latDeg(), source, r.itemSourceOffset(pos), posItem, failures)
        + FieldDomain.LONGITUDE.check(lonDeg(), source, r.itemSourceOffset(pos), posItem, failures)
        + FieldDomain.PRESSURE_ALTITUDE.check(
            flightLevel() * 100 * FT_M, source, r.itemSourceOffset(I145), "I021/145", failures)
        + FieldDomain.GEOMETRIC_ALTITUDE.check(
            geometricHeightFt() * FT_M, source, r.itemSourceOffset(I140), "I021/140", failures)
        + FieldDomain.GROUND_SPEED.check(
            groundSpeedMps(), source, r.itemSourceOffset(I160), "I021/160", failures);
  }

  /** An immutable copy. */
  public Cat021Record toRecord() {
    return new Cat021Record(
        sac(),
        sic(),
        timeOfDayS(),
        icaoAddress(),
        latDeg(),
        lonDeg(),
        flightLevel(),
        geometricHeightFt(),
        groundSpeedMps(),
        trackRad(),
        verticalRateFtMin(),
        callsign(),
        trackNumber());
  }
}
