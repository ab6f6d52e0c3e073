package org.sargas.formats.asterix.cat001;

import java.util.function.Consumer;
import org.sargas.formats.Bits;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.FieldDomain;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.editions.Cat001Edition1_4;
import org.sargas.formats.asterix.spec.AsterixCategory;

/**
 * Typed, allocation-free reads of CAT001 1.4 "Transmission of Monoradar Data Target Reports" items
 * from a decoded record, whichever of the two UAPs (plot, track; I001/020 TYP) it uses. Absent
 * items read as NaN, -1 or null. Not thread-safe.
 *
 * <p>CAT001 carries only a truncated time of day (I001/141, modulo 512 s); {@link
 * org.sargas.formats.asterix.TimeOfDay#resolveTruncated} completes it against a CAT002 time of day
 * or the receive time.
 *
 * @see Cat001Edition1_4
 */
public final class Cat001View {
  static final double NM_M = 1852.0;
  private static final double FT_M = 0.3048;
  private static final AsterixCategory PLOT = Cat001Edition1_4.CATEGORY.variation("plot");
  private static final AsterixCategory TRACK = Cat001Edition1_4.CATEGORY.variation("track");

  /** UAP indexes: [0] in the plot UAP, [1] in the track UAP (-1 when absent there). */
  static final int[] I010 = index("010");

  static final int[] I020 = index("020");
  static final int[] I040 = index("040");
  static final int[] I070 = index("070");
  static final int[] I090 = index("090");
  static final int[] I141 = index("141");
  static final int[] I161 = index("161");
  static final int[] I200 = index("200");

  private static int[] index(String id) {
    return new int[] {PLOT.indexOf(id), TRACK.indexOf(id)};
  }

  private AsterixRecordView r;
  private int variation;

  /** Points this view at a CAT001 record; returns this. */
  public Cat001View wrap(AsterixRecordView record) {
    if (record.category() != 1) {
      throw new IllegalArgumentException("not a CAT001 record: CAT" + record.category());
    }
    this.r = record;
    this.variation = "track".equals(record.uapVariation()) ? 1 : 0;
    return this;
  }

  private int at(int[] item) {
    return r.itemOffset(item[variation]);
  }

  private long sourceOffset(int[] item) {
    return r.itemSourceOffset(item[variation]);
  }

  /** I001/010 SAC, or -1. */
  public int sac() {
    int o = at(I010);
    return o < 0 ? -1 : r.buffer()[o] & 0xff;
  }

  /** I001/010 SIC, or -1. */
  public int sic() {
    int o = at(I010);
    return o < 0 ? -1 : r.buffer()[o + 1] & 0xff;
  }

  /** I001/020 TYP: whether the report is a track (else a plot; also when I001/020 is absent). */
  public boolean track() {
    return variation == 1;
  }

  /** I001/020 SSRPSR, or null. */
  public Cat001Detection detection() {
    int o = at(I020);
    return o < 0 ? null : Cat001Detection.ofCode((r.buffer()[o] & 0xff) >>> 4);
  }

  /** I001/020 SIM: a simulated report. */
  public boolean simulated() {
    int o = at(I020);
    return o >= 0 && (r.buffer()[o] & 0x40) != 0;
  }

  /** I001/040 RHO in metres (1/128 NM), or NaN. */
  public double rangeM() {
    int o = at(I040);
    return o < 0 ? Double.NaN : Bits.u16(r.buffer(), o) / 128.0 * NM_M;
  }

  /** I001/040 THETA in radians from north (360°/2¹⁶), or NaN. */
  public double azimuthRad() {
    int o = at(I040);
    return o < 0 ? Double.NaN : Bits.u16(r.buffer(), o + 2) * (2 * Math.PI / 65536.0);
  }

  /** I001/070 Mode 3/A 12-bit code (octal digits packed 3 bits each), or -1. */
  public int mode3a() {
    int o = at(I070);
    return o < 0 ? -1 : Bits.u16(r.buffer(), o) & 0x0fff;
  }

  /** I001/070 V bit: true when the code is validated. */
  public boolean mode3aValidated() {
    int o = at(I070);
    return o >= 0 && (r.buffer()[o] & 0x80) == 0;
  }

  /** I001/090 Mode C flight level (1/4 FL, two's complement over 14 bits), or NaN. */
  public double flightLevel() {
    int o = at(I090);
    return o < 0 ? Double.NaN : Bits.signExtend(Bits.u16(r.buffer(), o) & 0x3fff, 14) / 4.0;
  }

  /** I001/141 truncated time of day in 1/128 s (the 16 low bits of the full value), or -1. */
  public int truncatedTimeOfDay128() {
    int o = at(I141);
    return o < 0 ? -1 : Bits.u16(r.buffer(), o);
  }

  /** I001/141 truncated time of day in seconds, [0, 512), or NaN. */
  public double truncatedTimeOfDayS() {
    int t = truncatedTimeOfDay128();
    return t < 0 ? Double.NaN : t / 128.0;
  }

  /** I001/161 track/plot number, or -1. */
  public int trackNumber() {
    int o = at(I161);
    return o < 0 ? -1 : Bits.u16(r.buffer(), o);
  }

  /** I001/200 calculated ground speed in m/s (2⁻¹⁴ NM/s), or NaN. */
  public double groundSpeedMps() {
    int o = at(I200);
    return o < 0 ? Double.NaN : Bits.u16(r.buffer(), o) / 16384.0 * NM_M;
  }

  /** I001/200 calculated heading in radians from north, or NaN. */
  public double headingRad() {
    int o = at(I200);
    return o < 0 ? Double.NaN : Bits.u16(r.buffer(), o + 2) * (2 * Math.PI / 65536.0);
  }

  /**
   * Checks the values this view reads against their physical domain ({@link FieldDomain}): I001/090
   * flight level as a pressure altitude in [-1,500, 30,000] m and I001/200 ground speed up to 1,500
   * m/s (I001/040 and I001/141 cannot leave theirs). Allocation-free when every value is inside.
   *
   * @param failures receives one failure per value outside its domain, at its item's offset; null
   *     to only count
   * @return the number of values outside their domain (0: the report is usable)
   */
  public int domainViolations(String source, Consumer<DecodeFailure> failures) {
    return FieldDomain.PRESSURE_ALTITUDE.check(
            flightLevel() * 100 * FT_M, source, sourceOffset(I090), "I001/090", failures)
        + FieldDomain.GROUND_SPEED.check(
            groundSpeedMps(), source, sourceOffset(I200), "I001/200", failures);
  }

  /** An immutable copy. */
  public Cat001Record toRecord() {
    return new Cat001Record(
        sac(),
        sic(),
        track(),
        detection(),
        rangeM(),
        azimuthRad(),
        mode3a(),
        flightLevel(),
        truncatedTimeOfDayS(),
        trackNumber(),
        groundSpeedMps(),
        headingRad());
  }
}
