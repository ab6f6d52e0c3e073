package org.sargas.bench.formats;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
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
import org.sargas.formats.modes.BeastFrameSink;
import org.sargas.formats.modes.BeastReader;
import org.sargas.formats.modes.ModeSDecoder;
import org.sargas.formats.modes.ModeSFields;
import org.sargas.formats.modes.SbsParser;

/**
 * The JMH workloads measured in records per CPU-second of the measuring thread (ThreadMXBean), so
 * that a machine shared with other jobs still yields a per-core figure; JMH's wall-clock throughput
 * is only meaningful on an idle machine. Same inputs as the JMH benchmarks. Usage: {@code
 * CpuTimeThroughput [seconds per workload]}.
 */
public final class CpuTimeThroughput {
  private static long sink;

  private CpuTimeThroughput() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    AsterixDecoder decoder = new AsterixDecoder(AsterixEditions.latest());
    byte[] c48 = BenchmarkTraffic.block(48, 1);
    byte[] c62 = BenchmarkTraffic.block(62, 2);
    byte[] c21 = BenchmarkTraffic.block(21, 3);
    List<Cat048Record> r48 = BenchmarkTraffic.cat048(1);
    List<Cat062Record> r62 = BenchmarkTraffic.cat062(2);
    List<Cat021Record> r21 = BenchmarkTraffic.cat021(3);
    ByteBuffer out = ByteBuffer.allocate(16384);
    Cat048View v48 = new Cat048View();
    Cat062View v62 = new Cat062View();
    Cat021View v21 = new Cat021View();
    AsterixRecordSink records =
        new AsterixRecordSink() {
          @Override
          public void record(AsterixRecordView r) {
            double x =
                switch (r.category()) {
                  case 48 ->
                      v48.wrap(r).rangeM()
                          + v48.azimuthRad()
                          + v48.timeOfDayS()
                          + v48.mode3a()
                          + v48.flightLevel()
                          + v48.icaoAddress()
                          + v48.trackNumber()
                          + v48.sac();
                  case 62 ->
                      v62.wrap(r).latDeg()
                          + v62.lonDeg()
                          + v62.vxMps()
                          + v62.vyMps()
                          + v62.timeOfDayS()
                          + v62.mode3a()
                          + v62.flightLevel()
                          + v62.icaoAddress()
                          + v62.trackNumber();
                  default ->
                      v21.wrap(r).latDeg()
                          + v21.lonDeg()
                          + v21.timeOfDayS()
                          + v21.flightLevel()
                          + v21.groundSpeedMps()
                          + v21.icaoAddress();
                };
            sink += (long) x;
          }

          @Override
          public void failure(DecodeFailure failure, int skippedBytes) {
            throw new IllegalStateException(failure.toString());
          }
        };
    byte[] beast = BenchmarkTraffic.beast(5);
    String[] sbs = BenchmarkTraffic.sbs(6);
    ModeSDecoder modes = new ModeSDecoder();
    ModeSFields fields = new ModeSFields();
    BeastReader reader = new BeastReader();
    BeastFrameSink frames =
        new BeastFrameSink() {
          @Override
          public void frame(int type, long ts, int signal, byte[] buf, int off, int len, long at) {
            modes.decode(buf, off, len, ts / 12_000, fields, "bench", at);
            sink += (long) (fields.latDeg + fields.groundSpeedKt + fields.altitudeFt) + fields.icao;
          }

          @Override
          public void failure(DecodeFailure failure, int skippedBytes) {
            throw new IllegalStateException(failure.toString());
          }
        };
    Map<String, LongSupplier> work = new LinkedHashMap<>();
    int n = BenchmarkTraffic.RECORDS;
    work.put("decode CAT048", () -> decoder.decode(c48, 0, c48.length, "b", 0, records) * 0L + n);
    work.put("decode CAT062", () -> decoder.decode(c62, 0, c62.length, "b", 0, records) * 0L + n);
    work.put("decode CAT021", () -> decoder.decode(c21, 0, c21.length, "b", 0, records) * 0L + n);
    work.put(
        "encode CAT048",
        () -> {
          out.clear();
          sink += Cat048Encoder.encodeBlock(out, r48);
          return n;
        });
    work.put(
        "encode CAT062",
        () -> {
          out.clear();
          sink += Cat062Encoder.encodeBlock(out, r62);
          return n;
        });
    work.put(
        "encode CAT021",
        () -> {
          out.clear();
          sink += Cat021Encoder.encodeBlock(out, r21);
          return n;
        });
    work.put(
        "Beast + Mode S decode",
        () -> {
          reader.read(beast, 0, beast.length, true, "b", 0, frames);
          return BenchmarkTraffic.FRAMES;
        });
    work.put(
        "SBS parse",
        () -> {
          for (String line : sbs) {
            sink += SbsParser.parse(line, "b", 0, f -> {}).transmissionType();
          }
          return BenchmarkTraffic.FRAMES;
        });
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (Map.Entry<String, LongSupplier> w : work.entrySet()) {
      long warmEnd = mx.getCurrentThreadCpuTime() + (long) (seconds * 0.5e9);
      while (mx.getCurrentThreadCpuTime() < warmEnd) {
        w.getValue().getAsLong();
      }
      long cpu0 = mx.getCurrentThreadCpuTime();
      long items = 0;
      long end = cpu0 + (long) (seconds * 1e9);
      long now;
      do {
        for (int k = 0; k < 100; k++) {
          items += w.getValue().getAsLong();
        }
        now = mx.getCurrentThreadCpuTime();
      } while (now < end);
      System.out.printf(
          Locale.ROOT,
          "%-24s %,14.0f records per CPU-second%n",
          w.getKey(),
          items / ((now - cpu0) / 1e9));
    }
    System.out.println("(checksum " + sink + ")");
  }
}
