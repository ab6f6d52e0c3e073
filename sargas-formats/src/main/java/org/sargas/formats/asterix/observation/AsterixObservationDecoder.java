package org.sargas.formats.asterix.observation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.ObservationDecoder;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.cat021.Cat021ObservationAdapter;
import org.sargas.formats.asterix.cat021.Cat021View;
import org.sargas.formats.asterix.cat034.Cat034View;
import org.sargas.formats.asterix.cat048.Cat048ObservationAdapter;
import org.sargas.formats.asterix.cat048.Cat048View;
import org.sargas.formats.asterix.cat062.Cat062ObservationAdapter;
import org.sargas.formats.asterix.cat062.Cat062View;
import org.sargas.formats.asterix.spec.AsterixCategory;
import org.sargas.model.observation.Observation;

/**
 * ASTERIX datagrams to observations of the configured sensors, found by the records' SAC/SIC
 * (I0xx/010): CAT048 plots (polar, with the sensor's range and azimuth noise; altitude from Mode C,
 * else the 3-D radar height I048/110), CAT021 ADS-B reports and CAT062 system tracks (geodetic,
 * with the sensor's horizontal and vertical error). CAT034 service messages (north markers, sector
 * crossings) only mark their radar alive; other categories (CAT065, …) are decoded and skipped. A
 * record from a SAC/SIC no sensor has is reported through {@link DecodeListener#unknownSource}. Not
 * thread-safe: one per feed thread.
 */
public final class AsterixObservationDecoder implements ObservationDecoder {
  private final AsterixDecoder decoder;
  private final Map<Integer, Calibrated> bySacSic = new HashMap<>();
  private final Cat048View v048 = new Cat048View();
  private final Cat021View v021 = new Cat021View();
  private final Cat062View v062 = new Cat062View();
  private final Cat034View v034 = new Cat034View();
  private final Sink sink = new Sink();

  /** One sensor with its adapters. */
  private record Calibrated(
      String sensorId,
      Cat048ObservationAdapter cat048,
      Cat021ObservationAdapter cat021,
      Cat062ObservationAdapter cat062) {}

  /**
   * @param editions edition per category (e.g. {@code AsterixEditions.latest()})
   * @param sensors the configured sensors; those without SAC/SIC are ignored
   */
  public AsterixObservationDecoder(
      Map<Integer, AsterixCategory> editions, List<SensorCalibration> sensors) {
    this.decoder = new AsterixDecoder(editions);
    for (SensorCalibration s : sensors) {
      if (s.sacSic() >= 0) {
        bySacSic.put(
            s.sacSic(),
            new Calibrated(
                s.sensorId(),
                new Cat048ObservationAdapter(s.sigmaRangeM(), s.sigmaAzimuthRad()),
                new Cat021ObservationAdapter(s.sigmaHorizontalM(), s.sigmaVerticalM()),
                new Cat062ObservationAdapter(s.sigmaHorizontalM(), s.sigmaVerticalM())));
      }
    }
  }

  private final class Sink implements AsterixRecordSink {
    Instant receiveTime;
    DecodeListener listener;
    int count;

    @Override
    public void record(AsterixRecordView r) {
      Observation o;
      switch (r.category()) {
        case 48 -> {
          Calibrated s = sensor(v048.wrap(r).sac(), v048.sic());
          o = s == null ? null : s.cat048().toObservation(s.sensorId(), v048, receiveTime);
        }
        case 21 -> {
          Calibrated s = sensor(v021.wrap(r).sac(), v021.sic());
          o = s == null ? null : s.cat021().toObservation(s.sensorId(), v021, receiveTime);
        }
        case 62 -> {
          Calibrated s = sensor(v062.wrap(r).sac(), v062.sic());
          o = s == null ? null : s.cat062().toObservation(s.sensorId(), v062, receiveTime);
        }
        case 34 -> {
          sensor(v034.wrap(r).sac(), v034.sic());
          o = null;
        }
        default -> o = null;
      }
      if (o != null) {
        count++;
        listener.observation(o);
      }
    }

    private Calibrated sensor(int sac, int sic) {
      if (sac < 0) {
        return null;
      }
      Calibrated s = bySacSic.get(sac << 8 | sic);
      if (s == null) {
        listener.unknownSource(sac << 8 | sic);
      } else {
        listener.sensorAlive(s.sensorId(), receiveTime);
      }
      return s;
    }

    @Override
    public void failure(DecodeFailure failure, int skippedBytes) {
      listener.failure(failure);
    }
  }

  @Override
  public int decode(
      byte[] bytes,
      int off,
      int len,
      Instant receiveTime,
      String source,
      long sourceOffset,
      DecodeListener listener) {
    sink.receiveTime = receiveTime;
    sink.listener = listener;
    sink.count = 0;
    decoder.decode(bytes, off, len, source, sourceOffset, sink);
    return sink.count;
  }
}
