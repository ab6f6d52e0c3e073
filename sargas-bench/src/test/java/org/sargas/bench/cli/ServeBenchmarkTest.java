package org.sargas.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ./sargas bench serve} and {@code map} report the figures docs/benchmarks.md names (a tiny
 * run on loopback: 200 targets, 400 reports/s, 2 s; no figure is asserted, only that it is there).
 */
class ServeBenchmarkTest {
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @Test
  void serveReportsThroughputLossLatencyAndMemory() throws Exception {
    Map<String, Object> m =
        new ServeBenchmark().run(new BenchOptions(-1, -1, 200, QUIET, 400, 2, false, 1));
    assertThat(m)
        .containsKeys(
            "offeredReportsPerSecond",
            "reportsPerSecond",
            "dropped",
            "lateReports",
            "alertLatencyP50Ms",
            "alertLatencyP99Ms",
            "rssMiB",
            "tracks",
            "serverCpuCores");
    assertThat(((Number) m.get("udpDatagrams")).longValue()).isPositive();
    assertThat(((Number) m.get("beastFrames")).longValue()).isPositive();
  }

  @Test
  void mapReportsMessageDelayAndServerCpu() throws Exception {
    Map<String, Object> m =
        new MapBenchmark().run(new BenchOptions(-1, -1, 200, QUIET, 400, 2, false, 3));
    assertThat(m)
        .containsKeys(
            "subscribers",
            "tracks",
            "messageDelayP50Ms",
            "messageDelayP99Ms",
            "serverCpuCores",
            "wsMessagesReceived");
    assertThat(((Number) m.get("wsMessagesReceived")).longValue())
        .as("every subscriber got at least its snapshot")
        .isGreaterThanOrEqualTo(3);
  }
}
