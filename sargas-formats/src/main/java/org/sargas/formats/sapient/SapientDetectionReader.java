package org.sargas.formats.sapient;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.FieldDomain;
import org.sargas.formats.sapient.v2.DetectionReport;
import org.sargas.formats.sapient.v2.Location;
import org.sargas.formats.sapient.v2.LocationDatum;
import org.sargas.formats.sapient.v2.RangeBearing;
import org.sargas.formats.sapient.v2.RangeBearingDatum;
import org.sargas.formats.sapient.v2.SapientMessage;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.Wgs84;

/**
 * Reads the DetectionReport of a SapientMessage (BSI Flex 335 v2.0) into a {@link
 * SapientDetection}, converting the node's units to degrees and metres:
 *
 * <ul>
 *   <li>location: {@code LAT_LNG_DEG_M} or {@code LAT_LNG_RAD_M}, x = longitude, y = latitude; x/y
 *       errors are in the units of their coordinate and become metres on the WGS84 ellipsoid at the
 *       reported latitude. The altitude z is kept for datum {@code WGS84_E} (ellipsoid heights)
 *       only: a geoid height cannot be converted without a geoid model. UTM is refused.
 *   <li>range_bearing: {@code DEGREES_M}, {@code RADIANS_M}, {@code DEGREES_KM}, {@code
 *       RADIANS_KM}; the azimuth must be given and referred to true north (datum {@code TRUE}):
 *       magnetic, grid and platform norths are refused (no declination or heading here).
 *   <li>errors that are not positive and finite count as not reported.
 * </ul>
 *
 * <p>Anything else (no location at all, a unit or datum left unspecified, a latitude outside [-90°,
 * 90°], a longitude outside [-180°, 180°], an ellipsoid height outside [-1,500, 30,000] m (see
 * {@link FieldDomain}), a timestamp outside 0001..9999) is a {@link DecodeFailure}. Stateless.
 */
public final class SapientDetectionReader {
  private static final long MIN_SECONDS = -62_135_596_800L; // 0001-01-01T00:00:00Z
  private static final long MAX_SECONDS = 253_402_300_799L; // 9999-12-31T23:59:59Z

  private SapientDetectionReader() {}

  /**
   * @param message a message carrying a DetectionReport
   * @param source feed name for the failure
   * @param offset feed offset of the message's frame, for the failure
   * @param sink receives the detection when there is no failure
   * @return null when the detection was delivered, else why not
   */
  public static DecodeFailure read(
      SapientMessage message, String source, long offset, Consumer<SapientDetection> sink) {
    if (!message.hasDetectionReport()) {
      return new DecodeFailure(
          source, offset, "SAPIENT " + message.getContentCase() + ": not a DetectionReport");
    }
    Instant time = null;
    if (message.hasTimestamp()) {
      Timestamp t = message.getTimestamp();
      if (t.getSeconds() < MIN_SECONDS
          || t.getSeconds() > MAX_SECONDS
          || t.getNanos() < 0
          || t.getNanos() > 999_999_999) {
        return new DecodeFailure(
            source,
            offset,
            "SAPIENT timestamp out of range: " + t.getSeconds() + " s " + t.getNanos() + " ns");
      }
      time = Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }
    DetectionReport r = message.getDetectionReport();
    SapientDetection d;
    String problem;
    switch (r.getLocationOneofCase()) {
      case LOCATION -> {
        Located l = located(r.getLocation());
        problem = l.problem;
        d =
            l.problem != null
                ? null
                : SapientDetection.located(
                    uuid(message.getNodeId()),
                    time,
                    r.getReportId(),
                    r.getObjectId(),
                    l.point,
                    l.sigmaHorizontalM,
                    l.sigmaVerticalM);
      }
      case RANGE_BEARING -> {
        RangeBearing rb = r.getRangeBearing();
        problem = bearingProblem(rb);
        d = problem != null ? null : bearing(uuid(message.getNodeId()), time, r, rb);
      }
      default -> {
        problem = "DetectionReport without location or range_bearing";
        d = null;
      }
    }
    if (problem != null) {
      return new DecodeFailure(
          source, offset, "SAPIENT DetectionReport " + r.getReportId() + ": " + problem);
    }
    if (r.hasDetectionConfidence()) {
      d = d.withDetectionConfidence(r.getDetectionConfidence());
    }
    DetectionReport.DetectionReportClassification best = null;
    for (DetectionReport.DetectionReportClassification c : r.getClassificationList()) {
      if (best == null
          || (c.hasConfidence()
              && (!best.hasConfidence() || c.getConfidence() > best.getConfidence()))) {
        best = c;
      }
    }
    if (best != null) {
      d =
          d.withClassification(
              best.getType(), best.hasConfidence() ? best.getConfidence() : Double.NaN);
    }
    sink.accept(d);
    return null;
  }

  private static UUID uuid(String s) {
    if (s.length() != 36) {
      return null;
    }
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A reported error in the detection's units, NaN unless positive and finite there. */
  private static double error(boolean has, double v, double scale) {
    double e = v * scale;
    return has && e > 0 && Double.isFinite(e) ? e : Double.NaN;
  }

  private static final class Located {
    GeoPoint point;
    double sigmaHorizontalM = Double.NaN;
    double sigmaVerticalM = Double.NaN;
    String problem;
  }

  private static Located located(Location l) {
    Located out = new Located();
    double toDeg;
    switch (l.getCoordinateSystem()) {
      case LOCATION_COORDINATE_SYSTEM_LAT_LNG_DEG_M -> toDeg = 1;
      case LOCATION_COORDINATE_SYSTEM_LAT_LNG_RAD_M -> toDeg = 180 / Math.PI;
      case LOCATION_COORDINATE_SYSTEM_UTM_M -> {
        out.problem = "UTM locations are not supported";
        return out;
      }
      default -> {
        out.problem = "location coordinate_system " + l.getCoordinateSystem() + " (units unknown)";
        return out;
      }
    }
    if (!l.hasX() || !l.hasY()) {
      out.problem = "location without x (longitude) or y (latitude)";
      return out;
    }
    double lat = l.getY() * toDeg;
    double lon = l.getX() * toDeg;
    if (!FieldDomain.LATITUDE.contains(lat)) {
      out.problem = FieldDomain.LATITUDE.describe("location y", lat);
      return out;
    }
    if (!FieldDomain.LONGITUDE.contains(lon)) {
      out.problem = FieldDomain.LONGITUDE.describe("location x", lon);
      return out;
    }
    boolean ellipsoid = l.getDatum() == LocationDatum.LOCATION_DATUM_WGS84_E;
    double alt = ellipsoid && l.hasZ() ? l.getZ() : Double.NaN;
    if (FieldDomain.GEOMETRIC_ALTITUDE.outside(alt)) {
      out.problem = FieldDomain.GEOMETRIC_ALTITUDE.describe("location z", alt);
      return out;
    }
    out.point = new GeoPoint(lat, lon, alt);
    double phi = Math.toRadians(lat);
    double s = Math.sin(phi);
    double w = Math.sqrt(1 - Wgs84.E2 * s * s);
    double northMPerRad = Wgs84.A_M * (1 - Wgs84.E2) / (w * w * w);
    double eastMPerRad = Wgs84.A_M / w * Math.cos(phi);
    double sx = error(l.hasXError(), l.getXError(), Math.toRadians(toDeg) * eastMPerRad);
    double sy = error(l.hasYError(), l.getYError(), Math.toRadians(toDeg) * northMPerRad);
    out.sigmaHorizontalM = Double.isNaN(sx) ? sy : Double.isNaN(sy) ? sx : Math.max(sx, sy);
    out.sigmaVerticalM = Double.isNaN(alt) ? Double.NaN : error(l.hasZError(), l.getZError(), 1);
    return out;
  }

  private static String bearingProblem(RangeBearing rb) {
    switch (rb.getCoordinateSystem()) {
      case RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_M,
          RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_M,
          RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_KM,
          RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_KM -> {}
      default -> {
        return "range_bearing coordinate_system " + rb.getCoordinateSystem() + " (units unknown)";
      }
    }
    if (rb.getDatum() != RangeBearingDatum.RANGE_BEARING_DATUM_TRUE) {
      return "range_bearing datum " + rb.getDatum() + ": only true north is supported";
    }
    if (!rb.hasAzimuth() || !Double.isFinite(rb.getAzimuth() * toDeg(rb))) {
      return "range_bearing without a finite azimuth";
    }
    double rangeM = rb.getRange() * toM(rb);
    if (rb.hasRange() && !(rangeM >= 0 && Double.isFinite(rangeM))) {
      return "range_bearing range not a finite non-negative distance: " + rb.getRange();
    }
    if (rb.hasElevation() && !Double.isFinite(rb.getElevation() * toDeg(rb))) {
      return "range_bearing elevation not finite";
    }
    return null;
  }

  private static double toDeg(RangeBearing rb) {
    return switch (rb.getCoordinateSystem()) {
      case RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_M, RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_KM ->
          180 / Math.PI;
      default -> 1;
    };
  }

  private static double toM(RangeBearing rb) {
    return switch (rb.getCoordinateSystem()) {
      case RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_KM, RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_KM ->
          1000;
      default -> 1;
    };
  }

  private static SapientDetection bearing(
      UUID node, Instant time, DetectionReport r, RangeBearing rb) {
    double toDeg = toDeg(rb);
    double toM = toM(rb);
    SapientDetection d =
        SapientDetection.bearing(
            node,
            time,
            r.getReportId(),
            r.getObjectId(),
            rb.getAzimuth() * toDeg,
            error(rb.hasAzimuthError(), rb.getAzimuthError(), toDeg));
    if (rb.hasRange()) {
      d = d.withRange(rb.getRange() * toM, error(rb.hasRangeError(), rb.getRangeError(), toM));
    }
    if (rb.hasElevation()) {
      d =
          d.withElevation(
              rb.getElevation() * toDeg,
              error(rb.hasElevationError(), rb.getElevationError(), toDeg));
    }
    return d;
  }
}
