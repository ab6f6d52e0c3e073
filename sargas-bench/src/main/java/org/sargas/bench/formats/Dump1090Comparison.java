package org.sargas.bench.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.modes.BeastFrameSink;
import org.sargas.formats.modes.BeastReader;
import org.sargas.formats.modes.ModeSDecoder;
import org.sargas.formats.modes.ModeSFields;

/**
 * End-to-end comparison with dump1090-mutability (Debian package) on identical input: the same
 * Beast stream ({@link BenchmarkTraffic#beast}, repeated) is fed to dump1090 over its Beast input
 * port in network-only mode, and decoded by Sargas's {@code BeastReader} + {@code ModeSDecoder} on
 * one thread. Both are measured in frames per CPU-second: dump1090 by its process CPU time
 * (/proc/PID/stat utime + stime) from start to idle, Sargas by the decoding thread's CPU time after
 * warm-up. Usage: {@code Dump1090Comparison [repetitions] [dump1090 binary]}.
 */
public final class Dump1090Comparison {
  private Dump1090Comparison() {}

  public static void main(String[] args) throws Exception {
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    String bin = args.length > 1 ? args[1] : "/usr/bin/dump1090-mutability";
    byte[] one = BenchmarkTraffic.beast(5);
    byte[] stream = new byte[one.length * reps];
    for (int k = 0; k < reps; k++) {
      System.arraycopy(one, 0, stream, k * one.length, one.length);
    }
    long frames = (long) BenchmarkTraffic.FRAMES * reps;
    double ours = sargas(stream, frames);
    System.out.printf(
        Locale.ROOT,
        "sargas:   %,d frames, %.0f frames per CPU-second (one thread)%n",
        frames,
        ours);
    if (Files.isExecutable(Path.of(bin))) {
      double theirs = dump1090(bin, stream, frames);
      System.out.printf(
          Locale.ROOT,
          "dump1090: %,d frames, %.0f frames per CPU-second (whole process)%n",
          frames,
          theirs);
      System.out.printf(Locale.ROOT, "ratio sargas/dump1090: %.2f%n", ours / theirs);
    } else {
      System.out.println("dump1090-mutability not installed at " + bin + "; comparison skipped");
    }
  }

  private static double sargas(byte[] stream, long frames) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    ModeSFields fields = new ModeSFields();
    double best = 0;
    for (int round = 0; round < 6; round++) {
      ModeSDecoder decoder = new ModeSDecoder();
      long[] decoded = new long[1];
      BeastFrameSink sink =
          new BeastFrameSink() {
            @Override
            public void frame(
                int type, long ts, int signal, byte[] buf, int off, int len, long at) {
              if (decoder.decode(buf, off, len, ts / 12_000, fields, "bench", at) == null) {
                decoded[0]++;
              }
            }

            @Override
            public void failure(DecodeFailure failure, int skippedBytes) {
              throw new IllegalStateException(failure.toString());
            }
          };
      long cpu0 = mx.getCurrentThreadCpuTime();
      new BeastReader().read(stream, 0, stream.length, true, "bench", 0, sink);
      long cpu = mx.getCurrentThreadCpuTime() - cpu0;
      if (decoded[0] != frames) {
        throw new IllegalStateException("decoded " + decoded[0] + " of " + frames);
      }
      if (round > 0) {
        best = Math.max(best, frames / (cpu / 1e9));
      }
    }
    return best;
  }

  private static double dump1090(String bin, byte[] stream, long frames) throws Exception {
    int port = 39004;
    Path log = Files.createTempFile("dump1090", ".log");
    Process p =
        new ProcessBuilder(
                bin,
                "--net-only",
                "--net-bind-address",
                "127.0.0.1",
                "--net-bi-port",
                String.valueOf(port),
                "--net-ri-port",
                "39001",
                "--net-ro-port",
                "39002",
                "--net-sbs-port",
                "39003",
                "--net-bo-port",
                "39005",
                "--net-http-port",
                "39080",
                "--quiet",
                "--stats")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      Socket s = null;
      for (int k = 0; k < 100 && s == null; k++) {
        try {
          s = new Socket("127.0.0.1", port);
        } catch (IOException e) {
          Thread.sleep(100);
        }
      }
      if (s == null) {
        throw new IllegalStateException("dump1090 did not open its Beast input port");
      }
      long startTicks = cpuTicks(p.pid());
      try (OutputStream out = s.getOutputStream()) {
        out.write(stream);
        out.flush();
        long last = -1;
        long now = cpuTicks(p.pid());
        while (now != last) {
          Thread.sleep(1000);
          last = now;
          now = cpuTicks(p.pid());
        }
        double cpuS = (now - startTicks) / 100.0;
        p.destroy();
        p.waitFor();
        Files.readString(log, StandardCharsets.UTF_8)
            .lines()
            .filter(l -> l.contains("messages") || l.contains("Mode S"))
            .limit(6)
            .forEach(l -> System.out.println("  dump1090 --stats: " + l.strip()));
        return frames / cpuS;
      } finally {
        s.close();
      }
    } finally {
      p.destroy();
      p.waitFor();
      Files.deleteIfExists(log);
    }
  }

  /** utime + stime of a process in clock ticks (USER_HZ = 100 on Linux). */
  private static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }
}
