package org.sargas.formats.asterix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.formats.asterix.cat048.Cat048Encoder;
import org.sargas.formats.asterix.cat048.Cat048View;
import org.sargas.formats.asterix.editions.AsterixEditions;

class MalformedAsterixTest {
  private final AsterixDecoder decoder = new AsterixDecoder(AsterixEditions.latest());

  private CollectingSink<Integer> decode(byte[] b) {
    CollectingSink<Integer> sink = new CollectingSink<>(r -> new Cat048View().wrap(r).sac());
    decoder.decode(b, 0, b.length, "src", 100, sink);
    return sink;
  }

  private static byte[] hex(String s) {
    return HexFormat.of().parseHex(s);
  }

  private static byte[] validBlock() {
    ByteBuffer buf = ByteBuffer.allocate(64);
    Cat048Encoder.encodeBlock(buf, List.of(Cat048RoundTripTest.dlh65a()));
    byte[] b = new byte[buf.position()];
    System.arraycopy(buf.array(), 0, b, 0, b.length);
    return b;
  }

  @Test
  void unknownCategoryBlockIsSkippedAndTheTrailingBytesReported() {
    CollectingSink<Integer> s = decode(hex("F0000480" + "0101"));
    assertThat(s.records).isEmpty();
    assertThat(s.failures).hasSize(2);
    assertThat(s.failures.get(0).reason()).contains("category 240 not supported");
    assertThat(s.failures.get(0).offset()).isEqualTo(100);
    assertThat(s.failures.get(1).reason()).contains("truncated data block header");
    assertThat(s.failures.get(1).offset()).isEqualTo(104);
  }

  @Test
  void lenBeyondDatagramAndLenBelowThreeAreFailures() {
    assertThat(decode(hex("3000FF" + "FD")).failures.get(0).reason()).contains("exceeds");
    assertThat(decode(hex("300002" + "00")).failures.get(0).reason()).contains("< 3");
  }

  @Test
  void lenWithTheTopBitSetIsPrintedUnsigned() {
    // LEN 0xFFFF and 0x8003: a signed 16-bit read would print -1 and -32765.
    assertThat(decode(hex("30FFFF" + "FD")).failures)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.reason())
                    .isEqualTo("CAT48 data block LEN 65535 exceeds the 4 octets left"));
    assertThat(decode(hex("308003" + "FD")).failures.get(0).reason()).contains("LEN 32771 ");
  }

  @Test
  void fspecBeyondTheUapIsAFailureNamingTheFrn() {
    // CAT065 1.6 has 14 FRNs; FRN 15..21 set via a third FSPEC octet.
    CollectingSink<Integer> s = decode(hex("41000701" + "01" + "FE" + "00"));
    assertThat(s.failures)
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("FRN 15"));
  }

  @Test
  void explicitItemOneOctetShortIsTruncated() {
    // CAT048 FSPEC with FRN 28 (RE) only: FSPEC 01 01 01 02, RE length 5 but 3 octets follow.
    CollectingSink<Integer> s = decode(hex("30000A" + "01010102" + "05" + "AABB"));
    assertThat(s.failures)
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("I048/RE runs past"));
  }

  @Test
  void fxRepetitiveGroupWalksAsAListOfStructs() {
    // CAT062 I062/510 (FRN 26: 4th FSPEC octet, value 0x08): two 3-octet parts IDENT/TRACK, FX
    // chained.
    // FSPEC 01 01 01 10; part 1 = 07 00 03 (IDENT 7, TRACK 1, FX 1); part 2 = 08 00 04 (FX 0).
    byte[] b = hex("3E000D" + "01010108" + "070003" + "080004");
    List<String> seen = new java.util.ArrayList<>();
    CollectingSink<Integer> s =
        new CollectingSink<>(
            r -> {
              new ItemWalker().walk(r, new ContractCheckingVisitor());
              LeafLister l = new LeafLister();
              new ItemWalker().walk(r, l);
              seen.addAll(l.leaves);
              return r.recordLength();
            });
    decoder.decode(b, 0, b.length, "src", 0, s);
    assertThat(s.failures).isEmpty();
    assertThat(seen).containsExactly("IDENT=7", "TRACK=1", "IDENT=8", "TRACK=2");
  }

  /** Lists numeric leaves as NAME=value. */
  private static final class LeafLister extends NoOpItemVisitor {
    final List<String> leaves = new java.util.ArrayList<>();

    @Override
    public void number(String name, long raw, double value, String unit, String meaning) {
      leaves.add(name + "=" + raw);
    }
  }

  @Test
  void validBlockAfterAMalformedOneStillDecodes() {
    byte[] good = validBlock();
    byte[] bad = hex("2200050101");
    byte[] both = new byte[bad.length + good.length];
    System.arraycopy(bad, 0, both, 0, bad.length);
    System.arraycopy(good, 0, both, bad.length, good.length);
    CollectingSink<Integer> s = decode(both);
    assertThat(s.failures).hasSize(1);
    assertThat(s.records).containsExactly(25);
  }

  @Test
  void everyTruncationOfAValidBlockFailsCleanly() {
    byte[] good = validBlock();
    for (int n = 0; n < good.length; n++) {
      byte[] cut = java.util.Arrays.copyOf(good, n);
      CollectingSink<Integer> s = decode(cut);
      assertThat(s.records).as("prefix %d", n).isEmpty();
      if (n > 0) {
        assertThat(s.failures).as("prefix %d", n).isNotEmpty();
      }
      // Also with the LEN patched to the cut length, so the record itself is truncated.
      if (n > 3) {
        cut[1] = (byte) (n >>> 8);
        cut[2] = (byte) n;
        CollectingSink<Integer> t = decode(cut);
        assertThat(t.records.size() + t.failures.size()).as("patched prefix %d", n).isPositive();
      }
    }
  }
}
