package org.sargas.formats.sapient;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.sargas.model.geo.GeoPoint;

/**
 * What one SAPIENT DetectionReport (BSI Flex 335 v2.0) says about one object, in degrees and metres
 * whatever units the node used: either a WGS84 location or a direction from the node (azimuth,
 * optionally range and elevation). Absent numbers are NaN, absent texts and the time null. {@link
 * SapientDetectionReader} reads it from a message, {@link SapientEncoder} writes it. Confidences
 * travel as 32-bit floats and are held rounded to float, so that a detection read back from its own
 * encoding equals itself.
 *
 * @param nodeId the sending node (SapientMessage.node_id), null when not a UUID
 * @param time when the message was sent (SapientMessage.timestamp), null when absent
 * @param reportId ULID of this report
 * @param objectId ULID of the object, kept across reports by a tracking node
 * @param location the object's position (WGS84; altitude above the ellipsoid, NaN when not reported
 *     or reported above the geoid), null for a range-bearing report
 * @param sigmaHorizontalM 1-σ horizontal error of the location, metres (the larger of the reported
 *     x and y errors), NaN when not reported
 * @param sigmaVerticalM 1-σ altitude error, metres, NaN when not reported
 * @param azimuthDeg direction from the node, degrees clockwise from true north, NaN for a location
 *     report
 * @param sigmaAzimuthDeg 1-σ azimuth error, degrees, NaN when not reported
 * @param rangeM distance from the node, metres, NaN when not reported (a bearing-only node)
 * @param sigmaRangeM 1-σ range error, metres, NaN when not reported
 * @param elevationDeg elevation above the node's horizon, degrees, NaN when not reported
 * @param sigmaElevationDeg 1-σ elevation error, degrees, NaN when not reported
 * @param classType the most confident classification, e.g. {@code "UAV"}, null when none
 * @param classConfidence its confidence 0..1, NaN when not reported
 * @param detectionConfidence confidence 0..1 that the object is there, NaN when not reported
 */
public record SapientDetection(
    UUID nodeId,
    Instant time,
    String reportId,
    String objectId,
    GeoPoint location,
    double sigmaHorizontalM,
    double sigmaVerticalM,
    double azimuthDeg,
    double sigmaAzimuthDeg,
    double rangeM,
    double sigmaRangeM,
    double elevationDeg,
    double sigmaElevationDeg,
    String classType,
    double classConfidence,
    double detectionConfidence) {

  public SapientDetection {
    if ((location == null) == Double.isNaN(azimuthDeg)) {
      throw new IllegalArgumentException("a detection has either a location or an azimuth");
    }
    if (location == null && !Double.isFinite(azimuthDeg)) {
      throw new IllegalArgumentException("azimuth not finite: " + azimuthDeg);
    }
    classConfidence = (float) classConfidence;
    detectionConfidence = (float) detectionConfidence;
  }

  /** A report of a position; errors NaN when unknown. */
  public static SapientDetection located(
      UUID nodeId,
      Instant time,
      String reportId,
      String objectId,
      GeoPoint location,
      double sigmaHorizontalM,
      double sigmaVerticalM) {
    Objects.requireNonNull(location, "location");
    return new SapientDetection(
        nodeId,
        time,
        reportId,
        objectId,
        location,
        sigmaHorizontalM,
        sigmaVerticalM,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        null,
        Double.NaN,
        Double.NaN);
  }

  /** A bearing-only report (acoustic array, RF direction finder); error NaN when unknown. */
  public static SapientDetection bearing(
      UUID nodeId,
      Instant time,
      String reportId,
      String objectId,
      double azimuthDeg,
      double sigmaAzimuthDeg) {
    return new SapientDetection(
        nodeId,
        time,
        reportId,
        objectId,
        null,
        Double.NaN,
        Double.NaN,
        azimuthDeg,
        sigmaAzimuthDeg,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        null,
        Double.NaN,
        Double.NaN);
  }

  /** This detection with a classification (confidence NaN when unknown). */
  public SapientDetection withClassification(String type, double confidence) {
    return new SapientDetection(
        nodeId,
        time,
        reportId,
        objectId,
        location,
        sigmaHorizontalM,
        sigmaVerticalM,
        azimuthDeg,
        sigmaAzimuthDeg,
        rangeM,
        sigmaRangeM,
        elevationDeg,
        sigmaElevationDeg,
        type,
        confidence,
        detectionConfidence);
  }

  /** This detection with a detection confidence 0..1. */
  public SapientDetection withDetectionConfidence(double confidence) {
    return new SapientDetection(
        nodeId,
        time,
        reportId,
        objectId,
        location,
        sigmaHorizontalM,
        sigmaVerticalM,
        azimuthDeg,
        sigmaAzimuthDeg,
        rangeM,
        sigmaRangeM,
        elevationDeg,
        sigmaElevationDeg,
        classType,
        classConfidence,
        confidence);
  }

  /** This direction report with a range (a radar or a ranging node). */
  public SapientDetection withRange(double newRangeM, double newSigmaRangeM) {
    return new SapientDetection(
        nodeId,
        time,
        reportId,
        objectId,
        location,
        sigmaHorizontalM,
        sigmaVerticalM,
        azimuthDeg,
        sigmaAzimuthDeg,
        newRangeM,
        newSigmaRangeM,
        elevationDeg,
        sigmaElevationDeg,
        classType,
        classConfidence,
        detectionConfidence);
  }

  /** This direction report with an elevation. */
  public SapientDetection withElevation(double newElevationDeg, double newSigmaElevationDeg) {
    return new SapientDetection(
        nodeId,
        time,
        reportId,
        objectId,
        location,
        sigmaHorizontalM,
        sigmaVerticalM,
        azimuthDeg,
        sigmaAzimuthDeg,
        rangeM,
        sigmaRangeM,
        newElevationDeg,
        newSigmaElevationDeg,
        classType,
        classConfidence,
        detectionConfidence);
  }

  /** Whether the report is a position (else a direction from the node). */
  public boolean hasLocation() {
    return location != null;
  }
}
