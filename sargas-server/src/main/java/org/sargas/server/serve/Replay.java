package org.sargas.server.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.pipeline.SurveillancePipeline;
import org.sargas.server.config.ServeConfig;
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
 * calling thread, as fast as possible or paced by their receive times. Deterministic: the same
 * journal and configuration give the same incidents.
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
      ServeMetrics metrics) {}

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
    SurveillancePipeline pipeline = new SurveillancePipeline(NodePipelineSetup.of(config, borders));
    ServeMetrics metrics = new ServeMetrics();
    PipelineWorker worker =
        new PipelineWorker(
            config,
            pipeline,
            sink,
            publisher,
            new LivePicture(config.history()),
            new SensorBoard(config.sensors()),
            metrics,
            null,
            null);
    List<JournalDamage> damages;
    List<IngestItem> batch = new ArrayList<>(1);
    Instant first = null;
    long wall0 = System.nanoTime();
    try (JournalReader r = JournalReader.open(journalDir)) {
      for (JournalEntry e = r.next(); e != null; e = r.next()) {
        if (speed > 0) {
          if (first == null) {
            first = e.frame().receiveTime();
          }
          long due =
              wall0 + (long) (Duration.between(first, e.frame().receiveTime()).toNanos() / speed);
          long wait = due - System.nanoTime();
          if (wait > 0) {
            try {
              Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException ex) {
              Thread.currentThread().interrupt();
              break;
            }
          }
        }
        batch.add(new IngestItem(e.frame(), e.sequence(), System.nanoTime(), null));
        worker.process(batch);
        batch.clear();
      }
      damages = r.damages();
    }
    worker.flush();
    return new Summary(
        metrics.value("sargas_frames_processed_total", ""),
        metrics.value("sargas_observations_total", ""),
        metrics.value("sargas_scans_total", ""),
        damages,
        metrics);
  }

  /** Resolves a replay argument: a data directory (with journal/) or a journal directory. */
  public static Path journalOf(Path p) {
    if (Files.isDirectory(p.resolve("journal"))) {
      return p.resolve("journal");
    }
    return p;
  }
}
