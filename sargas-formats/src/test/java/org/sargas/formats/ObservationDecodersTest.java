package org.sargas.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.formats.asterix.cat034.Cat034Encoder;
import org.sargas.formats.asterix.cat034.Cat034Record;
import org.sargas.formats.asterix.cat048.Cat048Encoder;
import org.sargas.formats.asterix.cat048.Cat048Record;
import org.sargas.formats.asterix.editions.AsterixEditions;
import org.sargas.formats.asterix.observation.AsterixObservationDecoder;
import org.sargas.formats.modes.BeastEncoder;
import org.sargas.formats.modes.BeastObservationDecoder;
import org.sargas.formats.modes.ExtendedSquitterEncoder;
import org.sargas.formats.modes.SbsObservationDecoder;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;

class ObservationDecodersTest {
  private static final Instant T = Instant.parse("2026-11-21T00:10:00Z");

  @Test
  void asterixDatagramWithPlotsAndANorthMarkerGivesOneObservationPerPlot() {
    ByteBuffer b = ByteBuffer.allocate(256);
    Cat048Encoder.encodeBlock(
        b,
        List.of(
            Cat048Record.primaryPlot(25, 201, 600.0, 10_000, 0.5),
            Cat048Record.primaryPlot(25, 201, 600.5, 20_000, 1.5)));
    Cat034Encoder.encodeBlock(b, Cat034Record.northMarker(25, 201, 601.0, 4.0));
    AsterixObservationDecoder d =
        new AsterixObservationDecoder(
            AsterixEditions.latest(),
            List.of(new SensorCalibration("LT-R1", 25, 201, null, 40, 0.002, 50, 30)));
    Collected c = new Collected();
    assertThat(d.decode(b.array(), 0, b.position(), T, "udp", 0, c)).isEqualTo(2);
    assertThat(c.failures).isEmpty();
    assertThat(c.observations.get(1).time()).isEqualTo(Instant.parse("2026-11-21T00:10:00.500Z"));
    assertThat(c.observations.get(1).sensorId())
        .as("the configured sensor of SAC/SIC 25/201")
        .isEqualTo("LT-R1");
    PolarMeasurement m = (PolarMeasurement) c.observations.get(1).measurement();
    assertThat(m.rangeM()).isCloseTo(20_000, within(4.0));
    assertThat(m.sigmaRangeM()).as("noise from the sensor configuration").isEqualTo(40);
    assertThat(c.alive).as("plots and the north marker mark the radar alive").containsOnly("LT-R1");
    assertThat(c.alive).hasSize(3);
  }

  @Test
  void asterixRecordsOfAnUnconfiguredSacSicAreReportedNotDecoded() {
    ByteBuffer b = ByteBuffer.allocate(256);
    Cat048Encoder.encodeBlock(b, List.of(Cat048Record.primaryPlot(25, 7, 600.0, 10_000, 0.5)));
    AsterixObservationDecoder d =
        new AsterixObservationDecoder(
            AsterixEditions.latest(),
            List.of(new SensorCalibration("LT-R1", 25, 201, null, 40, 0.002, 50, 30)));
    Collected c = new Collected();
    assertThat(d.decode(b.array(), 0, b.position(), T, "udp", 0, c)).isZero();
    assertThat(c.unknown).containsExactly(25 << 8 | 7);
  }

  @Test
  void textFeedsSplitAnywhereGiveTheirLinesAndNameBadOnes() {
    SensorCalibration rx = new SensorCalibration("rx", -1, -1, null, 0, 0, 120, 20);
    byte[] sbs =
        ("MSG,3,1,1,4CA2D6,1,2026/11/21,00:10:00.000,2026/11/21,00:10:00.000,,35000,,,54.5,25.1,,,0,0,0,0\n"
                + "garbage\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    SbsObservationDecoder d = new SbsObservationDecoder(rx);
    Collected c = new Collected();
    for (int k = 0; k < sbs.length; k += 7) {
      d.decode(sbs, k, Math.min(7, sbs.length - k), T, "sbs", k, c);
    }
    assertThat(c.observations)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.identity().icaoAddress()).isEqualTo("4CA2D6");
              assertThat(((GeodeticMeasurement) o.measurement()).sigmaHorizontalM()).isEqualTo(120);
            });
    assertThat(c.failures)
        .singleElement()
        .satisfies(f -> assertThat(f.offset()).isEqualTo(sbs.length - 1));
  }

  /** Everything a decoder reported. */
  static final class Collected implements DecodeListener {
    final List<Observation> observations = new ArrayList<>();
    final List<DecodeFailure> failures = new ArrayList<>();
    final List<String> alive = new ArrayList<>();
    final List<Integer> unknown = new ArrayList<>();

    @Override
    public void observation(Observation o) {
      observations.add(o);
    }

    @Override
    public void failure(DecodeFailure f) {
      failures.add(f);
    }

    @Override
    public void sensorAlive(String sensorId, Instant receiveTime) {
      alive.add(sensorId);
    }

    @Override
    public void unknownSource(int sacSic) {
      unknown.add(sacSic);
    }
  }

  @Test
  void beastChunksSplitAnywhereGivePositionsWithNacpSigma() {
    ByteBuffer b = ByteBuffer.allocate(1024);
    byte[] f = new byte[14];
    long me = 31L << 51 | 2L << 13 | 9L << 8; // TC 31 operational status, version 2, NACp 9.
    ExtendedSquitterEncoder.identification(0x48AE01, 3, "SRG1", f, 0);
    BeastEncoder.encode(b, 1, 1, f, 0, 14);
    byte[] status = f.clone();
    for (int k = 0; k < 7; k++) {
      status[4 + k] = (byte) (me >>> (48 - 8 * k));
    }
    int p = org.sargas.formats.modes.ModeSCrc.parity(status, 0, 11);
    status[11] = (byte) (p >>> 16);
    status[12] = (byte) (p >>> 8);
    status[13] = (byte) p;
    BeastEncoder.encode(b, 2, 1, status, 0, 14);
    ExtendedSquitterEncoder.airbornePosition(0x48AE01, 54.69, 25.28, 12000, false, f, 0);
    BeastEncoder.encode(b, 3, 1, f, 0, 14);
    ExtendedSquitterEncoder.airbornePosition(0x48AE01, 54.69, 25.28, 12000, true, f, 0);
    BeastEncoder.encode(b, 4, 1, f, 0, 14);
    byte[] stream = Arrays.copyOf(b.array(), b.position());
    BeastObservationDecoder d =
        new BeastObservationDecoder(new SensorCalibration("rx", -1, -1, null, 0, 0, 100, 20));
    Collected c = new Collected();
    for (int k = 0; k < stream.length; k += 5) {
      d.decode(stream, k, Math.min(5, stream.length - k), T, "tcp", k, c);
    }
    assertThat(c.failures).isEmpty();
    assertThat(c.observations)
        .singleElement()
        .satisfies(
            o -> {
              GeodeticMeasurement m = (GeodeticMeasurement) o.measurement();
              assertThat(m.position().latDeg()).isCloseTo(54.69, within(1e-4));
              assertThat(m.sigmaHorizontalM()).as("NACp 9: EPU < 30 m").isEqualTo(30.0 / 2);
              assertThat(o.identity().icaoAddress()).isEqualTo("48AE01");
              assertThat(o.identity().callsign())
                  .as("from the identification message")
                  .isEqualTo("SRG1");
            });
  }
}
