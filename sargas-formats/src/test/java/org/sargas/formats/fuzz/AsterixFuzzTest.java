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
import org.sargas.formats.asterix.cat034.Cat034View;
import org.sargas.formats.asterix.cat048.Cat048View;
import org.sargas.formats.asterix.editions.AsterixEditions;

/** Any datagram: the decoder, the generic walker and the typed views never throw. */
class AsterixFuzzTest {
  private static final AsterixDecoder DECODER = new AsterixDecoder(AsterixEditions.latest());
  private static final ItemWalker WALKER = new ItemWalker();
  private static final Cat048View CAT048 = new Cat048View();
  private static final Cat034View CAT034 = new Cat034View();
  private static final ItemVisitor IGNORE = new NoOpItemVisitor();

  private static final AsterixRecordSink SINK =
      new AsterixRecordSink() {
        @Override
        public void record(AsterixRecordView r) {
          WALKER.walk(r, IGNORE);
          WALKER.walk(r, new ContractCheckingVisitor());
          if (r.category() == 48) {
            CAT048.wrap(r).toRecord();
          } else if (r.category() == 34) {
            CAT034.wrap(r).toRecord();
          }
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
