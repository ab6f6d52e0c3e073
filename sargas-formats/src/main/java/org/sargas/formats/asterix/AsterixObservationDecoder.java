package org.sargas.formats.asterix;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.ObservationDecoder;
import org.sargas.formats.asterix.cat021.Cat021ObservationAdapter;
import org.sargas.formats.asterix.cat021.Cat021View;
import org.sargas.formats.asterix.cat048.Cat048ObservationAdapter;
import org.sargas.formats.asterix.cat048.Cat048View;
import org.sargas.formats.asterix.cat062.Cat062ObservationAdapter;
import org.sargas.formats.asterix.cat062.Cat062View;
import org.sargas.formats.asterix.spec.AsterixCategory;
import org.sargas.model.observation.Observation;

/**
 * ASTERIX datagrams to observations: CAT048 plots (polar), CAT021 ADS-B reports and CAT062 system
 * tracks (geodetic). Other categories (CAT034 service messages, CAT065) are decoded and skipped
 * without producing observations or failures. Not thread-safe: one per feed thread.
 */
public final class AsterixObservationDecoder implements ObservationDecoder {
  private final AsterixDecoder decoder;
  private final Cat048ObservationAdapter cat048;
  private final Cat021ObservationAdapter cat021;
  private final Cat062ObservationAdapter cat062;
  private final Cat048View v048 = new Cat048View();
  private final Cat021View v021 = new Cat021View();
  private final Cat062View v062 = new Cat062View();
  private final Sink sink = new Sink();

  /**
   * @param editions edition per category (e.g. {@code AsterixEditions.latest()})
   * @param cat048 radar noise for plots
   * @param cat021 accuracy for ADS-B reports
   * @param cat062 accuracy for system tracks
   */
  public AsterixObservationDecoder(
      Map<Integer, AsterixCategory> editions, Cat048ObservationAdapter cat048, Cat021ObservationAdapter cat021,
      Cat062ObservationAdapter cat062) {
    this.decoder = new AsterixDecoder(editions);
    this.cat048 = cat048;
    this.cat021 = cat021;
    this.cat062 = cat062;
  }

  private final class Sink implements AsterixRecordSink {
    Instant receiveTime;
    Consumer<Observation> observations;
    Consumer<DecodeFailure> failures;
    int count;

    @Override
    public void record(AsterixRecordView r) {
      Observation o = switch (r.category()) {
        case 48 -> cat048.toObservation(v048.wrap(r), receiveTime);
        case 21 -> cat021.toObservation(v021.wrap(r), receiveTime);
        case 62 -> cat062.toObservation(v062.wrap(r), receiveTime);
        default -> null;
      };
      if (o != null) {
        count++;
        observations.accept(o);
      }
    }

    @Override
    public void failure(DecodeFailure failure, int skippedBytes) {
      failures.accept(failure);
    }
  }

  @Override
  public int decode(
      byte[] bytes, int off, int len, Instant receiveTime, String source, long sourceOffset,
      Consumer<Observation> observations, Consumer<DecodeFailure> failures) {
    sink.receiveTime = receiveTime;
    sink.observations = observations;
    sink.failures = failures;
    sink.count = 0;
    decoder.decode(bytes, off, len, source, sourceOffset, sink);
    return sink.count;
  }
}
