package org.sargas.formats.asterix.observation;

import java.util.Map;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.cat021.Cat021View;
import org.sargas.formats.asterix.cat034.Cat034View;
import org.sargas.formats.asterix.cat048.Cat048View;
import org.sargas.formats.asterix.cat062.Cat062View;
import org.sargas.formats.asterix.spec.AsterixCategory;

/**
 * The time of day an ASTERIX data block carries: that of its first record with one (I048/140,
 * I062/070, I021/073, I034/030). A raw ASTERIX recording has no capture time of its own, so a
 * replay stamps each block with this (resolved to a date by the caller). Not thread-safe.
 */
public final class AsterixTimeProbe {
  private final AsterixDecoder decoder;
  private final Cat048View v048 = new Cat048View();
  private final Cat062View v062 = new Cat062View();
  private final Cat021View v021 = new Cat021View();
  private final Cat034View v034 = new Cat034View();
  private double found;

  private final AsterixRecordSink sink =
      new AsterixRecordSink() {
        @Override
        public void record(AsterixRecordView r) {
          if (!Double.isNaN(found)) {
            return;
          }
          found =
              switch (r.category()) {
                case 48 -> v048.wrap(r).timeOfDayS();
                case 62 -> v062.wrap(r).timeOfDayS();
                case 21 -> v021.wrap(r).timeOfDayS();
                case 34 -> v034.wrap(r).timeOfDayS();
                default -> Double.NaN;
              };
        }

        @Override
        public void failure(DecodeFailure failure, int skippedBytes) {}
      };

  /**
   * @param editions edition per category (e.g. {@code AsterixEditions.latest()})
   */
  public AsterixTimeProbe(Map<Integer, AsterixCategory> editions) {
    this.decoder = new AsterixDecoder(editions);
  }

  /**
   * @return seconds since UTC midnight of the first timed record in the block(s), or NaN when none
   *     carries a time (or the bytes do not decode)
   */
  public double timeOfDayS(byte[] b, int off, int len) {
    found = Double.NaN;
    decoder.decode(b, off, len, "", 0, sink);
    return found;
  }
}
