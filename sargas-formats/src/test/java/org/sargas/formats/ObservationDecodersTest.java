package org.sargas.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.formats.asterix.AsterixObservationDecoder;
import org.sargas.formats.asterix.cat021.Cat021ObservationAdapter;
import org.sargas.formats.asterix.cat034.Cat034Encoder;
import org.sargas.formats.asterix.cat034.Cat034Record;
import org.sargas.formats.asterix.cat048.Cat048Encoder;
import org.sargas.formats.asterix.cat048.Cat048ObservationAdapter;
import org.sargas.formats.asterix.cat048.Cat048Record;
import org.sargas.formats.asterix.cat062.Cat062ObservationAdapter;
import org.sargas.formats.asterix.editions.AsterixEditions;
import org.sargas.formats.modes.BeastEncoder;
import org.sargas.formats.modes.BeastObservationDecoder;
import org.sargas.formats.modes.ExtendedSquitterEncoder;
import org.sargas.formats.modes.ModeSDecoder;
import org.sargas.formats.modes.ModeSObservationAdapter;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PolarMeasurement;

class ObservationDecodersTest {
  private static final Instant T = Instant.parse("2026-11-21T00:10:00Z");

  @Test
  void asterixDatagramWithPlotsAndANorthMarkerGivesOneObservationPerPlot() {
    ByteBuffer b = ByteBuffer.allocate(256);
    Cat048Encoder.encodeBlock(b, List.of(Cat048Record.primaryPlot(25, 201, 600.0, 10_000, 0.5),
        Cat048Record.primaryPlot(25, 201, 600.5, 20_000, 1.5)));
    Cat034Encoder.encodeBlock(b, Cat034Record.northMarker(25, 201, 601.0, 4.0));
    AsterixObservationDecoder d = new AsterixObservationDecoder(AsterixEditions.latest(),
        new Cat048ObservationAdapter(40, 0.002), new Cat021ObservationAdapter(10, 10),
        new Cat062ObservationAdapter(50, 30));
    List<Observation> out = new ArrayList<>();
    List<DecodeFailure> fails = new ArrayList<>();
    assertThat(d.decode(b.array(), 0, b.position(), T, "udp", 0, out::add, fails::add)).isEqualTo(2);
    assertThat(fails).isEmpty();
    assertThat(out.get(1).time()).isEqualTo(Instant.parse("2026-11-21T00:10:00.500Z"));
    assertThat(((PolarMeasurement) out.get(1).measurement()).rangeM()).isCloseTo(20_000, within(4.0));
  }

  @Test
  void beastChunksSplitAnywhereGivePositionsWithNacpSigma() {
    ByteBuffer b = ByteBuffer.allocate(1024);
    byte[] f = new byte[14];
    long me = 31L << 51 | 2L << 13 | 9L << 8;  // TC 31 operational status, version 2, NACp 9.
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
    BeastObservationDecoder d = new BeastObservationDecoder(new ModeSDecoder(), new ModeSObservationAdapter("rx", 100));
    List<Observation> out = new ArrayList<>();
    for (int k = 0; k < stream.length; k += 5) {
      d.decode(stream, k, Math.min(5, stream.length - k), T, "tcp", k, out::add, x -> {
        throw new AssertionError(x.toString());
      });
    }
    assertThat(out).singleElement().satisfies(o -> {
      GeodeticMeasurement m = (GeodeticMeasurement) o.measurement();
      assertThat(m.position().latDeg()).isCloseTo(54.69, within(1e-4));
      assertThat(m.sigmaHorizontalM()).as("NACp 9: EPU < 30 m").isEqualTo(30.0 / 2);
      assertThat(o.identity().icaoAddress()).isEqualTo("48AE01");
    });
  }
}
