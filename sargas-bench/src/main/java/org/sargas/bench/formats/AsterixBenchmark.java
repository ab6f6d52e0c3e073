package org.sargas.bench.formats;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.cat021.Cat021Encoder;
import org.sargas.formats.asterix.cat021.Cat021Record;
import org.sargas.formats.asterix.cat021.Cat021View;
import org.sargas.formats.asterix.cat048.Cat048Encoder;
import org.sargas.formats.asterix.cat048.Cat048Record;
import org.sargas.formats.asterix.cat048.Cat048View;
import org.sargas.formats.asterix.cat062.Cat062Encoder;
import org.sargas.formats.asterix.cat062.Cat062Record;
import org.sargas.formats.asterix.cat062.Cat062View;
import org.sargas.formats.asterix.editions.AsterixEditions;

/**
 * ASTERIX decode (framing + FSPEC + item index + typed reads of the tracker's fields: SAC/SIC,
 * time, position, Mode 3/A, altitude, address) and encode, per record; one invocation is a
 * 100-record data block.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AsterixBenchmark {
  private AsterixDecoder decoder;
  private byte[] cat048;
  private byte[] cat062;
  private byte[] cat021;
  private List<Cat048Record> records048;
  private List<Cat062Record> records062;
  private List<Cat021Record> records021;
  private final ByteBuffer out = ByteBuffer.allocate(16384);
  private final Cat048View v048 = new Cat048View();
  private final Cat062View v062 = new Cat062View();
  private final Cat021View v021 = new Cat021View();
  private Blackhole bh;
  private final AsterixRecordSink sink =
      new AsterixRecordSink() {
        @Override
        public void record(AsterixRecordView r) {
          switch (r.category()) {
            case 48 -> {
              v048.wrap(r);
              bh.consume(
                  v048.sac()
                      + v048.sic()
                      + v048.timeOfDayS()
                      + v048.rangeM()
                      + v048.azimuthRad()
                      + v048.mode3a()
                      + v048.flightLevel()
                      + v048.icaoAddress()
                      + v048.trackNumber());
            }
            case 62 -> {
              v062.wrap(r);
              bh.consume(
                  v062.sac()
                      + v062.timeOfDayS()
                      + v062.latDeg()
                      + v062.lonDeg()
                      + v062.vxMps()
                      + v062.vyMps()
                      + v062.mode3a()
                      + v062.flightLevel()
                      + v062.icaoAddress()
                      + v062.trackNumber());
            }
            default -> {
              v021.wrap(r);
              bh.consume(
                  v021.sac()
                      + v021.timeOfDayS()
                      + v021.latDeg()
                      + v021.lonDeg()
                      + v021.flightLevel()
                      + v021.groundSpeedMps()
                      + v021.icaoAddress());
            }
          }
        }

        @Override
        public void failure(DecodeFailure failure, int skippedBytes) {
          throw new IllegalStateException(failure.toString());
        }
      };

  @Setup
  public void setup() {
    decoder = new AsterixDecoder(AsterixEditions.latest());
    cat048 = BenchmarkTraffic.block(48, 1);
    cat062 = BenchmarkTraffic.block(62, 2);
    cat021 = BenchmarkTraffic.block(21, 3);
    records048 = BenchmarkTraffic.cat048(1);
    records062 = BenchmarkTraffic.cat062(2);
    records021 = BenchmarkTraffic.cat021(3);
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkTraffic.RECORDS)
  public int decodeCat048(Blackhole bh) {
    this.bh = bh;
    return decoder.decode(cat048, 0, cat048.length, "bench", 0, sink);
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkTraffic.RECORDS)
  public int decodeCat062(Blackhole bh) {
    this.bh = bh;
    return decoder.decode(cat062, 0, cat062.length, "bench", 0, sink);
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkTraffic.RECORDS)
  public int decodeCat021(Blackhole bh) {
    this.bh = bh;
    return decoder.decode(cat021, 0, cat021.length, "bench", 0, sink);
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkTraffic.RECORDS)
  public int encodeCat048() {
    out.clear();
    return Cat048Encoder.encodeBlock(out, records048);
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkTraffic.RECORDS)
  public int encodeCat062() {
    out.clear();
    return Cat062Encoder.encodeBlock(out, records062);
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkTraffic.RECORDS)
  public int encodeCat021() {
    out.clear();
    return Cat021Encoder.encodeBlock(out, records021);
  }
}
