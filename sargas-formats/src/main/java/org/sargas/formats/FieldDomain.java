package org.sargas.formats;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The values a decoded quantity may physically take, whatever its encoding allows: a latitude
 * outside [-90°, 90°], an aircraft 40 km up or an ASTERIX time of day after midnight is corrupt
 * input, not a measurement. Decoders test every such field with {@link #outside} (a few
 * comparisons, no allocation) and turn a value outside into a {@link DecodeFailure} with {@link
 * #failure}, which names the field, its value in SI units (degrees for angles) and the domain, e.g.
 * {@code "I062/105 latitude 95.3000000° outside [-90, 90]"}. The constants are the domains of
 * docs/robustness.md. Immutable and thread-safe.
 *
 * @param quantity what the value is, as it appears in failure messages ("latitude")
 * @param min smallest valid value, inclusive
 * @param max largest valid value, inclusive unless {@code maxExclusive}
 * @param maxExclusive whether {@code max} itself is outside
 * @param unit SI unit symbol written after values ("°", "m", "m/s", "s")
 * @param decimals digits after the decimal point when a value is written (the field's resolution)
 */
public record FieldDomain(
    String quantity, double min, double max, boolean maxExclusive, String unit, int decimals) {

  /** Latitude, WGS-84, degrees: [-90, 90]. */
  public static final FieldDomain LATITUDE = new FieldDomain("latitude", -90, 90, false, "°", 7);

  /** Longitude, WGS-84, degrees: [-180, 180]. */
  public static final FieldDomain LONGITUDE =
      new FieldDomain("longitude", -180, 180, false, "°", 7);

  /**
   * Pressure altitude (flight level × 100 ft, barometric altitude), metres: [-1,500, 30,000] —
   * below the lowest airfield in a deep high-pressure area, above the ceiling of anything a
   * surveillance sensor reports (FL 984).
   */
  public static final FieldDomain PRESSURE_ALTITUDE =
      new FieldDomain("pressure altitude", -1500, 30_000, false, "m", 1);

  /** Geometric altitude (WGS-84 height, GNSS height), metres: [-1,500, 30,000]. */
  public static final FieldDomain GEOMETRIC_ALTITUDE =
      new FieldDomain("geometric altitude", -1500, 30_000, false, "m", 1);

  /** Height measured by a 3-D radar or above take-off/ground, metres: [-1,500, 30,000]. */
  public static final FieldDomain HEIGHT = new FieldDomain("height", -1500, 30_000, false, "m", 1);

  /**
   * Ground speed of an aircraft report, m/s: [0, 1,500] (Mach 4.4 at altitude; the fastest aircraft
   * in service stay below Mach 3.3).
   */
  public static final FieldDomain GROUND_SPEED =
      new FieldDomain("ground speed", 0, 1500, false, "m/s", 1);

  /** Airspeed (IAS/TAS) of an aircraft report, m/s: [0, 1,500]. */
  public static final FieldDomain AIRSPEED = new FieldDomain("airspeed", 0, 1500, false, "m/s", 1);

  /**
   * ASTERIX time of day, seconds since UTC midnight: [0, 86,401), one second of allowance for a
   * leap second (the specifications reset the value to 0 at midnight).
   */
  public static final FieldDomain TIME_OF_DAY =
      new FieldDomain("time of day", 0, 86_401, true, "s", 3);

  public FieldDomain {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(unit, "unit");
    if (!(min <= max) || decimals < 0) {
      throw new IllegalArgumentException("bad domain [" + min + ", " + max + "]");
    }
  }

  /** The same domain under another quantity name (e.g. "operator latitude"). */
  public FieldDomain named(String otherQuantity) {
    return new FieldDomain(otherQuantity, min, max, maxExclusive, unit, decimals);
  }

  /** Whether {@code value} lies in the domain (NaN does not). */
  public boolean contains(double value) {
    return value >= min && (maxExclusive ? value < max : value <= max);
  }

  /**
   * Whether {@code value} is a number outside the domain. NaN (the decoders' "absent") and values
   * inside are not. Allocation-free.
   */
  public boolean outside(double value) {
    return !Double.isNaN(value) && !contains(value);
  }

  /**
   * The failure reason for {@code value} of {@code field}, e.g. {@code "Remote ID Location/Vector
   * latitude 95.0000000° outside [-90, 90]"}.
   *
   * @param field the item or message holding the value ("I062/105", "Remote ID Location/Vector")
   */
  public String describe(String field, double value) {
    String sep = unit.equals("°") ? "" : " ";
    String boundUnit = unit.equals("°") ? "" : " " + unit;
    return field
        + " "
        + quantity
        + " "
        + String.format(Locale.ROOT, "%." + decimals + "f", value)
        + sep
        + unit
        + " outside ["
        + bound(min)
        + boundUnit
        + ", "
        + bound(max)
        + boundUnit
        + (maxExclusive ? ")" : "]");
  }

  /** A failure of {@code value} of {@code field} at {@code offset} of {@code source}. Allocates. */
  public DecodeFailure failure(String source, long offset, String field, double value) {
    return new DecodeFailure(source, offset, describe(field, value));
  }

  /**
   * Checks one decoded field: nothing happens when {@code value} is inside the domain or absent
   * (NaN); otherwise its failure goes to {@code failures}. Allocation-free unless the value is
   * outside.
   *
   * @param failures receives the failure, or null to only count
   * @return 1 when the value is outside the domain, else 0 (sum them over a record)
   */
  public int check(
      double value, String source, long offset, String field, Consumer<DecodeFailure> failures) {
    if (!outside(value)) {
      return 0;
    }
    if (failures != null) {
      failures.accept(failure(source, offset, field, value));
    }
    return 1;
  }

  private static String bound(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
