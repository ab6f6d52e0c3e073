package org.sargas.formats.asterix.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.PcapUdpPayloads;
import org.sargas.formats.asterix.editions.AsterixEditions;

/**
 * Real data is not rejected: every record of the reference captures (CroatiaControl pcaps and raw
 * blocks, jASTERIX single blocks of the categories we decode) passes the domain checks. Structural
 * failures of the captures are not this test's business (docs/robustness.md lists them). Skips,
 * saying so, when ../shared/reference-data is absent.
 */
public class AsterixDomainReferenceTest {

  /** The reference file {@code rel}; skips the calling test when it is absent. */
  public static Path ref(String rel) {
    String base =
        System.getProperty("sargas.referenceData", System.getenv("SARGAS_REFERENCE_DATA"));
    Path p = base == null ? null : Path.of(base, rel);
    assumeTrue(
        p != null && Files.isRegularFile(p), "reference data absent (" + rel + "); skipping");
    return p;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "asterix/croatiacontrol/cat_034_048.pcap",
        "asterix/croatiacontrol/cat_062_065.pcap",
        "asterix/croatiacontrol/cat034.raw",
        "asterix/croatiacontrol/cat048.raw",
        "asterix/croatiacontrol/cat062cat065.raw",
        "asterix/croatiacontrol/cat21_re.ast",
        "asterix/jasterix/cat001ed1.1.bin",
        "asterix/jasterix/cat002ed1.0.bin",
        "asterix/jasterix/cat034ed1.26.bin",
        "asterix/jasterix/cat048ed1.23.bin",
        "asterix/jasterix/cat062ed1.16.bin",
        "asterix/jasterix/cat063ed1.0.bin",
        "asterix/jasterix/cat065ed1.3.bin"
      })
  void realRecordsPassTheDomainChecks(String rel) throws IOException {
    List<DecodeFailure> domain = new ArrayList<>();
    assertThat(decode(rel, domain)).isPositive();
    assertThat(domain).isEmpty();
  }

  /**
   * {@code asterix.pcap} is not valid CAT062 (Wireshark marks its packets "Malformed Packet:
   * ASTERIX"; 72 structural failures, docs/robustness.md). Of the 82 records that do parse, 48 hold
   * values no track can have — times of day of 35 h (I062/070 0xF8E103 = 127,426 s), latitudes of
   * thousands of degrees, ground speeds of several km/s — and are now rejected too.
   */
  @org.junit.jupiter.api.Test
  void theMalformedCroatiaControlCaptureIsRejectedFurther() throws IOException {
    List<DecodeFailure> domain = new ArrayList<>();
    assertThat(decode("asterix/croatiacontrol/asterix.pcap", domain)).isEqualTo(82);
    assertThat(domain.stream().map(DecodeFailure::offset).distinct().count())
        .as("items out of their domain")
        .isGreaterThanOrEqualTo(48);
    assertThat(domain.get(0).toString())
        .isEqualTo(
            "asterix/croatiacontrol/asterix.pcap @204: I062/070 time of day 127426.109 s outside"
                + " [0 s, 86401 s)");
  }

  /** Decodes a reference file, collecting domain failures; returns the number of records. */
  private static int decode(String rel, List<DecodeFailure> domain) throws IOException {
    byte[] file = Files.readAllBytes(ref(rel));
    AsterixDecoder decoder = new AsterixDecoder(AsterixEditions.latest());
    AsterixDomainCheck check = new AsterixDomainCheck();
    int[] records = {0};
    AsterixRecordSink sink =
        new AsterixRecordSink() {
          @Override
          public void record(AsterixRecordView r) {
            records[0]++;
            check.check(r, rel, domain::add);
          }

          @Override
          public void failure(DecodeFailure f, int skippedBytes) {}
        };
    if (rel.endsWith(".pcap")) {
      for (PcapUdpPayloads.Payload p : PcapUdpPayloads.read(file)) {
        decoder.decode(p.file(), p.offset(), p.length(), rel, p.offset(), sink);
      }
    } else {
      decoder.decode(file, 0, file.length, rel, 0, sink);
    }
    return records[0];
  }
}
