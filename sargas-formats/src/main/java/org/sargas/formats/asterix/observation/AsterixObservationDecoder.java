package org.sargas.formats.asterix.observation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.ObservationDecoder;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.SensorFeedStatus;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.TimeOfDay;
import org.sargas.formats.asterix.cat021.Cat021ObservationAdapter;
import org.sargas.formats.asterix.cat021.Cat021View;
import org.sargas.formats.asterix.cat034.Cat034View;
import org.sargas.formats.asterix.cat048.Cat048ObservationAdapter;
import org.sargas.formats.asterix.cat048.Cat048View;
import org.sargas.formats.asterix.cat062.Cat062ObservationAdapter;
import org.sargas.formats.asterix.cat062.Cat062View;
import org.sargas.formats.asterix.cat063.Cat063View;
import org.sargas.formats.asterix.spec.AsterixCategory;
import org.sargas.model.observation.Observation;

/**
 * ASTERIX datagrams to observations of the configured sensors, found by the records' SAC/SIC
 * (I0xx/010): CAT048 plots (polar, with the sensor's range and azimuth noise; altitude from Mode C,
 * else the 3-D radar height I048/110), CAT021 ADS-B reports and CAT062 system tracks (geodetic,
 * with the sensor's horizontal and vertical error). CAT034 service messages (north markers, sector
 * crossings) only mark their radar alive. CAT063 sensor status reports mark their SDPS alive and,
 * when the sensor they are about (I063/050) is configured and I063/060 is present, go to {@link
 * DecodeListener#sensorStatus}. Other categories (CAT065, …) are decoded and skipped. A record from
 * a SAC/SIC no sensor has is reported through {@link DecodeListener#unknownSource}.
 *
 * <p>Records of configured sensors are checked against the physical domain of their values (the
 * views' {@code domainViolations}: time of day, latitude, longitude, altitudes, ground speed): each
 * value outside is a {@link DecodeFailure} at its item's offset, and such a record gives no
 * observation or status; the rest of the datagram keeps decoding. Allocation-free for valid input
 * apart from the observations themselves. Not thread-safe: one per feed thread.
 */
public final class AsterixObservationDecoder implements ObservationDecoder {
  private final AsterixDecoder decoder;
  private final Map<Integer, Calibrated> bySacSic = new HashMap<>();
  private final Cat048View v048 = new Cat048View();
  private final Cat021View v021 = new Cat021View();
  private final Cat062View v062 = new Cat062View();
  private final Cat034View v034 = new Cat034View();
  private final Cat063View v063 = new Cat063View();
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

  /** The decoding of one datagram; it is also the consumer of the records' domain failures. */
  private final class Sink implements AsterixRecordSink, Consumer<DecodeFailure> {
    Instant receiveTime;
    DecodeListener listener;
    String source;
    int count;

    @Override
    public void record(AsterixRecordView r) {
      Observation o;
      switch (r.category()) {
        case 48 -> {
          Calibrated s = sensor(v048.wrap(r).sac(), v048.sic());
          o =
              s == null
                  ? null
                  : s.cat048().toObservation(s.sensorId(), v048, receiveTime, source, this);
        }
        case 21 -> {
          Calibrated s = sensor(v021.wrap(r).sac(), v021.sic());
          o =
              s == null
                  ? null
                  : s.cat021().toObservation(s.sensorId(), v021, receiveTime, source, this);
        }
        case 62 -> {
          Calibrated s = sensor(v062.wrap(r).sac(), v062.sic());
          o =
              s == null
                  ? null
                  : s.cat062().toObservation(s.sensorId(), v062, receiveTime, source, this);
        }
        case 34 -> {
          if (sensor(v034.wrap(r).sac(), v034.sic()) != null) {
            v034.domainViolations(source, this);
          }
          o = null;
        }
        case 63 -> {
          sensorStatus(v063.wrap(r));
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

    /**
     * A CAT063 report: its SDPS (I063/010) is alive or unknown like any source; the status goes to
     * the listener when it is about a configured sensor, carries I063/060 and its time is valid.
     */
    private void sensorStatus(Cat063View v) {
      sensor(v.sac(), v.sic());
      int about = v.sensorSacSic();
      if (about < 0 || !v.hasStatus() || !bySacSic.containsKey(about)) {
        return;
      }
      if (v.domainViolations(source, this) > 0) {
        return;
      }
      double tod = v.timeOfDayS();
      SensorFeedStatus status = v.toStatus();
      listener.sensorStatus(
          about, Double.isNaN(tod) ? receiveTime : TimeOfDay.resolve(tod, receiveTime), status);
    }

    @Override
    public void failure(DecodeFailure failure, int skippedBytes) {
      listener.failure(failure);
    }

    @Override
    public void accept(DecodeFailure failure) {
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
    sink.source = source;
    sink.count = 0;
    decoder.decode(bytes, off, len, source, sourceOffset, sink);
    return sink.count;
  }
}
