package org.sargas.formats.sapient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sargas.formats.ObservationDecoder;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.feed.ObservationDecoders;
import org.sargas.formats.sapient.v2.DetectionReport;
import org.sargas.formats.sapient.v2.Location;
import org.sargas.formats.sapient.v2.LocationCoordinateSystem;
import org.sargas.formats.sapient.v2.LocationDatum;
import org.sargas.formats.sapient.v2.RangeBearing;
import org.sargas.formats.sapient.v2.RangeBearingCoordinateSystem;
import org.sargas.formats.sapient.v2.RangeBearingDatum;
import org.sargas.formats.sapient.v2.SapientMessage;
import org.sargas.formats.sapient.v2.StatusReport;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.BearingMeasurement;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;

/** SAPIENT streams to observations: mapping, units, reassembly, malformed input. */
class SapientObservationDecoderTest {
  static final UUID NODE = SapientEncoderTest.NODE;
  static final Instant T = Instant.parse("2026-11-21T00:10:00Z");
  static final Instant RX = Instant.parse("2026-11-21T00:10:00.400Z");

  /** An acoustic node: 2° azimuth noise, 60 m / 40 m position noise when reports carry none. */
  static final SensorCalibration AC =
      new SensorCalibration("ac-1", -1, -1, null, 100, Math.toRadians(2), 60, 40);

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] status() {
    return SapientFrame.frame(
        SapientMessage.newBuilder()
            .setNodeId(NODE.toString())
            .setStatusReport(
                StatusReport.newBuilder()
                    .setReportId("s1")
                    .setSystem(StatusReport.System.SYSTEM_OK)
                    .setInfo(StatusReport.Info.INFO_NEW)
                    .setMode("Default"))
            .build());
  }

  static byte[] bearing(int k) {
    return SapientEncoder.detectionReport(
        SapientDetection.bearing(NODE, T.plusSeconds(k), "r" + k, "o1", 10.0 * k, 1.5));
  }

  static Collected decodeWhole(byte[] stream) {
    Collected c = new Collected();
    new SapientObservationDecoder(AC).decode(stream, 0, stream.length, RX, "tcp", 0, c);
    return c;
  }

  static Observation only(SapientMessage m) {
    Collected c = decodeWhole(SapientFrame.frame(m));
    assertThat(c.failures).isEmpty();
    assertThat(c.observations).hasSize(1);
    return c.observations.get(0);
  }

  static SapientMessage.Builder report(DetectionReport.Builder r) {
    return SapientMessage.newBuilder()
        .setNodeId(NODE.toString())
        .setDetectionReport(r.setReportId("r").setObjectId("o"));
  }

  @Test
  void bearingReportBecomesABearingMeasurementInRadiansWithTheReportsTime() {
    Collected c = decodeWhole(bearing(3));
    assertThat(c.failures).isEmpty();
    assertThat(c.alive).containsExactly("ac-1");
    Observation o = c.observations.get(0);
    assertThat(o.sensorId()).isEqualTo("ac-1");
    assertThat(o.time())
        .as("SapientMessage.timestamp, not the receive time")
        .isEqualTo(T.plusSeconds(3));
    BearingMeasurement m = (BearingMeasurement) o.measurement();
    assertThat(m.bearingRad()).isCloseTo(Math.toRadians(30), within(1e-12));
    assertThat(m.sigmaBearingRad())
        .as("azimuth_error 1.5°")
        .isCloseTo(Math.toRadians(1.5), within(1e-12));
    assertThat(o.hasAltitude()).isFalse();
  }

  @Test
  void radiansAndNoErrorUseTheCalibrationAndNegativeAzimuthsWrap() {
    Observation o =
        only(
            report(
                    DetectionReport.newBuilder()
                        .setRangeBearing(
                            RangeBearing.newBuilder()
                                .setAzimuth(-Math.PI / 2)
                                .setCoordinateSystem(
                                    RangeBearingCoordinateSystem
                                        .RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_M)
                                .setDatum(RangeBearingDatum.RANGE_BEARING_DATUM_TRUE)))
                .build());
    BearingMeasurement m = (BearingMeasurement) o.measurement();
    assertThat(m.bearingRad()).isCloseTo(1.5 * Math.PI, within(1e-12));
    assertThat(m.sigmaBearingRad()).isEqualTo(AC.sigmaAzimuthRad());
    assertThat(o.time()).as("no timestamp: receive time").isEqualTo(RX);
  }

  @Test
  void azimuthAndRangeInKilometresBecomeAPolarMeasurementWithElevation() {
    Observation o =
        only(
            report(
                    DetectionReport.newBuilder()
                        .setRangeBearing(
                            RangeBearing.newBuilder()
                                .setAzimuth(45)
                                .setAzimuthError(0.5)
                                .setRange(2.5)
                                .setRangeError(0.02)
                                .setElevation(3)
                                .setCoordinateSystem(
                                    RangeBearingCoordinateSystem
                                        .RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_KM)
                                .setDatum(RangeBearingDatum.RANGE_BEARING_DATUM_TRUE)))
                .build());
    PolarMeasurement m = (PolarMeasurement) o.measurement();
    assertThat(m.rangeM()).isEqualTo(2500);
    assertThat(m.sigmaRangeM()).isCloseTo(20, within(1e-9));
    assertThat(m.azimuthRad()).isCloseTo(Math.PI / 4, within(1e-12));
    assertThat(m.sigmaAzimuthRad()).isCloseTo(Math.toRadians(0.5), within(1e-12));
    assertThat(m.elevationRad()).isCloseTo(Math.toRadians(3), within(1e-12));
    assertThat(m.sigmaElevationRad())
        .as("no elevation_error: the calibrated angle σ")
        .isEqualTo(AC.sigmaAzimuthRad());
  }

  @Test
  void rangeWithoutErrorTakesTheCalibratedRangeSigma() {
    Observation o =
        only(
            report(
                    DetectionReport.newBuilder()
                        .setRangeBearing(
                            RangeBearing.newBuilder()
                                .setAzimuth(1)
                                .setRange(800)
                                .setCoordinateSystem(
                                    RangeBearingCoordinateSystem
                                        .RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_M)
                                .setDatum(RangeBearingDatum.RANGE_BEARING_DATUM_TRUE)))
                .build());
    PolarMeasurement m = (PolarMeasurement) o.measurement();
    assertThat(m.sigmaRangeM()).isEqualTo(100);
    assertThat(m.hasElevation()).isFalse();
  }

  @Test
  void locationWithItsOwnErrorsBecomesAGeodeticMeasurement() {
    SapientDetection d =
        SapientDetection.located(NODE, T, "r", "o", new GeoPoint(54.645, 22.745, 300), 12, 20);
    Collected c = decodeWhole(SapientEncoder.detectionReport(d));
    Observation o = c.observations.get(0);
    GeodeticMeasurement m = (GeodeticMeasurement) o.measurement();
    assertThat(m.position().latDeg()).isEqualTo(54.645);
    assertThat(m.position().lonDeg()).isEqualTo(22.745);
    assertThat(o.altitudeM()).isEqualTo(300);
    assertThat(m.sigmaHorizontalM()).isCloseTo(12, within(1e-9));
    assertThat(m.sigmaVerticalM()).isEqualTo(20);
  }

  @Test
  void locationInRadiansWithoutErrorsTakesTheCalibration() {
    Observation o =
        only(
            report(
                    DetectionReport.newBuilder()
                        .setLocation(
                            Location.newBuilder()
                                .setX(Math.toRadians(23.5))
                                .setY(Math.toRadians(54.25))
                                .setZ(120)
                                .setCoordinateSystem(
                                    LocationCoordinateSystem
                                        .LOCATION_COORDINATE_SYSTEM_LAT_LNG_RAD_M)
                                .setDatum(LocationDatum.LOCATION_DATUM_WGS84_E)))
                .build());
    GeodeticMeasurement m = (GeodeticMeasurement) o.measurement();
    assertThat(m.position().latDeg()).isCloseTo(54.25, within(1e-12));
    assertThat(m.position().lonDeg()).isCloseTo(23.5, within(1e-12));
    assertThat(m.sigmaHorizontalM()).isEqualTo(60);
    assertThat(m.sigmaVerticalM()).isEqualTo(40);
  }

  @Test
  void geoidHeightsAreNotTakenForEllipsoidHeights() {
    Observation o =
        only(
            report(
                    DetectionReport.newBuilder()
                        .setLocation(
                            Location.newBuilder()
                                .setX(23.5)
                                .setY(54.25)
                                .setZ(120)
                                .setZError(5)
                                .setCoordinateSystem(
                                    LocationCoordinateSystem
                                        .LOCATION_COORDINATE_SYSTEM_LAT_LNG_DEG_M)
                                .setDatum(LocationDatum.LOCATION_DATUM_WGS84_G)))
                .build());
    assertThat(o.hasAltitude()).isFalse();
    assertThat(((GeodeticMeasurement) o.measurement()).sigmaVerticalM()).isNaN();
  }

  @Test
  void reportsSargasCannotPlaceAreFailuresOfThatReportOnly() {
    byte[] utm =
        SapientFrame.frame(
            report(
                    DetectionReport.newBuilder()
                        .setLocation(
                            Location.newBuilder()
                                .setX(500_000)
                                .setY(6_000_000)
                                .setUtmZone("34U")
                                .setCoordinateSystem(
                                    LocationCoordinateSystem.LOCATION_COORDINATE_SYSTEM_UTM_M)
                                .setDatum(LocationDatum.LOCATION_DATUM_WGS84_E)))
                .build());
    byte[] magnetic =
        SapientFrame.frame(
            report(
                    DetectionReport.newBuilder()
                        .setRangeBearing(
                            RangeBearing.newBuilder()
                                .setAzimuth(10)
                                .setCoordinateSystem(
                                    RangeBearingCoordinateSystem
                                        .RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_M)
                                .setDatum(RangeBearingDatum.RANGE_BEARING_DATUM_MAGNETIC)))
                .build());
    byte[] noUnits =
        SapientFrame.frame(
            report(
                    DetectionReport.newBuilder()
                        .setRangeBearing(
                            RangeBearing.newBuilder()
                                .setAzimuth(10)
                                .setDatum(RangeBearingDatum.RANGE_BEARING_DATUM_TRUE)))
                .build());
    byte[] nowhere = SapientFrame.frame(report(DetectionReport.newBuilder()).build());
    byte[] stream = concat(utm, magnetic, noUnits, nowhere, bearing(1));
    Collected c = decodeWhole(stream);
    assertThat(c.failures)
        .extracting(f -> f.offset())
        .containsExactly(
            0L,
            (long) utm.length,
            (long) utm.length + magnetic.length,
            (long) utm.length + magnetic.length + noUnits.length);
    assertThat(c.failures.get(0).reason()).contains("UTM");
    assertThat(c.failures.get(1).reason()).contains("RANGE_BEARING_DATUM_MAGNETIC");
    assertThat(c.failures.get(2).reason()).contains("units unknown");
    assertThat(c.failures.get(3).reason()).contains("without location or range_bearing");
    assertThat(c.observations).as("the framing holds: the next report decodes").hasSize(1);
    assertThat(c.alive).as("every message parsed: the node is alive").hasSize(5);
  }

  static Stream<Arguments> outOfDomain() {
    LocationCoordinateSystem deg =
        LocationCoordinateSystem.LOCATION_COORDINATE_SYSTEM_LAT_LNG_DEG_M;
    LocationCoordinateSystem rad =
        LocationCoordinateSystem.LOCATION_COORDINATE_SYSTEM_LAT_LNG_RAD_M;
    return Stream.of(
        Arguments.of(23.5, 95.0, 100.0, deg, "location y latitude 95.0000000° outside [-90, 90]"),
        Arguments.of(
            -200.0, 54.25, 100.0, deg, "location x longitude -200.0000000° outside [-180, 180]"),
        Arguments.of(0.4, 1.6, 100.0, rad, "location y latitude 91.6732472° outside [-90, 90]"),
        Arguments.of(
            23.5,
            54.25,
            31_000.0,
            deg,
            "location z geometric altitude 31000.0 m outside [-1500 m, 30000 m]"),
        Arguments.of(
            23.5,
            54.25,
            Double.NEGATIVE_INFINITY,
            deg,
            "location z geometric altitude -Infinity m outside [-1500 m, 30000 m]"));
  }

  @ParameterizedTest
  @MethodSource("outOfDomain")
  void locationsOutsideTheirDomainAreFailuresOfThatReport(
      double x, double y, double z, LocationCoordinateSystem units, String problem) {
    byte[] bad =
        SapientFrame.frame(
            report(
                    DetectionReport.newBuilder()
                        .setLocation(
                            Location.newBuilder()
                                .setX(x)
                                .setY(y)
                                .setZ(z)
                                .setCoordinateSystem(units)
                                .setDatum(LocationDatum.LOCATION_DATUM_WGS84_E)))
                .build());
    Collected c = decodeWhole(concat(bad, bearing(1)));
    assertThat(c.failures)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.offset()).isZero();
              assertThat(f.reason()).isEqualTo("SAPIENT DetectionReport r: " + problem);
            });
    assertThat(c.observations).as("the next report decodes").hasSize(1);
  }

  @Test
  void valuesFiniteInTheirUnitsButInfiniteInOursAreFailuresNotExceptions() {
    // Found by SapientFuzzTest (corpus: azimuth-radians-overflows-degrees): 1.7e308 rad is finite,
    // in degrees it is not.
    byte[] azimuth =
        SapientFrame.frame(
            report(
                    DetectionReport.newBuilder()
                        .setRangeBearing(
                            RangeBearing.newBuilder()
                                .setAzimuth(1.7e308)
                                .setCoordinateSystem(
                                    RangeBearingCoordinateSystem
                                        .RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_M)
                                .setDatum(RangeBearingDatum.RANGE_BEARING_DATUM_TRUE)))
                .build());
    byte[] range =
        SapientFrame.frame(
            report(
                    DetectionReport.newBuilder()
                        .setRangeBearing(
                            RangeBearing.newBuilder()
                                .setAzimuth(1)
                                .setRange(1e306)
                                .setAzimuthError(1e306)
                                .setCoordinateSystem(
                                    RangeBearingCoordinateSystem
                                        .RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_KM)
                                .setDatum(RangeBearingDatum.RANGE_BEARING_DATUM_TRUE)))
                .build());
    byte[] error =
        SapientFrame.frame(
            report(
                    DetectionReport.newBuilder()
                        .setRangeBearing(
                            RangeBearing.newBuilder()
                                .setAzimuth(1)
                                .setAzimuthError(1.7e308)
                                .setCoordinateSystem(
                                    RangeBearingCoordinateSystem
                                        .RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_M)
                                .setDatum(RangeBearingDatum.RANGE_BEARING_DATUM_TRUE)))
                .build());
    Collected c = decodeWhole(concat(azimuth, range, error));
    assertThat(c.failures)
        .extracting(f -> f.reason())
        .satisfiesExactly(
            r -> assertThat(r).contains("without a finite azimuth"),
            r -> assertThat(r).contains("range not a finite"));
    assertThat(c.observations)
        .singleElement()
        .satisfies(
            o ->
                assertThat(((BearingMeasurement) o.measurement()).sigmaBearingRad())
                    .as("an infinite error counts as none")
                    .isEqualTo(AC.sigmaAzimuthRad()));
  }

  @Test
  void otherMessageTypesMarkTheNodeAliveAndGiveNoObservation() {
    SapientRegistration reg =
        new SapientRegistration(
            NODE,
            T,
            SapientNodeType.ACOUSTIC,
            SapientRegistration.ReportForm.RANGE_BEARING,
            "ac",
            null,
            "Sargas",
            "sim",
            5,
            Double.NaN);
    Collected c = decodeWhole(concat(SapientEncoder.registration(reg), status()));
    assertThat(c.failures).isEmpty();
    assertThat(c.observations).isEmpty();
    assertThat(c.alive).containsExactly("ac-1", "ac-1");
  }

  static IntStream chunkSizes() {
    return IntStream.of(1, 2, 3, 4, 5, 7, 13, 64, 1000);
  }

  @ParameterizedTest
  @MethodSource("chunkSizes")
  void chunksOfAnySizeGiveTheSameObservations(int chunk) {
    byte[] stream = concat(status(), bearing(1), bearing(2), status(), bearing(3));
    Collected whole = decodeWhole(stream);
    SapientObservationDecoder d = new SapientObservationDecoder(AC);
    Collected c = new Collected();
    int total = 0;
    for (int k = 0; k < stream.length; k += chunk) {
      total += d.decode(stream, k, Math.min(chunk, stream.length - k), RX, "tcp", k, c);
    }
    assertThat(c.failures).isEmpty();
    assertThat(total).isEqualTo(3);
    assertThat(c.observations).isEqualTo(whole.observations).hasSize(3);
    assertThat(c.alive).hasSize(5);
    assertThat(d.heldOctets()).isZero();
  }

  @Test
  void randomSplitsOfALongStream() {
    Random rnd = new Random(335);
    byte[][] parts = new byte[200][];
    for (int k = 0; k < parts.length; k++) {
      parts[k] = k % 5 == 0 ? status() : bearing(k);
    }
    byte[] stream = concat(parts);
    SapientObservationDecoder d = new SapientObservationDecoder(AC);
    Collected c = new Collected();
    int p = 0;
    while (p < stream.length) {
      int n = Math.min(1 + rnd.nextInt(300), stream.length - p);
      byte[] chunk = Arrays.copyOfRange(stream, p, p + n);
      d.decode(chunk, 0, n, RX, "tcp", p, c);
      p += n;
    }
    assertThat(c.failures).isEmpty();
    assertThat(c.observations).hasSize(160);
  }

  @Test
  void oversizeLengthIsAFailureAtItsOffsetAndTheNextChunkDecodes() {
    byte[] good = bearing(1);
    byte[] bad = {(byte) 0x01, 0x00, 0x10, 0x00, 1, 2, 3}; // 0x100001 = 1 MiB + 1
    SapientObservationDecoder d = new SapientObservationDecoder(AC);
    Collected c = new Collected();
    byte[] first = concat(good, bad);
    d.decode(first, 0, first.length, RX, "tcp", 0, c);
    assertThat(c.failures)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.source()).isEqualTo("tcp");
              assertThat(f.offset()).isEqualTo(good.length);
              assertThat(f.reason()).contains("1048577").contains("1 MiB").contains("3 octet(s)");
            });
    assertThat(d.heldOctets()).as("nothing kept").isZero();
    d.decode(good, 0, good.length, RX, "tcp", first.length, c);
    assertThat(c.observations).hasSize(2);
  }

  @Test
  void oversizeLengthSplitAcrossChunks() {
    byte[] bad = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
    SapientObservationDecoder d = new SapientObservationDecoder(AC);
    Collected c = new Collected();
    d.decode(bad, 0, 2, RX, "tcp", 100, c);
    assertThat(c.failures).isEmpty();
    assertThat(d.heldOctets()).isEqualTo(2);
    d.decode(bad, 2, 2, RX, "tcp", 102, c);
    assertThat(c.failures)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.offset()).as("offset of the prefix's first octet").isEqualTo(100);
              assertThat(f.reason()).contains("4294967295");
            });
    byte[] good = bearing(2);
    d.decode(good, 0, good.length, RX, "tcp", 104, c);
    assertThat(c.observations).hasSize(1);
  }

  @Test
  void garbageThatDoesNotParseIsAFailureAndTheDecoderKeepsWorking() {
    byte[] garbage = {5, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
    byte[] good = bearing(1);
    SapientObservationDecoder d = new SapientObservationDecoder(AC);
    Collected c = new Collected();
    byte[] first = concat(good, garbage, good);
    d.decode(first, 0, first.length, RX, "tcp", 1000, c);
    assertThat(c.failures)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.offset()).isEqualTo(1000 + good.length);
              assertThat(f.reason())
                  .contains("does not parse")
                  .contains(good.length + " octet(s) after it dropped");
            });
    assertThat(c.observations)
        .as("the message after lost framing is dropped with the chunk")
        .hasSize(1);
    d.decode(good, 0, good.length, RX, "tcp", 1000 + first.length, c);
    assertThat(c.observations).hasSize(2);
    assertThat(c.alive).hasSize(2);
  }

  @Test
  void aTruncatedMessageInsideItsFrameDoesNotParse() {
    byte[] good = bearing(1);
    byte[] cut = Arrays.copyOf(good, good.length - 5);
    int n = cut.length - 4;
    cut[0] = (byte) n;
    cut[1] = (byte) (n >>> 8);
    Collected c = decodeWhole(cut);
    assertThat(c.failures)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.offset()).isZero();
              assertThat(f.reason()).contains("does not parse").containsIgnoringCase("truncated");
            });
    assertThat(c.alive).isEmpty();
  }

  @Test
  void aTruncatedFrameWaitsForTheRestAndTheHeldBufferIsBounded() {
    byte[] good = bearing(1);
    SapientObservationDecoder d = new SapientObservationDecoder(AC);
    Collected c = new Collected();
    d.decode(good, 0, good.length - 10, RX, "tcp", 0, c);
    assertThat(c.failures).isEmpty();
    assertThat(d.heldOctets()).isEqualTo(good.length - 10);
    d.decode(good, good.length - 10, 10, RX, "tcp", good.length - 10, c);
    assertThat(c.observations).hasSize(1);
    byte[] big = {0, 0, 0x10, 0}; // exactly 1 MiB: allowed, held until complete
    d.decode(big, 0, 4, RX, "tcp", good.length, c);
    d.decode(new byte[100_000], 0, 100_000, RX, "tcp", good.length + 4, c);
    assertThat(d.heldOctets()).isEqualTo(100_004);
    assertThat(c.failures).isEmpty();
  }

  @Test
  void emptyAndContentlessMessagesAreFailures() {
    byte[] empty = {0, 0, 0, 0};
    byte[] noContent =
        SapientFrame.frame(SapientMessage.newBuilder().setNodeId(NODE.toString()).build());
    Collected c = decodeWhole(empty);
    assertThat(c.failures)
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("no content"));
    c = decodeWhole(noContent);
    assertThat(c.failures)
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("no content"));
  }

  @Test
  void randomBytesNeverThrowAndFailuresStayWithinTheInput() {
    Random rnd = new Random(42);
    for (int k = 0; k < 2000; k++) {
      byte[] b = new byte[rnd.nextInt(64)];
      rnd.nextBytes(b);
      if (b.length >= 4 && rnd.nextBoolean()) {
        b[0] = (byte) (b.length - 4);
        b[1] = 0;
        b[2] = 0;
        b[3] = 0;
      }
      Collected c = decodeWhole(b);
      assertThat(c.failures).allSatisfy(f -> assertThat(f.offset()).isBetween(0L, (long) b.length));
    }
  }

  @Test
  void observationDecodersBuildsTheSapientDecoderForTheNode() {
    ObservationDecoder d =
        ObservationDecoders.forFeed(FrameFormat.SAPIENT, java.util.List.of(), AC);
    assertThat(d).isInstanceOf(SapientObservationDecoder.class);
    Collected c = new Collected();
    byte[] b = bearing(4);
    assertThat(d.decode(b, 0, b.length, RX, "tcp", 0, c)).isEqualTo(1);
  }
}
