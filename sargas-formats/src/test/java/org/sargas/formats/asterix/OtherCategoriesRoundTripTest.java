package org.sargas.formats.asterix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.formats.asterix.cat021.Cat021Encoder;
import org.sargas.formats.asterix.cat021.Cat021ObservationAdapter;
import org.sargas.formats.asterix.cat021.Cat021Record;
import org.sargas.formats.asterix.cat021.Cat021View;
import org.sargas.formats.asterix.cat034.Cat034Encoder;
import org.sargas.formats.asterix.cat034.Cat034MessageType;
import org.sargas.formats.asterix.cat034.Cat034Record;
import org.sargas.formats.asterix.cat034.Cat034View;
import org.sargas.formats.asterix.cat062.Cat062Encoder;
import org.sargas.formats.asterix.cat062.Cat062ObservationAdapter;
import org.sargas.formats.asterix.cat062.Cat062Record;
import org.sargas.formats.asterix.cat062.Cat062View;
import org.sargas.formats.asterix.editions.AsterixEditions;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Observation;

class OtherCategoriesRoundTripTest {
  private final AsterixDecoder decoder = new AsterixDecoder(AsterixEditions.latest());

  private <T> List<T> roundTrip(
      ByteBuffer buf, java.util.function.Function<AsterixRecordView, T> f) {
    CollectingSink<T> sink = new CollectingSink<>(f);
    decoder.decode(buf.array(), 0, buf.position(), "t", 0, sink);
    assertThat(sink.failures).isEmpty();
    return sink.records;
  }

  @Test
  void cat034NorthMarkerAndSectorCrossing() {
    ByteBuffer buf = ByteBuffer.allocate(64);
    Cat034Encoder.encodeBlock(buf, Cat034Record.northMarker(25, 13, 100.25, 4.0));
    Cat034Encoder.encodeBlock(buf, Cat034Record.sectorCrossing(25, 13, 100.5, Math.toRadians(135)));
    List<Cat034Record> r = roundTrip(buf, v -> new Cat034View().wrap(v).toRecord());
    assertThat(r.get(0).messageType()).isEqualTo(Cat034MessageType.NORTH_MARKER);
    assertThat(r.get(0).antennaRotationPeriodS()).isEqualTo(4.0);
    assertThat(r.get(0).timeOfDayS()).isEqualTo(100.25);
    assertThat(r.get(1).messageType()).isEqualTo(Cat034MessageType.SECTOR_CROSSING);
    assertThat(Math.toDegrees(r.get(1).sectorAzimuthRad())).isEqualTo(135.0);
  }

  @Test
  void cat021AdsbReportAndObservation() {
    ByteBuffer buf = ByteBuffer.allocate(128);
    Cat021Record in =
        new Cat021Record(
            25,
            1,
            40000.5,
            0x4CA7A8,
            54.6872,
            25.2797,
            370.25,
            38000.0,
            230.0,
            Math.toRadians(75.5),
            -1200.0,
            "RYR174C",
            77);
    Cat021Encoder.encodeBlock(buf, List.of(in));
    Cat021Record out = roundTrip(buf, v -> new Cat021View().wrap(v).toRecord()).get(0);
    assertThat(out.icaoAddress()).isEqualTo(0x4CA7A8);
    assertThat(out.latDeg()).isCloseTo(54.6872, within(180.0 / (1 << 30)));
    assertThat(out.lonDeg()).isCloseTo(25.2797, within(180.0 / (1 << 30)));
    assertThat(out.flightLevel()).isEqualTo(370.25);
    assertThat(out.geometricHeightFt()).isEqualTo(38000.0);
    assertThat(out.groundSpeedMps()).isCloseTo(230.0, within(1852.0 / 16384));
    assertThat(out.verticalRateFtMin()).isEqualTo(-1200.0);
    assertThat(out.callsign()).isEqualTo("RYR174C");
    assertThat(out.trackNumber()).isEqualTo(77);
    Observation o =
        roundTrip(
                buf,
                v ->
                    new Cat021ObservationAdapter(10, 15)
                        .toObservation(
                            new Cat021View().wrap(v), Instant.parse("2026-11-21T11:00:00Z")))
            .get(0);
    assertThat(o.sensorId()).isEqualTo("25/1");
    assertThat(o.time()).isEqualTo(Instant.parse("2026-11-21T11:06:40.500Z"));
    assertThat(((GeodeticMeasurement) o.measurement()).position().latDeg())
        .isCloseTo(54.6872, within(1e-6));
    assertThat(o.identity().callsign()).isEqualTo("RYR174C");
  }

  @Test
  void cat062SystemTrackAndObservation() {
    ByteBuffer buf = ByteBuffer.allocate(128);
    Cat062Record in =
        new Cat062Record(
            25,
            100,
            45827.3984375,
            4713,
            41.1671233,
            15.7088667,
            -29514.5,
            -507088.0,
            228.75,
            -47.25,
            01275,
            0x4CA7A8,
            "RYR174C",
            390.0,
            36481.25,
            -637.5,
            true);
    Cat062Encoder.encodeBlock(buf, List.of(in));
    Cat062Record out = roundTrip(buf, v -> new Cat062View().wrap(v).toRecord()).get(0);
    assertThat(out.latDeg()).isCloseTo(41.1671233, within(180.0 / (1 << 25)));
    assertThat(out.lonDeg()).isCloseTo(15.7088667, within(180.0 / (1 << 25)));
    assertThat(out.xM()).isEqualTo(-29514.5);
    assertThat(out.yM()).isEqualTo(-507088.0);
    assertThat(out.vxMps()).isEqualTo(228.75);
    assertThat(out.vyMps()).isEqualTo(-47.25);
    assertThat(out.mode3a()).isEqualTo(01275);
    assertThat(out.icaoAddress()).isEqualTo(0x4CA7A8);
    assertThat(out.callsign()).isEqualTo("RYR174C");
    assertThat(out.trackNumber()).isEqualTo(4713);
    assertThat(out.flightLevel()).isEqualTo(390.0);
    assertThat(out.geometricAltitudeFt()).isEqualTo(36481.25);
    assertThat(out.rateOfClimbFtMin()).isEqualTo(-637.5);
    assertThat(out.tentative()).isTrue();
    Observation o =
        roundTrip(
                buf,
                v ->
                    new Cat062ObservationAdapter(100, 50)
                        .toObservation(
                            new Cat062View().wrap(v), Instant.parse("2026-11-21T12:00:00Z")))
            .get(0);
    assertThat(o.identity().mode3a()).isEqualTo("1275");
    assertThat(o.altitudeM()).isCloseTo(39000 * 0.3048, within(1e-6));
  }
}
