package org.sargas.formats.modes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sargas.formats.RecordingListener;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.asterix.observation.AsterixDomainReferenceTest;
import org.sargas.model.observation.EmitterCategory;
import org.sargas.model.observation.Identity;

/**
 * The receiver carries what DO-260B identification and category messages (TC 1–4, §2.2.3.2.5)
 * declare — callsign and emitter category — into the identity of the aircraft's later positions.
 */
class ModeSIdentificationTest {
  private static final int ICAO = 0x48418B;

  private static Identity lastIdentity(String avr) {
    AvrObservationDecoder d =
        new AvrObservationDecoder(new SensorCalibration("rx", -1, -1, null, 0, 0, 100, 20));
    RecordingListener l = new RecordingListener();
    byte[] text = avr.getBytes(StandardCharsets.ISO_8859_1);
    d.decode(text, 0, text.length, Instant.EPOCH, "avr", 0, l);
    assertThat(l.observations).isNotEmpty();
    return l.observations.get(l.observations.size() - 1).identity();
  }

  @Test
  void anIdentificationMessageGivesTheEmitterCategoryOfLaterPositions() {
    byte[] id = new byte[14];
    byte[] even = new byte[14];
    byte[] odd = new byte[14];
    ExtendedSquitterEncoder.identification(ICAO, 3, "KLM1385", id, 0); // A3: large
    ExtendedSquitterEncoder.airbornePosition(ICAO, 54.9, 24.1, 37_000, false, even, 0);
    ExtendedSquitterEncoder.airbornePosition(ICAO, 54.9, 24.1, 37_000, true, odd, 0);
    Identity identity =
        lastIdentity(
            AvrCodec.format(id, 0, 14)
                + "\n"
                + AvrCodec.format(even, 0, 14)
                + "\n"
                + AvrCodec.format(odd, 0, 14)
                + "\n");
    assertThat(identity.icaoAddress()).isEqualTo("48418B");
    assertThat(identity.callsign()).isEqualTo("KLM1385");
    assertThat(identity.emitterCategory()).isEqualTo(EmitterCategory.LARGE);
  }

  /** pyModeS's sample: 406B90 identifies as EZY85MH, TC 4 category 0 (golden_v2.json). */
  @Test
  void theRealSampleDeclaresNoCategory() throws IOException {
    String avr =
        Files.readString(
            AsterixDomainReferenceTest.ref("modes/dump1090-derived/sample_data_adsb.avr"),
            StandardCharsets.ISO_8859_1);
    Identity identity = lastIdentity(avr);
    assertThat(identity.callsign()).isEqualTo("EZY85MH");
    assertThat(identity.emitterCategory()).isEqualTo(EmitterCategory.NO_INFORMATION);
  }
}
