package org.sargas.formats.remoteid;

import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.FieldDomain;

/**
 * The domain checks of decoded ASTM F3411-22a messages (see {@link FieldDomain}): Location/Vector
 * latitude, longitude, pressure and geodetic altitude, height, vertical speed (F3411 encodes ±62
 * m/s; 63 m/s means unknown) and timestamp (tenths of a second since the hour, below 36,000), and
 * the System message's operator position, operator altitude and area ceiling and floor. Unknown
 * values (NaN) are not checked. Stateless.
 */
final class RemoteIdDomains {
  static final String LOCATION = "Remote ID Location/Vector";
  static final String SYSTEM = "Remote ID System";

  /** F3411-22a Table 7: vertical speed −62..62 m/s, 63 (code 126) unknown. */
  static final FieldDomain VERTICAL_SPEED =
      new FieldDomain("vertical speed", -62, 62, false, "m/s", 1);

  /** F3411-22a Location timestamp: 1/10 s since the full hour, 0..35,999 (0xFFFF unknown). */
  static final FieldDomain TIMESTAMP =
      new FieldDomain("timestamp since the hour", 0, 3600, true, "s", 1);

  private static final FieldDomain OPERATOR_LATITUDE =
      FieldDomain.LATITUDE.named("operator latitude");
  private static final FieldDomain OPERATOR_LONGITUDE =
      FieldDomain.LONGITUDE.named("operator longitude");
  private static final FieldDomain OPERATOR_ALTITUDE =
      FieldDomain.GEOMETRIC_ALTITUDE.named("operator geodetic altitude");
  private static final FieldDomain AREA_CEILING =
      FieldDomain.GEOMETRIC_ALTITUDE.named("area ceiling");
  private static final FieldDomain AREA_FLOOR = FieldDomain.GEOMETRIC_ALTITUDE.named("area floor");
  private static final FieldDomain GEODETIC_ALTITUDE =
      FieldDomain.GEOMETRIC_ALTITUDE.named("geodetic altitude");

  private RemoteIdDomains() {}

  /**
   * Reports every field of {@code m} outside its domain.
   *
   * @param offset source offset of the message's first octet (failures name the field's octet)
   * @return true when every field is in its domain
   */
  static boolean check(
      RemoteIdMessage m, String source, long offset, Consumer<DecodeFailure> failures) {
    if (m instanceof RemoteIdMessage.LocationVector l) {
      int ts = l.timestampTenthsSinceHour();
      return in(FieldDomain.LATITUDE, l.latDeg(), LOCATION, 5, source, offset, failures)
          & in(FieldDomain.LONGITUDE, l.lonDeg(), LOCATION, 9, source, offset, failures)
          & in(
              FieldDomain.PRESSURE_ALTITUDE,
              l.pressureAltitudeM(),
              LOCATION,
              13,
              source,
              offset,
              failures)
          & in(GEODETIC_ALTITUDE, l.geodeticAltitudeM(), LOCATION, 15, source, offset, failures)
          & in(FieldDomain.HEIGHT, l.heightM(), LOCATION, 17, source, offset, failures)
          & in(VERTICAL_SPEED, l.verticalSpeedMps(), LOCATION, 4, source, offset, failures)
          & in(
              TIMESTAMP,
              ts == 0xffff ? Double.NaN : ts / 10.0,
              LOCATION,
              21,
              source,
              offset,
              failures);
    }
    if (m instanceof RemoteIdMessage.SystemInfo s) {
      return in(OPERATOR_LATITUDE, s.operatorLatDeg(), SYSTEM, 2, source, offset, failures)
          & in(OPERATOR_LONGITUDE, s.operatorLonDeg(), SYSTEM, 6, source, offset, failures)
          & in(AREA_CEILING, s.areaCeilingM(), SYSTEM, 13, source, offset, failures)
          & in(AREA_FLOOR, s.areaFloorM(), SYSTEM, 15, source, offset, failures)
          & in(OPERATOR_ALTITUDE, s.operatorAltitudeM(), SYSTEM, 18, source, offset, failures);
    }
    return true;
  }

  /**
   * Whether {@code value} is in {@code d} (or unknown); reports it otherwise. Non-short-circuit
   * {@code &} above reports every bad field, not only the first.
   */
  private static boolean in(
      FieldDomain d,
      double value,
      String message,
      int fieldOctet,
      String source,
      long offset,
      Consumer<DecodeFailure> failures) {
    if (!d.outside(value)) {
      return true;
    }
    failures.accept(d.failure(source, offset + fieldOctet, message, value));
    return false;
  }
}
