package org.sargas.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.ContractCheckingVisitor;
import org.sargas.formats.asterix.ItemVisitor;
import org.sargas.formats.asterix.ItemWalker;
import org.sargas.formats.asterix.NoOpItemVisitor;
import org.sargas.formats.asterix.cat001.Cat001View;
import org.sargas.formats.asterix.cat002.Cat002View;
import org.sargas.formats.asterix.cat021.Cat021View;
import org.sargas.formats.asterix.cat034.Cat034View;
import org.sargas.formats.asterix.cat048.Cat048View;
import org.sargas.formats.asterix.cat062.Cat062View;
import org.sargas.formats.asterix.cat063.Cat063View;
import org.sargas.formats.asterix.editions.AsterixEditions;
import org.sargas.formats.asterix.observation.AsterixDomainCheck;

/**
 * Any datagram: the decoder, the generic walker, the typed views and the domain checks never throw.
 */
class AsterixFuzzTest {
  private static final AsterixDecoder DECODER = new AsterixDecoder(AsterixEditions.latest());
  private static final ItemWalker WALKER = new ItemWalker();
  private static final Cat048View CAT048 = new Cat048View();
  private static final Cat034View CAT034 = new Cat034View();
  private static final Cat021View CAT021 = new Cat021View();
  private static final Cat062View CAT062 = new Cat062View();
  private static final Cat063View CAT063 = new Cat063View();
  private static final Cat001View CAT001 = new Cat001View();
  private static final Cat002View CAT002 = new Cat002View();
  private static final AsterixDomainCheck DOMAINS = new AsterixDomainCheck();
  private static final ItemVisitor IGNORE = new NoOpItemVisitor();

  private static final AsterixRecordSink SINK =
      new AsterixRecordSink() {
        @Override
        public void record(AsterixRecordView r) {
          WALKER.walk(r, IGNORE);
          WALKER.walk(r, new ContractCheckingVisitor());
          switch (r.category()) {
            case 48 -> CAT048.wrap(r).toRecord();
            case 34 -> CAT034.wrap(r).toRecord();
            case 21 -> CAT021.wrap(r).toRecord();
            case 62 -> CAT062.wrap(r).toRecord();
            case 63 -> CAT063.wrap(r).toRecord();
            case 1 -> CAT001.wrap(r).toRecord();
            case 2 -> CAT002.wrap(r).toRecord();
            default -> {}
          }
          DOMAINS.check(r, "fuzz", f -> {});
        }

        @Override
        public void failure(DecodeFailure failure, int skippedBytes) {
          if (skippedBytes < 0) {
            throw new AssertionError("negative skip " + failure);
          }
        }
      };

  @FuzzTest(maxDuration = "10m")
  void decodeDatagram(byte[] datagram) {
    DECODER.decode(datagram, 0, datagram.length, "fuzz", 0, SINK);
  }
}
