package org.sargas.formats.asterix.cat062;

import java.util.function.Consumer;
import org.sargas.formats.Bits;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.FieldDomain;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.ItemWalker;
import org.sargas.formats.asterix.editions.Cat062Edition1_21;
import org.sargas.formats.asterix.spec.AsterixCategory;
import org.sargas.formats.asterix.spec.Content;

/** Typed, allocation-free reads of common CAT062 1.19/1.21 items. Not thread-safe. */
public final class Cat062View {
  private static final double FT_M = 0.3048;
  private static final AsterixCategory UAP = Cat062Edition1_21.CATEGORY;
  static final int I010 = UAP.indexOf("010");
  static final int I015 = UAP.indexOf("015");
  static final int I070 = UAP.indexOf("070");
  static final int I105 = UAP.indexOf("105");
  static final int I100 = UAP.indexOf("100");
  static final int I185 = UAP.indexOf("185");
  static final int I060 = UAP.indexOf("060");
  static final int I245 = UAP.indexOf("245");
  static final int I380 = UAP.indexOf("380");
  static final int I040 = UAP.indexOf("040");
  static final int I080 = UAP.indexOf("080");
  static final int I136 = UAP.indexOf("136");
  static final int I130 = UAP.indexOf("130");
  static final int I220 = UAP.indexOf("220");
  static final int I290 = UAP.indexOf("290");
  static final int I390 = UAP.indexOf("390");
  static final int I500 = UAP.indexOf("500");

  /** I062/380 subfield index of EMC (emitter category), editions 1.19/1.21. */
  static final int I380_EMC = 20;

  /** I062/390 subfield indices (editions 1.19/1.21). */
  static final int I390_CS = 1;

  static final int I390_TAC = 4;
  static final int I390_WTC = 5;
  static final int I390_DEP = 6;
  static final int I390_DST = 7;

  /** I062/500 subfield indices. */
  static final int I500_APC = 0;

  static final int I500_COV = 1;
  static final int I500_APW = 2;
  static final int I500_ATV = 5;

  /** I062/290 subfields: 0 TRK (track age), 1–9 the ages of the last update per technology. */
  static final int I290_TRK = 0;

  static final int I290_ADS = 4;
  static final int I290_SUBFIELDS = 10;

  private AsterixRecordView r;

  /** Points this view at a CAT062 record; returns this. */
  public Cat062View wrap(AsterixRecordView record) {
    if (record.category() != 62) {
      throw new IllegalArgumentException("not a CAT062 record: CAT" + record.category());
    }
    this.r = record;
    return this;
  }

  private int at(int i) {
    return r.itemOffset(i);
  }

  private byte[] b() {
    return r.buffer();
  }

  /** I062/010 SAC, or -1. */
  public int sac() {
    return at(I010) < 0 ? -1 : b()[at(I010)] & 0xff;
  }

  /** I062/010 SIC, or -1. */
  public int sic() {
    return at(I010) < 0 ? -1 : b()[at(I010) + 1] & 0xff;
  }

  /** I062/070 time of track information, seconds, or NaN. */
  public double timeOfDayS() {
    return at(I070) < 0 ? Double.NaN : Bits.u24(b(), at(I070)) / 128.0;
  }

  /** I062/040 track number, or -1. */
  public int trackNumber() {
    return at(I040) < 0 ? -1 : Bits.u16(b(), at(I040));
  }

  /** I062/105 latitude in degrees, or NaN. */
  public double latDeg() {
    return at(I105) < 0
        ? Double.NaN
        : (int) Bits.unsigned(b(), at(I105), 0, 32) * (180.0 / (1 << 25));
  }

  /** I062/105 longitude in degrees, or NaN. */
  public double lonDeg() {
    return at(I105) < 0
        ? Double.NaN
        : (int) Bits.unsigned(b(), at(I105) + 4, 0, 32) * (180.0 / (1 << 25));
  }

  /** I062/100 x in metres, or NaN. */
  public double xM() {
    return at(I100) < 0 ? Double.NaN : Bits.signExtend(Bits.u24(b(), at(I100)), 24) * 0.5;
  }

  /** I062/100 y in metres, or NaN. */
  public double yM() {
    return at(I100) < 0 ? Double.NaN : Bits.signExtend(Bits.u24(b(), at(I100) + 3), 24) * 0.5;
  }

  /** I062/185 vx in m/s, or NaN. */
  public double vxMps() {
    return at(I185) < 0 ? Double.NaN : (short) Bits.u16(b(), at(I185)) * 0.25;
  }

  /** I062/185 vy in m/s, or NaN. */
  public double vyMps() {
    return at(I185) < 0 ? Double.NaN : (short) Bits.u16(b(), at(I185) + 2) * 0.25;
  }

  /** I062/060 Mode 3/A code, or -1. */
  public int mode3a() {
    return at(I060) < 0 ? -1 : Bits.u16(b(), at(I060)) & 0x0fff;
  }

  /** I062/380 ADR target address, or -1. */
  public int icaoAddress() {
    int o = r.subitemOffset(I380, 0);
    return o < 0 ? -1 : Bits.u24(b(), o);
  }

  /** I062/380 ID, else I062/245 target identification, or null. Allocates. */
  public String callsign() {
    int o = r.subitemOffset(I380, 1);
    if (o < 0 && at(I245) >= 0) {
      o = at(I245) + 1;
    }
    return o < 0 ? null : ItemWalker.text(Content.TextKind.ICAO, Bits.unsigned(b(), o, 0, 48), 48);
  }

  /** I062/380 EMC emitter category code (1–24; see {@code EmitterCategory.ofAsterix}), or -1. */
  public int emitterCategoryCode() {
    int o = r.subitemOffset(I380, I380_EMC);
    return o < 0 ? -1 : b()[o] & 0xff;
  }

  /** I062/390 CS callsign of the flight plan (7 ASCII characters), trimmed, or null. Allocates. */
  public String flightPlanCallsign() {
    return ascii(I390_CS, 56);
  }

  /** I062/390 TAC type of aircraft (ICAO Doc 8643, 4 ASCII characters), trimmed, or null. */
  public String aircraftType() {
    return ascii(I390_TAC, 32);
  }

  /** I062/390 WTC wake turbulence category character (L, M, H, J), or null. */
  public String wakeCategory() {
    return ascii(I390_WTC, 8);
  }

  /** I062/390 DEP departure aerodrome (ICAO location indicator), trimmed, or null. */
  public String departure() {
    return ascii(I390_DEP, 32);
  }

  /** I062/390 DST destination aerodrome (ICAO location indicator), trimmed, or null. */
  public String destination() {
    return ascii(I390_DST, 32);
  }

  private String ascii(int sub, int bits) {
    int o = r.subitemOffset(I390, sub);
    if (o < 0) {
      return null;
    }
    String t = ItemWalker.text(Content.TextKind.ASCII, Bits.unsigned(b(), o, 0, bits), bits).trim();
    return t.isEmpty() ? null : t;
  }

  /** I062/500 APC x: estimated 1-σ accuracy of the track position along x, metres, or NaN. */
  public double positionSigmaXM() {
    int o = r.subitemOffset(I500, I500_APC);
    return o < 0 ? Double.NaN : Bits.u16(b(), o) * 0.5;
  }

  /** I062/500 APC y, metres, or NaN. */
  public double positionSigmaYM() {
    int o = r.subitemOffset(I500, I500_APC);
    return o < 0 ? Double.NaN : Bits.u16(b(), o + 2) * 0.5;
  }

  /**
   * I062/500 COV, the xy covariance, m²: the item carries sign(cov)·√|cov| in metres (LSB 0.5 m);
   * NaN when absent.
   */
  public double positionCovarianceXYM2() {
    int o = r.subitemOffset(I500, I500_COV);
    if (o < 0) {
      return Double.NaN;
    }
    double root = (short) Bits.u16(b(), o) * 0.5;
    return Math.signum(root) * root * root;
  }

  /** I062/500 APW latitude: 1-σ accuracy of the WGS-84 latitude, degrees (LSB 180/2^25), or NaN. */
  public double positionSigmaLatDeg() {
    int o = r.subitemOffset(I500, I500_APW);
    return o < 0 ? Double.NaN : Bits.u16(b(), o) * (180.0 / (1 << 25));
  }

  /** I062/500 APW longitude, degrees, or NaN. */
  public double positionSigmaLonDeg() {
    int o = r.subitemOffset(I500, I500_APW);
    return o < 0 ? Double.NaN : Bits.u16(b(), o + 2) * (180.0 / (1 << 25));
  }

  /** I062/500 ATV x: estimated 1-σ accuracy of the track velocity along x, m/s, or NaN. */
  public double velocitySigmaXMps() {
    int o = r.subitemOffset(I500, I500_ATV);
    return o < 0 ? Double.NaN : (b()[o] & 0xff) * 0.25;
  }

  /** I062/500 ATV y, m/s, or NaN. */
  public double velocitySigmaYMps() {
    int o = r.subitemOffset(I500, I500_ATV);
    return o < 0 ? Double.NaN : (b()[o + 1] & 0xff) * 0.25;
  }

  /** I062/290 TRK: time since the track's first occurrence, seconds (LSB 1/4 s), or NaN. */
  public double trackAgeS() {
    int o = r.subitemOffset(I290, I290_TRK);
    return o < 0 ? Double.NaN : (b()[o] & 0xff) * 0.25;
  }

  /**
   * I062/290: the age of the freshest sensor data in the track — the least of the PSR, SSR, Mode S,
   * ADS-C, ES, VDL4, UAT, loop and MLAT ages, seconds (LSB 1/4 s) — or NaN when none is given.
   */
  public double updateAgeS() {
    double least = Double.NaN;
    for (int sub = 1; sub < I290_SUBFIELDS; sub++) {
      int o = r.subitemOffset(I290, sub);
      if (o < 0) {
        continue;
      }
      double age = (sub == I290_ADS ? Bits.u16(b(), o) : b()[o] & 0xff) * 0.25;
      least = Double.isNaN(least) ? age : Math.min(least, age);
    }
    return least;
  }

  /** I062/136 measured flight level, or NaN. */
  public double flightLevel() {
    return at(I136) < 0 ? Double.NaN : (short) Bits.u16(b(), at(I136)) / 4.0;
  }

  /** I062/130 geometric altitude in feet, or NaN. */
  public double geometricAltitudeFt() {
    return at(I130) < 0 ? Double.NaN : (short) Bits.u16(b(), at(I130)) * 6.25;
  }

  /** I062/220 rate of climb in ft/min, or NaN. */
  public double rateOfClimbFtMin() {
    return at(I220) < 0 ? Double.NaN : (short) Bits.u16(b(), at(I220)) * 6.25;
  }

  /** I062/080 CNF bit: whether the track is tentative. */
  public boolean tentative() {
    return at(I080) >= 0 && (b()[at(I080)] & 0x02) != 0;
  }

  /**
   * Checks the values this view reads against their physical domain ({@link FieldDomain}): I062/070
   * time of day in [0, 86,401) s, I062/105 latitude and longitude, I062/136 measured flight level
   * and I062/130 geometric altitude in [-1,500, 30,000] m, and the I062/185 ground speed (the norm
   * of vx, vy) up to 1,500 m/s. Allocation-free when every value is inside.
   *
   * @param source feed name for the failures
   * @param failures receives one failure per value outside its domain, at its item's offset; null
   *     to only count
   * @return the number of values outside their domain (0: the track is usable)
   */
  public int domainViolations(String source, Consumer<DecodeFailure> failures) {
    return FieldDomain.TIME_OF_DAY.check(
            timeOfDayS(), source, r.itemSourceOffset(I070), "I062/070", failures)
        + FieldDomain.LATITUDE.check(
            latDeg(), source, r.itemSourceOffset(I105), "I062/105", failures)
        + FieldDomain.LONGITUDE.check(
            lonDeg(), source, r.itemSourceOffset(I105), "I062/105", failures)
        + FieldDomain.PRESSURE_ALTITUDE.check(
            flightLevel() * 100 * FT_M, source, r.itemSourceOffset(I136), "I062/136", failures)
        + FieldDomain.GEOMETRIC_ALTITUDE.check(
            geometricAltitudeFt() * FT_M, source, r.itemSourceOffset(I130), "I062/130", failures)
        + FieldDomain.GROUND_SPEED.check(
            Math.hypot(vxMps(), vyMps()), source, r.itemSourceOffset(I185), "I062/185", failures);
  }

  /** An immutable copy. */
  public Cat062Record toRecord() {
    return new Cat062Record(
        sac(),
        sic(),
        timeOfDayS(),
        trackNumber(),
        latDeg(),
        lonDeg(),
        xM(),
        yM(),
        vxMps(),
        vyMps(),
        mode3a(),
        icaoAddress(),
        callsign(),
        flightLevel(),
        geometricAltitudeFt(),
        rateOfClimbFtMin(),
        tentative(),
        emitterCategoryCode(),
        flightPlan(),
        accuracy(),
        trackAgeS(),
        updateAgeS());
  }

  /** I062/390 as a record, or null when the item is absent. Allocates. */
  public Cat062FlightPlan flightPlan() {
    if (at(I390) < 0) {
      return null;
    }
    return new Cat062FlightPlan(
        flightPlanCallsign(), aircraftType(), wakeCategory(), departure(), destination());
  }

  /** I062/500 as a record, or null when the item is absent. Allocates. */
  public Cat062Accuracy accuracy() {
    if (at(I500) < 0) {
      return null;
    }
    return new Cat062Accuracy(
        positionSigmaXM(),
        positionSigmaYM(),
        positionCovarianceXYM2(),
        velocitySigmaXMps(),
        velocitySigmaYMps());
  }
}
