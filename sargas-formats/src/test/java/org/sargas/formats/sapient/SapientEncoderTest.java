package org.sargas.formats.sapient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.sapient.v2.Registration;
import org.sargas.formats.sapient.v2.SapientMessage;
import org.sargas.model.geo.GeoPoint;

/** What {@link SapientEncoder} writes reads back as itself (BSI Flex 335 v2.0). */
class SapientEncoderTest {
  static final UUID NODE = UUID.fromString("a8654cdf-4328-47de-81fa-c495589e30c9");
  static final Instant T = Instant.parse("2026-11-21T00:10:00.123456789Z");

  static SapientMessage unframe(byte[] framed) throws Exception {
    assertThat(SapientFrame.length(framed, 0))
        .as("little-endian length prefix")
        .isEqualTo(framed.length - 4);
    return SapientMessage.parseFrom(Arrays.copyOfRange(framed, 4, framed.length));
  }

  static SapientDetection readBack(byte[] framed) throws Exception {
    List<SapientDetection> out = new ArrayList<>();
    DecodeFailure f = SapientDetectionReader.read(unframe(framed), "test", 0, out::add);
    assertThat(f).isNull();
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  @Test
  void bearingReportWithClassificationReadsBackEqual() throws Exception {
    SapientDetection x =
        SapientDetection.bearing(
                NODE, T, "01GGYFBAXGDG7AGAHRZ6XSNY12", "01GGYFBAXH4VYRQYEX7S3XGK3H", 237.25, 3.5)
            .withClassification("UAV", 0.8)
            .withDetectionConfidence(0.9);
    byte[] framed = SapientEncoder.detectionReport(x);
    assertThat(readBack(framed)).isEqualTo(x);
    SapientMessage m = unframe(framed);
    assertThat(m.getNodeId()).isEqualTo(NODE.toString());
    assertThat(m.getDetectionReport().getRangeBearing().getAzimuth())
        .as("degrees on the wire")
        .isEqualTo(237.25);
    assertThat(m.getDetectionReport().getRangeBearing().hasRange()).as("bearing only").isFalse();
    assertThat(m.getDetectionReport().getClassification(0).getConfidence()).isEqualTo(0.8f);
  }

  @Test
  void bearingWithoutErrorOrClassificationLeavesThemOff() throws Exception {
    SapientDetection x = SapientDetection.bearing(NODE, T, "r1", "o1", 0.0, Double.NaN);
    byte[] framed = SapientEncoder.detectionReport(x);
    assertThat(readBack(framed)).isEqualTo(x);
    SapientMessage m = unframe(framed);
    assertThat(m.getDetectionReport().getRangeBearing().hasAzimuthError()).isFalse();
    assertThat(m.getDetectionReport().getClassificationCount()).isZero();
  }

  @Test
  void rangeAndElevationReadBackEqual() throws Exception {
    SapientDetection x =
        SapientDetection.bearing(NODE, T, "r2", "o2", 12.5, 0.75)
            .withRange(2450, 15)
            .withElevation(4.25, 0.5);
    assertThat(readBack(SapientEncoder.detectionReport(x))).isEqualTo(x);
  }

  @ParameterizedTest
  @ValueSource(doubles = {54.645, -33.9, 0.0, 89.0})
  void locationReadsBackEqualWithItsHorizontalErrorInMetres(double latDeg) throws Exception {
    SapientDetection x =
        SapientDetection.located(NODE, T, "r3", "o3", new GeoPoint(latDeg, 22.745, 300), 25, 40)
            .withClassification("UAV", Double.NaN);
    SapientDetection y = readBack(SapientEncoder.detectionReport(x));
    assertThat(y.sigmaHorizontalM())
        .as("metres -> x/y degrees -> metres")
        .isCloseTo(25, within(1e-9));
    assertThat(withSigmaHorizontal(y, 25)).as("all else exactly").isEqualTo(x);
    assertThat(
            unframe(SapientEncoder.detectionReport(x))
                .getDetectionReport()
                .getLocation()
                .getYError())
        .as("25 m of latitude in degrees")
        .isCloseTo(25 / 111_000.0, within(3e-6));
  }

  static SapientDetection withSigmaHorizontal(SapientDetection d, double sigmaM) {
    return new SapientDetection(
        d.nodeId(),
        d.time(),
        d.reportId(),
        d.objectId(),
        d.location(),
        sigmaM,
        d.sigmaVerticalM(),
        d.azimuthDeg(),
        d.sigmaAzimuthDeg(),
        d.rangeM(),
        d.sigmaRangeM(),
        d.elevationDeg(),
        d.sigmaElevationDeg(),
        d.classType(),
        d.classConfidence(),
        d.detectionConfidence());
  }

  @Test
  void locationWithoutAltitudeOrErrors() throws Exception {
    SapientDetection x =
        SapientDetection.located(
            NODE, T, "r4", "o4", GeoPoint.of(54.1, 23.9), Double.NaN, Double.NaN);
    assertThat(readBack(SapientEncoder.detectionReport(x))).isEqualTo(x);
  }

  @Test
  void registrationReadsBackEqualAndCarriesTheMandatoryFields() throws Exception {
    SapientRegistration x =
        new SapientRegistration(
            NODE,
            T,
            SapientNodeType.ACOUSTIC,
            SapientRegistration.ReportForm.RANGE_BEARING,
            "Acoustic array Lazdijai",
            "AC1",
            "Sargas",
            "sim-acoustic",
            5.0,
            3000);
    byte[] framed = SapientEncoder.registration(x);
    SapientMessage m = unframe(framed);
    assertThat(SapientRegistration.of(m)).isEqualTo(x);
    Registration r = m.getRegistration();
    assertThat(r.getNodeDefinition(0).getNodeType())
        .isEqualTo(Registration.NodeType.NODE_TYPE_ACOUSTIC);
    assertThat(r.getIcdVersion()).isEqualTo("BSI Flex 335 v2.0");
    assertThat(r.getCapabilitiesCount()).isEqualTo(2);
    assertThat(r.getStatusDefinition().getStatusInterval().getValue()).isEqualTo(5.0f);
    assertThat(
            r.getModeDefinition(0)
                .getDetectionDefinition(0)
                .getLocationType()
                .getRangeBearingDatum()
                .name())
        .isEqualTo("RANGE_BEARING_DATUM_TRUE");
    assertThat(r.getModeDefinition(0).getTask().getRegionDefinition().getRegionAreaCount())
        .isEqualTo(1);
    assertThat(r.getConfigData(0).getModel()).isEqualTo("sim-acoustic");
  }

  @Test
  void radarRegistrationReportingLocationsWithoutRangeOrShortName() throws Exception {
    SapientRegistration x =
        new SapientRegistration(
            UUID.randomUUID(),
            T,
            SapientNodeType.RADAR,
            SapientRegistration.ReportForm.LOCATION,
            "C-UAS radar",
            null,
            "Sargas",
            "sim-radar",
            1.0,
            Double.NaN);
    assertThat(SapientRegistration.of(unframe(SapientEncoder.registration(x)))).isEqualTo(x);
  }
}
