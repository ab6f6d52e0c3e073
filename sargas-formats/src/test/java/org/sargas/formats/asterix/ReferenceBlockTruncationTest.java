package org.sargas.formats.asterix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sargas.formats.asterix.editions.AsterixEditions;

/**
 * The raw reference blocks (CroatiaControl samples: CAT034, CAT048, CAT062+065, CAT021 with an RE
 * field) decode without failure, and truncating each at every octet — with the original LEN and
 * with LEN patched to the cut — never throws, never yields a record that was not complete, and
 * always reports a failure when octets are missing.
 */
class ReferenceBlockTruncationTest {
  private final AsterixDecoder decoder = new AsterixDecoder(AsterixEditions.latest());

  @ParameterizedTest
  @ValueSource(strings = {"cat034.raw", "cat048.raw", "cat062cat065.raw", "cat21_re.ast"})
  void referenceBlocksDecodeAndEveryTruncationFailsCleanly(String name) throws IOException {
    String base =
        System.getProperty("sargas.referenceData", System.getenv("SARGAS_REFERENCE_DATA"));
    Path file = base == null ? null : Path.of(base, "asterix", "croatiacontrol", name);
    assumeTrue(
        file != null && Files.isRegularFile(file), "reference data absent: " + name + "; skipping");
    byte[] all = Files.readAllBytes(file);
    CollectingSink<Integer> whole = new CollectingSink<>(AsterixRecordView::recordLength);
    decoder.decode(all, 0, all.length, name, 0, whole);
    assertThat(whole.failures).as("failures decoding %s", name).isEmpty();
    assertThat(whole.records).isNotEmpty();
    int pos = 0;
    while (pos < all.length) {
      int len = (all[pos + 1] & 0xff) << 8 | (all[pos + 2] & 0xff);
      byte[] block = Arrays.copyOfRange(all, pos, pos + len);
      CollectingSink<Integer> full = new CollectingSink<>(AsterixRecordView::recordLength);
      decoder.decode(block, 0, block.length, name, 0, full);
      for (int cut = 1; cut < block.length; cut++) {
        byte[] t = Arrays.copyOf(block, cut);
        CollectingSink<Integer> s = new CollectingSink<>(AsterixRecordView::recordLength);
        decoder.decode(t, 0, t.length, name, 0, s);
        assertThat(s.failures).as("%s block @%d cut %d", name, pos, cut).isNotEmpty();
        assertThat(s.records).isEmpty();
        if (cut >= 3) {
          t[1] = (byte) (cut >>> 8);
          t[2] = (byte) cut;
          CollectingSink<Integer> p = new CollectingSink<>(AsterixRecordView::recordLength);
          decoder.decode(t, 0, t.length, name, 0, p);
          int complete = 0;
          int sum = 3;
          for (int r : full.records) {
            if (sum + r <= cut) {
              complete++;
              sum += r;
            } else {
              break;
            }
          }
          assertThat(p.records)
              .as("%s block @%d LEN patched to %d", name, pos, cut)
              .isEqualTo(full.records.subList(0, complete));
          assertThat(p.failures.isEmpty()).isEqualTo(sum == cut);
        }
      }
      pos += len;
    }
  }
}
