package org.sargas.formats.asterix.observation;

import java.time.Instant;
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
import org.sargas.formats.asterix.cat001.Cat001ObservationAdapter;
import org.sargas.formats.asterix.cat001.Cat001View;
import org.sargas.formats.asterix.cat002.Cat002View;
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
 * with the sensor's horizontal and vertical error). CAT001 plots and tracks of older radars are
 * polar like CAT048; their truncated time of day (I001/141) is completed with the radar's last
 * CAT002 time of day (I002/030, if received within the last 60 s, carried forward by the receive
 * times) or else the receive time. CAT034 and CAT002 service messages (north markers, sector
 * crossings) mark their radar alive. CAT063 sensor status reports mark their SDPS alive and, when
 * the sensor they are about (I063/050) is configured and I063/060 is present, go to {@link
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

  /** Configured sensors indexed by {@code SAC << 8 | SIC} (no boxing per record). */
  private final Calibrated[] bySacSic = new Calibrated[1 << 16];

  private final Cat048View v048 = new Cat048View();
  private final Cat021View v021 = new Cat021View();
  private final Cat062View v062 = new Cat062View();
  private final Cat034View v034 = new Cat034View();
  private final Cat063View v063 = new Cat063View();
  private final Cat001View v001 = new Cat001View();
  private final Cat002View v002 = new Cat002View();
  private final Sink sink = new Sink();

  /** CAT002 time of day older than this is no reference for CAT001's truncated time. */
  private static final long CAT002_REFERENCE_MS = 60_000;

  /** One sensor with its adapters, and the last CAT002 time of day of a CAT001 radar. */
  private static final class Calibrated {
    private final String sensorId;
    private final Cat048ObservationAdapter cat048;
    private final Cat021ObservationAdapter cat021;
    private final Cat062ObservationAdapter cat062;
    private final Cat001ObservationAdapter cat001;
    double cat002TodS = Double.NaN;
    long cat002ReceivedMs;

    Calibrated(SensorCalibration s) {
      this.sensorId = s.sensorId();
      this.cat048 = new Cat048ObservationAdapter(s.sigmaRangeM(), s.sigmaAzimuthRad());
      this.cat021 = new Cat021ObservationAdapter(s.sigmaHorizontalM(), s.sigmaVerticalM());
      this.cat062 = new Cat062ObservationAdapter(s.sigmaHorizontalM(), s.sigmaVerticalM());
      this.cat001 = new Cat001ObservationAdapter(s.sigmaRangeM(), s.sigmaAzimuthRad());
    }

    String sensorId() {
      return sensorId;
    }

    Cat048ObservationAdapter cat048() {
      return cat048;
    }

    Cat021ObservationAdapter cat021() {
      return cat021;
    }

    Cat062ObservationAdapter cat062() {
      return cat062;
    }

    Cat001ObservationAdapter cat001() {
      return cat001;
    }

    /** The radar's time of day at {@code receiveTime} from its last CAT002, or NaN. */
    double referenceTodS(Instant receiveTime) {
      long age = receiveTime.toEpochMilli() - cat002ReceivedMs;
      return Double.isNaN(cat002TodS) || age < 0 || age > CAT002_REFERENCE_MS
          ? Double.NaN
          : cat002TodS + age / 1000.0;
    }
  }

  /**
   * @param editions edition per category (e.g. {@code AsterixEditions.latest()})
   * @param sensors the configured sensors; those without SAC/SIC are ignored
   */
  public AsterixObservationDecoder(
      Map<Integer, AsterixCategory> editions, List<SensorCalibration> sensors) {
    this.decoder = new AsterixDecoder(editions);
    for (SensorCalibration s : sensors) {
      if (s.sacSic() >= 0) {
        bySacSic[s.sacSic() & 0xFFFF] = new Calibrated(s);
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
        case 1 -> {
          Calibrated s = sensor(v001.wrap(r).sac(), v001.sic());
          o =
              s == null
                  ? null
                  : s.cat001()
                      .toObservation(
                          s.sensorId(),
                          v001,
                          receiveTime,
                          s.referenceTodS(receiveTime),
                          source,
                          this);
        }
        case 2 -> {
          Calibrated s = sensor(v002.wrap(r).sac(), v002.sic());
          if (s != null && v002.domainViolations(source, this) == 0) {
            double tod = v002.timeOfDayS();
            if (!Double.isNaN(tod)) {
              s.cat002TodS = tod;
              s.cat002ReceivedMs = receiveTime.toEpochMilli();
            }
          }
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
      Calibrated s = bySacSic[(sac << 8 | sic) & 0xFFFF];
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
      if (about < 0 || !v.hasStatus() || about > 0xFFFF || bySacSic[about] == null) {
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
