package org.sargas.formats.sapient;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.Objects;
import org.sargas.formats.sapient.v2.DetectionReport;
import org.sargas.formats.sapient.v2.Location;
import org.sargas.formats.sapient.v2.LocationCoordinateSystem;
import org.sargas.formats.sapient.v2.LocationDatum;
import org.sargas.formats.sapient.v2.RangeBearing;
import org.sargas.formats.sapient.v2.RangeBearingCoordinateSystem;
import org.sargas.formats.sapient.v2.RangeBearingDatum;
import org.sargas.formats.sapient.v2.Registration;
import org.sargas.formats.sapient.v2.SapientMessage;
import org.sargas.model.geo.Wgs84;

/**
 * Writes the SAPIENT messages (BSI Flex 335 v2.0) a simulated node sends: its Registration and its
 * DetectionReports, each framed for TCP ({@link SapientFrame}: 4-octet little-endian length, then
 * the message). Locations go out as {@code LAT_LNG_DEG_M} / {@code WGS84_E} (x longitude, y
 * latitude, z height above the ellipsoid; the horizontal error as x and y errors in degrees, the
 * same metres on both axes), directions as {@code DEGREES_M} from true north. What the encoder
 * writes, {@link SapientDetectionReader} and {@link SapientRegistration#of} read back unchanged (a
 * location error to within floating-point rounding of the degree conversion). Stateless.
 */
public final class SapientEncoder {
  /** The icd_version a registration declares. */
  public static final String ICD_VERSION = "BSI Flex 335 v2.0";

  /** Capability type of the detection range (category "Sensor", units "m"). */
  static final String CAPABILITY_MAX_RANGE = "MaxRange";

  private SapientEncoder() {}

  /** A Registration, framed. */
  public static byte[] registration(SapientRegistration r) {
    return SapientFrame.frame(registrationMessage(r));
  }

  /** A DetectionReport, framed. The detection's time is required (it is mandatory on the wire). */
  public static byte[] detectionReport(SapientDetection d) {
    return SapientFrame.frame(detectionMessage(d));
  }

  /** The SapientMessage of a registration (unframed). */
  public static SapientMessage registrationMessage(SapientRegistration r) {
    boolean bearing = r.reportForm() == SapientRegistration.ReportForm.RANGE_BEARING;
    Registration.LocationType nodeLocation =
        Registration.LocationType.newBuilder()
            .setLocationUnits(LocationCoordinateSystem.LOCATION_COORDINATE_SYSTEM_LAT_LNG_DEG_M)
            .setLocationDatum(LocationDatum.LOCATION_DATUM_WGS84_E)
            .build();
    Registration.LocationType reported =
        bearing
            ? Registration.LocationType.newBuilder()
                .setRangeBearingUnits(
                    RangeBearingCoordinateSystem.RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_M)
                .setRangeBearingDatum(RangeBearingDatum.RANGE_BEARING_DATUM_TRUE)
                .build()
            : nodeLocation;
    Registration.Builder b =
        Registration.newBuilder()
            .addNodeDefinition(
                Registration.NodeDefinition.newBuilder().setNodeType(r.nodeType().wire()))
            .setIcdVersion(ICD_VERSION)
            .setName(r.name())
            .addCapabilities(
                Registration.Capability.newBuilder()
                    .setCategory("Detection")
                    .setType("ReportForm")
                    .setValue(r.reportForm().name()))
            .setStatusDefinition(
                Registration.StatusDefinition.newBuilder()
                    .setStatusInterval(seconds(r.statusIntervalS()))
                    .setLocationDefinition(nodeLocation))
            .addModeDefinition(
                Registration.ModeDefinition.newBuilder()
                    .setModeName("Default")
                    .setModeType(Registration.ModeType.MODE_TYPE_PERMANENT)
                    .setSettleTime(seconds(0))
                    .setScanType(Registration.ScanType.SCAN_TYPE_FIXED)
                    .setTrackingType(Registration.TrackingType.TRACKING_TYPE_TRACKLET)
                    .addDetectionDefinition(
                        Registration.DetectionDefinition.newBuilder().setLocationType(reported))
                    .setTask(
                        Registration.TaskDefinition.newBuilder()
                            .setRegionDefinition(
                                Registration.RegionDefinition.newBuilder()
                                    .addRegionType(
                                        Registration.RegionType.REGION_TYPE_AREA_OF_INTEREST)
                                    .addRegionArea(nodeLocation))))
            .addConfigData(
                Registration.ConfigurationData.newBuilder()
                    .setManufacturer(r.manufacturer())
                    .setModel(r.model()));
    if (r.shortName() != null) {
      b.setShortName(r.shortName());
    }
    if (Double.isFinite(r.maxRangeM())) {
      b.addCapabilities(
          Registration.Capability.newBuilder()
              .setCategory("Sensor")
              .setType(CAPABILITY_MAX_RANGE)
              .setValue(Double.toString(r.maxRangeM()))
              .setUnits("m"));
    }
    return SapientMessage.newBuilder()
        .setTimestamp(timestamp(r.time()))
        .setNodeId(r.nodeId().toString())
        .setRegistration(b)
        .build();
  }

  /** The SapientMessage of a detection (unframed). */
  public static SapientMessage detectionMessage(SapientDetection d) {
    Objects.requireNonNull(d.time(), "time");
    Objects.requireNonNull(d.nodeId(), "nodeId");
    DetectionReport.Builder r =
        DetectionReport.newBuilder().setReportId(d.reportId()).setObjectId(d.objectId());
    if (d.hasLocation()) {
      Location.Builder l =
          Location.newBuilder()
              .setX(d.location().lonDeg())
              .setY(d.location().latDeg())
              .setCoordinateSystem(
                  LocationCoordinateSystem.LOCATION_COORDINATE_SYSTEM_LAT_LNG_DEG_M)
              .setDatum(LocationDatum.LOCATION_DATUM_WGS84_E);
      if (!Double.isNaN(d.location().altitudeM())) {
        l.setZ(d.location().altitudeM());
        if (!Double.isNaN(d.sigmaVerticalM())) {
          l.setZError(d.sigmaVerticalM());
        }
      }
      if (!Double.isNaN(d.sigmaHorizontalM())) {
        double phi = Math.toRadians(d.location().latDeg());
        double s = Math.sin(phi);
        double w = Math.sqrt(1 - Wgs84.E2 * s * s);
        double eastMPerRad = Wgs84.A_M / w * Math.cos(phi);
        double northMPerRad = Wgs84.A_M * (1 - Wgs84.E2) / (w * w * w);
        l.setYError(Math.toDegrees(d.sigmaHorizontalM() / northMPerRad));
        if (eastMPerRad > 1e-3) {
          l.setXError(Math.toDegrees(d.sigmaHorizontalM() / eastMPerRad));
        }
      }
      r.setLocation(l);
    } else {
      RangeBearing.Builder rb =
          RangeBearing.newBuilder()
              .setAzimuth(d.azimuthDeg())
              .setCoordinateSystem(
                  RangeBearingCoordinateSystem.RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_M)
              .setDatum(RangeBearingDatum.RANGE_BEARING_DATUM_TRUE);
      if (!Double.isNaN(d.sigmaAzimuthDeg())) {
        rb.setAzimuthError(d.sigmaAzimuthDeg());
      }
      if (!Double.isNaN(d.rangeM())) {
        rb.setRange(d.rangeM());
        if (!Double.isNaN(d.sigmaRangeM())) {
          rb.setRangeError(d.sigmaRangeM());
        }
      }
      if (!Double.isNaN(d.elevationDeg())) {
        rb.setElevation(d.elevationDeg());
        if (!Double.isNaN(d.sigmaElevationDeg())) {
          rb.setElevationError(d.sigmaElevationDeg());
        }
      }
      r.setRangeBearing(rb);
    }
    if (!Double.isNaN(d.detectionConfidence())) {
      r.setDetectionConfidence((float) d.detectionConfidence());
    }
    if (d.classType() != null) {
      DetectionReport.DetectionReportClassification.Builder c =
          DetectionReport.DetectionReportClassification.newBuilder().setType(d.classType());
      if (!Double.isNaN(d.classConfidence())) {
        c.setConfidence((float) d.classConfidence());
      }
      r.addClassification(c);
    }
    return SapientMessage.newBuilder()
        .setTimestamp(timestamp(d.time()))
        .setNodeId(d.nodeId().toString())
        .setDetectionReport(r)
        .build();
  }

  private static Timestamp timestamp(Instant t) {
    return Timestamp.newBuilder().setSeconds(t.getEpochSecond()).setNanos(t.getNano()).build();
  }

  private static Registration.Duration seconds(double s) {
    return Registration.Duration.newBuilder()
        .setUnits(Registration.TimeUnits.TIME_UNITS_SECONDS)
        .setValue((float) s)
        .build();
  }
}
