package org.sargas.server.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.formats.asterix.cat048.Cat048Encoder;
import org.sargas.formats.asterix.cat048.Cat048Record;
import org.sargas.formats.asterix.cat062.Cat062Encoder;
import org.sargas.formats.asterix.cat062.Cat062Record;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;
import org.sargas.pipeline.SurveillancePipeline;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.live.LivePicture;
import org.sargas.server.live.PicturePublisher;
import org.sargas.server.live.SensorBoard;
import org.sargas.server.live.ServeMetrics;
import org.sargas.server.pipeline.NodePipelineSetup;

/**
 * Lateness per input: a system tracker's report 3 s after its time of track information is used
 * (system-track inputs allow {@code pipeline.systemTrackLatenessS}, 5 s, by default, and it joins
 * the next scan), a radar plot equally late is dropped and counted (the pipeline's 1 s); an input
 * that sets its own {@code latenessS} gets that.
 */
class PerInputLatenessTest {
  static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  private static final String CONFIG =
      """
      region: {originLatDeg: 54.9, originLonDeg: 23.9, protectedCountries: [LTU]}
      sensors:
        - {id: RADAR-1, name: radar, kind: PRIMARY_RADAR, latDeg: 54.9, lonDeg: 23.9,
           altitudeM: 100, maxRangeM: 250000, updatePeriodS: 4, sac: 25, sic: 1}
        - {id: SDPS-1, name: neighbour system tracker, kind: SYSTEM_TRACKER, latDeg: 54.9,
           lonDeg: 23.9, altitudeM: 0, maxRangeM: 800000, updatePeriodS: 5, sac: 25, sic: 100}
      inputs:
        - {id: radar, type: udp, format: ASTERIX, port: 0}
        - {id: sdps, type: udp, format: ASTERIX, port: 0%s}
      """;

  private static double timeOfDayS(double s) {
    LocalTime t = T0.plusNanos((long) (s * 1e9)).atOffset(ZoneOffset.UTC).toLocalTime();
    return t.toNanoOfDay() / 1e9;
  }

  private static RawFrame radar(double receiveS, double plotS) {
    ByteBuffer buf = ByteBuffer.allocate(256);
    Cat048Encoder.encodeBlock(
        buf, List.of(Cat048Record.primaryPlot(25, 1, timeOfDayS(plotS), 50_000, 1.0)));
    return frame("radar", receiveS, buf);
  }

  private static RawFrame systemTrack(double receiveS, double trackS) {
    ByteBuffer buf = ByteBuffer.allocate(256);
    Cat062Encoder.encodeBlock(
        buf,
        List.of(
            new Cat062Record(
                25,
                100,
                timeOfDayS(trackS),
                42,
                55.2,
                24.3 + 0.003 * trackS,
                Double.NaN,
                Double.NaN,
                200,
                0,
                02341,
                -1,
                null,
                330,
                Double.NaN,
                0,
                false)));
    return frame("sdps", receiveS, buf);
  }

  private static RawFrame frame(String input, double receiveS, ByteBuffer buf) {
    return new RawFrame(
        input,
        T0.plusNanos((long) (receiveS * 1e9)),
        Arrays.copyOf(buf.array(), buf.position()),
        FrameFormat.ASTERIX);
  }

  /** Runs 20 s of on-time reports of both inputs, and one of each 3 s late; the metrics. */
  private static ServeMetrics run(String sdpsSettings) throws Exception {
    ServeConfig config =
        ServeConfig.read(
            new ByteArrayInputStream(
                String.format(CONFIG, sdpsSettings).getBytes(StandardCharsets.UTF_8)),
            "lateness.yaml");
    ServeMetrics metrics = new ServeMetrics();
    PipelineWorker worker =
        new PipelineWorker(
            config,
            new SurveillancePipeline(NodePipelineSetup.of(config, CountryBorders.easternFlank())),
            IncidentSink.memory(),
            PicturePublisher.NONE,
            new LivePicture(config.history()),
            new SensorBoard(config.sensors()),
            metrics,
            null,
            null);
    for (int k = 1; k <= 20; k++) {
      double receiveS = k - 0.1;
      worker.process(List.of(new IngestItem(radar(receiveS, k - 0.5), 0, 0, null)));
      worker.process(List.of(new IngestItem(systemTrack(receiveS, k - 0.5), 0, 0, null)));
      if (k == 15) {
        // The watermark is at 14.9 s: both reports are 3 s late; the slice of 11.9 s has run.
        worker.process(List.of(new IngestItem(radar(15.0, 11.9), 0, 0, null)));
        worker.process(List.of(new IngestItem(systemTrack(15.0, 11.9), 0, 0, null)));
      }
    }
    worker.flush();
    return metrics;
  }

  @Test
  void aSystemTrackThreeSecondsLateIsUsedARadarPlotIsDropped() throws Exception {
    ServeMetrics m = run("");
    assertThat(m.value("sargas_late_reports_total", "")).as("late reports").isEqualTo(1);
    assertThat(m.value("sargas_observations_total", "")).as("reports used").isEqualTo(41);
  }

  @Test
  void anInputsOwnLatenessOverridesTheSystemTrackDefault() throws Exception {
    ServeMetrics m = run(", latenessS: 2.0");
    assertThat(m.value("sargas_late_reports_total", "")).as("late reports").isEqualTo(2);
    assertThat(m.value("sargas_observations_total", "")).as("reports used").isEqualTo(40);
  }
}
