package org.sargas.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sargas.bench.serve.ServeLoad;

/**
 * {@code ./sargas bench serve} and {@code map} report the figures docs/benchmarks.md names (one
 * tiny run on loopback: 200 targets, 400 reports/s, 2 s, 3 subscribers; no figure is asserted, only
 * that it is there and that the feeds and the clients ran).
 */
class ServeBenchmarkTest {
  @Test
  void serveAndMapReportTheirFigures() throws Exception {
    ServeLoad.Result r =
        ServeLoad.run(
            ServeLoad.Settings.of(200, 400, 2).withSubscribers(3),
            new PrintStream(OutputStream.nullOutputStream()));
    Map<String, Object> serve = ServeBenchmark.figures(r);
    assertThat(serve)
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
    assertThat(((Number) serve.get("udpDatagrams")).longValue()).isPositive();
    assertThat(((Number) serve.get("beastFrames")).longValue()).isPositive();
    Map<String, Object> map = MapBenchmark.figures(r, 3);
    assertThat(map)
        .containsKeys(
            "subscribers",
            "tracks",
            "messageDelayP50Ms",
            "messageDelayP99Ms",
            "serverCpuCores",
            "wsMessagesReceived");
    assertThat(((Number) map.get("wsMessagesReceived")).longValue())
        .as("every subscriber got at least its snapshot")
        .isGreaterThanOrEqualTo(3);
  }
}
