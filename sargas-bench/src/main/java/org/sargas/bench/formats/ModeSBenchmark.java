package org.sargas.bench.formats;

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
import org.sargas.formats.modes.BeastFrameSink;
import org.sargas.formats.modes.BeastReader;
import org.sargas.formats.modes.ModeSDecoder;
import org.sargas.formats.modes.ModeSFields;
import org.sargas.formats.modes.SbsMessage;
import org.sargas.formats.modes.SbsParser;

/**
 * Beast framing + Mode S decoding (CRC, ES fields, CPR with per-aircraft state) per frame, and
 * SBS-1 line parsing per line; one invocation is 1000 frames or lines.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ModeSBenchmark {
  private byte[] beast;
  private String[] sbs;
  private final BeastReader reader = new BeastReader();
  private final ModeSDecoder decoder = new ModeSDecoder();
  private final ModeSFields fields = new ModeSFields();
  private Blackhole bh;
  private final BeastFrameSink sink =
      new BeastFrameSink() {
        @Override
        public void frame(int type, long ts, int signal, byte[] buf, int off, int len, long at) {
          DecodeFailure f = decoder.decode(buf, off, len, ts / 12_000, fields, "bench", at);
          bh.consume(f);
          bh.consume(fields.latDeg + fields.groundSpeedKt + fields.altitudeFt + fields.icao);
        }

        @Override
        public void failure(DecodeFailure failure, int skippedBytes) {
          throw new IllegalStateException(failure.toString());
        }
      };

  @Setup
  public void setup() {
    beast = BenchmarkTraffic.beast(5);
    sbs = BenchmarkTraffic.sbs(6);
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkTraffic.FRAMES)
  public int beastAndModeSDecode(Blackhole bh) {
    this.bh = bh;
    return reader.read(beast, 0, beast.length, true, "bench", 0, sink);
  }

  @Benchmark
  @OperationsPerInvocation(BenchmarkTraffic.FRAMES)
  public void sbsParse(Blackhole bh) {
    for (String line : sbs) {
      SbsMessage m = SbsParser.parse(line, "bench", 0, bh::consume);
      bh.consume(m);
    }
  }
}
