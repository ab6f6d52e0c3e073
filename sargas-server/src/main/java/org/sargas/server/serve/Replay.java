package org.sargas.server.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.formats.DecodeFailure;
import org.sargas.model.frame.RawFrame;
import org.sargas.pipeline.SurveillancePipeline;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.ingest.FileSource;
import org.sargas.server.ingest.RawFrameClock;
import org.sargas.server.live.LivePicture;
import org.sargas.server.live.PicturePublisher;
import org.sargas.server.live.SensorBoard;
import org.sargas.server.live.ServeMetrics;
import org.sargas.server.pipeline.NodePipelineSetup;
import org.sargas.store.journal.JournalDamage;
import org.sargas.store.journal.JournalEntry;
import org.sargas.store.journal.JournalReader;

/**
 * Pushes recorded frames through the same pipeline as {@code serve} ({@link PipelineWorker}) on the
 * calling thread, as fast as possible or paced by their receive times: a node's frame journal, or a
 * recording (pcap/pcapng with capture times, or a raw stream whose frames are stamped from the data
 * by a {@link RawFrameClock}). Scans follow the frames' receive times only (no clock ticks), so the
 * same frames and configuration give the same incidents at any speed.
 */
public final class Replay {
  private final ServeConfig config;
  private final CountryBorders borders;

  public Replay(ServeConfig config, CountryBorders borders) {
    this.config = config;
    this.borders = borders;
  }

  /** What a replay did. */
  public record Summary(
      long frames,
      long observations,
      long scans,
      List<JournalDamage> damages,
      List<DecodeFailure> readFailures,
      ServeMetrics metrics) {}

  /** Receives the progress of a replay (the calling thread, at most a few times a second). */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param fraction share of the input read, 0..1
     * @param recordedTime receive time of the frame just replayed
     */
    void at(double fraction, Instant recordedTime);

    /** No progress reports. */
    Progress NONE = (f, t) -> {};
  }

  /** The configuration file a node keeps in its data directory. */
  public static Path configCopy(Path dataDir) {
    return dataDir.resolve("serve-config.yaml");
  }

  /**
   * Replays a journal directory.
   *
   * @param speed pacing factor (receive-time gaps divided by it), or 0 for as fast as possible
   */
  public Summary run(Path journalDir, double speed, IncidentSink sink, PicturePublisher publisher)
      throws IOException {
    Run run = new Run(speed, sink, publisher, Progress.NONE, 0);
    List<JournalDamage> damages;
    try (JournalReader r = JournalReader.open(journalDir)) {
      for (JournalEntry e = r.next(); e != null && !run.interrupted; e = r.next()) {
        run.frame(e.frame(), e.sequence());
      }
      damages = r.damages();
    }
    return run.finish(damages, List.of());
  }

  /**
   * Replays a recording file as the frames of one configured input.
   *
   * @param inputId the input of {@code config} the recording was taken from (its format and sensor)
   * @param rawTimes receive times of a raw recording's frames (ignored for pcap/pcapng captures)
   * @param speed pacing factor, or 0 for as fast as possible
   */
  public Summary runRecording(
      Path file,
      String inputId,
      RawFrameClock rawTimes,
      double speed,
      IncidentSink sink,
      PicturePublisher publisher,
      Progress progress)
      throws IOException {
    var input =
        config.inputs().stream()
            .filter(i -> i.id().equals(inputId))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException("no input " + inputId + " in the configuration"));
    byte[] bytes = Files.readAllBytes(file);
    Run run = new Run(speed, sink, publisher, progress, bytes.length);
    List<DecodeFailure> failures = new ArrayList<>();
    FileSource.read(
        bytes,
        file.getFileName().toString(),
        input.id(),
        input.format(),
        rawTimes,
        run::frame,
        failures::add,
        () -> run.interrupted);
    return run.finish(List.of(), failures);
  }

  /** One replay: the worker and the pacing. */
  private final class Run {
    final PipelineWorker worker;
    final ServeMetrics metrics = new ServeMetrics();
    final double speed;
    final Progress progress;
    final long totalBytes;
    final List<IngestItem> batch = new ArrayList<>(1);
    final long wall0 = System.nanoTime();
    Instant first;
    long lastReport;
    boolean interrupted;

    Run(
        double speed,
        IncidentSink sink,
        PicturePublisher publisher,
        Progress progress,
        long totalBytes) {
      SurveillancePipeline pipeline =
          new SurveillancePipeline(NodePipelineSetup.of(config, borders));
      this.worker =
          new PipelineWorker(
              config,
              pipeline,
              sink,
              publisher,
              new LivePicture(config.history()),
              new SensorBoard(config.sensors()),
              metrics,
              null,
              null,
              Math.max(config.pipeline().latenessS(), 1.0));
      this.speed = speed;
      this.progress = progress;
      this.totalBytes = totalBytes;
    }

    void frame(RawFrame f, long offset) {
      if (first == null) {
        first = f.receiveTime();
      }
      if (speed > 0) {
        long due = wall0 + (long) (Duration.between(first, f.receiveTime()).toNanos() / speed);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          try {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            interrupted = true;
            return;
          }
        }
      }
      batch.add(new IngestItem(f, offset, System.nanoTime(), null));
      worker.process(batch);
      batch.clear();
      long now = System.nanoTime();
      if (totalBytes > 0 && now - lastReport > 250_000_000L) {
        lastReport = now;
        progress.at(Math.min(1.0, offset / (double) totalBytes), f.receiveTime());
      }
    }

    Summary finish(List<JournalDamage> damages, List<DecodeFailure> readFailures) {
      worker.flush();
      progress.at(1.0, null);
      return new Summary(
          metrics.value("sargas_frames_processed_total", ""),
          metrics.value("sargas_observations_total", ""),
          metrics.value("sargas_scans_total", ""),
          damages,
          readFailures,
          metrics);
    }
  }

  /** Resolves a replay argument: a data directory (with journal/) or a journal directory. */
  public static Path journalOf(Path p) {
    if (Files.isDirectory(p.resolve("journal"))) {
      return p.resolve("journal");
    }
    return p;
  }
}
