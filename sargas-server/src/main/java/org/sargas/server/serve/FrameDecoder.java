package org.sargas.server.serve;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.cat021.Cat021ObservationAdapter;
import org.sargas.formats.asterix.cat021.Cat021View;
import org.sargas.formats.asterix.cat048.Cat048ObservationAdapter;
import org.sargas.formats.asterix.cat048.Cat048View;
import org.sargas.formats.asterix.cat062.Cat062ObservationAdapter;
import org.sargas.formats.asterix.cat062.Cat062View;
import org.sargas.formats.asterix.editions.AsterixEditions;
import org.sargas.formats.modes.AvrCodec;
import org.sargas.formats.modes.BeastFrameSink;
import org.sargas.formats.modes.BeastReader;
import org.sargas.formats.modes.ModeSDecoder;
import org.sargas.formats.modes.ModeSFields;
import org.sargas.formats.modes.ModeSObservationAdapter;
import org.sargas.formats.modes.SbsMessage;
import org.sargas.formats.modes.SbsParser;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;

/**
 * Turns the raw frames of one input into observations with the sargas-formats decoders and
 * adapters. Keeps per-input stream state (Beast tail, Mode S CPR state, partial text lines), so
 * there is one per input and it is used by the pipeline thread only.
 *
 * <p>ASTERIX: CAT048 plots (with I048/110 3-D height when there is no I048/090), CAT021 and CAT062
 * reports become observations of the sensor configured with the record's SAC/SIC; CAT034 service
 * messages only mark the radar alive. Mode S (Beast, AVR, SBS): trusted positions become
 * observations of the input's sensor, stamped with the receive time.
 */
public final class FrameDecoder {
  private static final double FT_M = 0.3048;

  /** What the decoder reports besides observations. */
  public interface Listener {
    /** A frame or part of it could not be decoded. */
    void failure(DecodeFailure failure);

    /** A sensor showed signs of life (any record carrying its SAC/SIC, or any Mode S frame). */
    void alive(String sensorId, Instant receiveTime);

    /** A record from an ASTERIX source that no configured sensor has. */
    void unknownSource(int sacSic);
  }

  private final InputConfig input;
  private final Map<Integer, String> sensorBySacSic;
  private final Map<String, SensorConfig> sensors;
  private final Listener listener;
  private AsterixDecoder asterix;
  private final Cat048View cat048 = new Cat048View();
  private final Cat021View cat021 = new Cat021View();
  private final Cat062View cat062 = new Cat062View();
  private final Map<String, Cat048ObservationAdapter> cat048Adapters = new java.util.HashMap<>();
  private final Cat021ObservationAdapter cat021Adapter = new Cat021ObservationAdapter(30, 15);
  private final Cat062ObservationAdapter cat062Adapter = new Cat062ObservationAdapter(100, 30);
  private final BeastReader beast = new BeastReader();
  private final ModeSDecoder modeS;
  private final ModeSFields fields = new ModeSFields();
  private final ModeSObservationAdapter modeSAdapter;
  private byte[] tail = new byte[0];
  private final StringBuilder line = new StringBuilder();
  private final byte[] avrFrame = new byte[14];
  private final long[] avrTs = new long[1];
  private int h110 = -1;
  private final Map<Integer, String> callsigns = new java.util.HashMap<>();

  /**
   * @param input the input whose frames this decodes
   * @param sensorBySacSic sensor id by {@code sac << 8 | sic}
   * @param sensors configured sensors by id
   */
  public FrameDecoder(
      InputConfig input, Map<Integer, String> sensorBySacSic, Map<String, SensorConfig> sensors, Listener listener) {
    this.input = input;
    this.sensorBySacSic = sensorBySacSic;
    this.sensors = sensors;
    this.listener = listener;
    SensorConfig own = input.sensorId() == null ? null : sensors.get(input.sensorId());
    this.modeS =
        own == null ? new ModeSDecoder() : new ModeSDecoder(4096, 60_000, false, own.latDeg(), own.lonDeg());
    this.modeSAdapter = new ModeSObservationAdapter(input.sensorId() == null ? input.id() : input.sensorId(), 50);
    if (input.format() == FrameFormat.ASTERIX) {
      asterix = new AsterixDecoder(AsterixEditions.latest());
    }
  }

  /** Decodes one frame; observations go to {@code out} (on this thread). */
  public void decode(RawFrame frame, long sourceOffset, Consumer<Observation> out) {
    switch (frame.format()) {
      case ASTERIX -> decodeAsterix(frame, sourceOffset, out);
      case BEAST -> decodeBeast(frame, sourceOffset, out);
      case AVR, SBS -> decodeText(frame, sourceOffset, out);
      default -> listener.failure(
          new DecodeFailure(frame.sourceId(), sourceOffset, "format " + frame.format() + " not supported by serve"));
    }
  }

  private void decodeAsterix(RawFrame frame, long sourceOffset, Consumer<Observation> out) {
    Instant rx = frame.receiveTime();
    byte[] b = frame.payload();
    asterix.decode(b, 0, b.length, frame.sourceId(), sourceOffset, new AsterixRecordSink() {
      @Override
      public void record(AsterixRecordView r) {
        switch (r.category()) {
          case 48 -> {
            cat048.wrap(r);
            String sensor = sensor(cat048.sac(), cat048.sic(), rx);
            if (sensor == null) {
              return;
            }
            Observation o = adapter048(sensor).toObservation(cat048, rx);
            if (o != null) {
              double alt = o.altitudeM();
              if (Double.isNaN(alt)) {
                alt = height3d(r);
              }
              out.accept(new Observation(sensor, o.time(), o.measurement(), alt, o.identity()));
            }
          }
          case 34 -> sensor(sacOf(r), sicOf(r), rx);
          case 21 -> {
            cat021.wrap(r);
            String sensor = sensor(cat021.sac(), cat021.sic(), rx);
            Observation o = sensor == null ? null : cat021Adapter.toObservation(cat021, rx);
            if (o != null) {
              out.accept(new Observation(sensor, o.time(), o.measurement(), o.altitudeM(), o.identity()));
            }
          }
          case 62 -> {
            cat062.wrap(r);
            String sensor = sensor(cat062.sac(), cat062.sic(), rx);
            Observation o = sensor == null ? null : cat062Adapter.toObservation(cat062, rx);
            if (o != null) {
              out.accept(new Observation(sensor, o.time(), o.measurement(), o.altitudeM(), o.identity()));
            }
          }
          default -> { }
        }
      }

      @Override
      public void failure(DecodeFailure failure, int skippedBytes) {
        listener.failure(failure);
      }
    });
  }

  private Cat048ObservationAdapter adapter048(String sensorId) {
    return cat048Adapters.computeIfAbsent(sensorId, id -> {
      SensorConfig s = sensors.get(id);
      return new Cat048ObservationAdapter(s.sigmaRangeM(), Math.toRadians(s.sigmaAzimuthDeg()));
    });
  }

  /** I048/110 (3-D radar height, 25 ft, two's complement 14 bits) in metres, or NaN. */
  private double height3d(AsterixRecordView r) {
    if (h110 < 0) {
      h110 = r.spec().indexOf("110");
    }
    int o = r.itemOffset(h110);
    if (o < 0) {
      return Double.NaN;
    }
    byte[] b = r.buffer();
    int raw = ((b[o] & 0x3f) << 8) | (b[o + 1] & 0xff);
    if ((raw & 0x2000) != 0) {
      raw -= 0x4000;
    }
    return raw * 25 * FT_M;
  }

  private static int sacOf(AsterixRecordView r) {
    int o = r.itemOffset(r.spec().indexOf("010"));
    return o < 0 ? -1 : r.buffer()[o] & 0xff;
  }

  private static int sicOf(AsterixRecordView r) {
    int o = r.itemOffset(r.spec().indexOf("010"));
    return o < 0 ? -1 : r.buffer()[o + 1] & 0xff;
  }

  private String sensor(int sac, int sic, Instant rx) {
    if (sac < 0) {
      return null;
    }
    String id = sensorBySacSic.get(sac << 8 | sic);
    if (id == null) {
      listener.unknownSource(sac << 8 | sic);
      return null;
    }
    listener.alive(id, rx);
    return id;
  }

  private void decodeBeast(RawFrame frame, long sourceOffset, Consumer<Observation> out) {
    byte[] data;
    if (tail.length == 0) {
      data = frame.payload();
    } else {
      data = Arrays.copyOf(tail, tail.length + frame.payload().length);
      System.arraycopy(frame.payload(), 0, data, tail.length, frame.payload().length);
    }
    Instant rx = frame.receiveTime();
    int used = beast.read(data, 0, data.length, false, frame.sourceId(), sourceOffset - tail.length, new BeastFrameSink() {
      @Override
      public void frame(int type, long ts, int signal, byte[] buf, int off, int len, long at) {
        if (type == '2' || type == '3') {
          modeS(buf, off, len, rx, frame.sourceId(), at, out);
        }
      }

      @Override
      public void failure(DecodeFailure failure, int skippedBytes) {
        listener.failure(failure);
      }
    });
    tail = used >= data.length ? new byte[0] : Arrays.copyOfRange(data, used, data.length);
    if (tail.length > 1 << 16) {
      listener.failure(new DecodeFailure(frame.sourceId(), sourceOffset, "Beast resynchronisation: " + tail.length + " octets dropped"));
      tail = new byte[0];
    }
  }

  private void modeS(byte[] buf, int off, int len, Instant rx, String source, long at, Consumer<Observation> out) {
    DecodeFailure f = modeS.decode(buf, off, len, rx.toEpochMilli(), fields, source, at);
    if (f != null) {
      listener.failure(f);
      return;
    }
    if (input.sensorId() != null) {
      listener.alive(input.sensorId(), rx);
    }
    if (fields.callsignLength > 0 && fields.icaoTrusted) {
      if (callsigns.size() > 8192) {
        callsigns.clear();
      }
      callsigns.put(fields.icao, fields.callsignString());
    }
    Observation o = modeSAdapter.toObservation(fields, rx, fields.nacp);
    if (o != null) {
      String callsign = callsigns.get(fields.icao);
      if (callsign != null) {
        Identity id = o.identity();
        o = new Observation(o.sensorId(), o.time(), o.measurement(), o.altitudeM(),
            new Identity(id.icaoAddress(), callsign, null, null, null));
      }
      out.accept(o);
    }
  }

  private void decodeText(RawFrame frame, long sourceOffset, Consumer<Observation> out) {
    byte[] p = frame.payload();
    for (int i = 0; i < p.length; i++) {
      char c = (char) (p[i] & 0xff);
      if (c == '\n') {
        textLine(line.toString().trim(), frame, sourceOffset + i, out);
        line.setLength(0);
      } else if (line.length() < 4096) {
        line.append(c);
      }
    }
  }

  private void textLine(String l, RawFrame frame, long at, Consumer<Observation> out) {
    if (l.isEmpty()) {
      return;
    }
    Instant rx = frame.receiveTime();
    if (frame.format() == FrameFormat.AVR) {
      int n = AvrCodec.parse(l, avrFrame, avrTs);
      if (n == AvrCodec.MALFORMED) {
        listener.failure(new DecodeFailure(frame.sourceId(), at, "malformed AVR line"));
      } else if (n == 7 || n == 14) {
        modeS(avrFrame, 0, n, rx, frame.sourceId(), at, out);
      }
      return;
    }
    SbsMessage m = SbsParser.parse(l, frame.sourceId(), at, listener::failure);
    if (m == null || Double.isNaN(m.latDeg()) || m.icao() == null) {
      return;
    }
    String sensor = input.sensorId() == null ? input.id() : input.sensorId();
    listener.alive(sensor, rx);
    double altM = m.altitudeFt() * FT_M;
    out.accept(new Observation(sensor, rx,
        new GeodeticMeasurement(new GeoPoint(m.latDeg(), m.lonDeg(), Double.isNaN(altM) ? 0 : altM), 50,
            Double.isNaN(altM) ? Double.NaN : 25 * FT_M),
        altM, new Identity(m.icao(), m.callsign(), m.squawk(), null, null)));
  }
}
