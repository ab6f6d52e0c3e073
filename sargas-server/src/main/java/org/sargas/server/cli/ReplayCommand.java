package org.sargas.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.Violation;
import org.sargas.server.config.ConfigException;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.json.ViolationJson;
import org.sargas.server.live.PicturePublisher;
import org.sargas.server.serve.DurableSink;
import org.sargas.server.serve.IncidentSink;
import org.sargas.server.serve.Replay;
import org.sargas.store.DataDirectory;
import org.sargas.store.evidence.EvidenceLog;
import org.sargas.store.incident.IncidentStore;
import org.sargas.store.journal.JournalDamage;
import org.sargas.store.recorder.IncidentRecorder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sargas replay}: pushes a frame journal through the same pipeline as {@code serve} and
 * prints the violations (JSON lines, in first-seen order). With {@code --data} the incidents go
 * into that data directory's store and evidence log as they would live.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Replay a frame journal (a serve data directory or its journal/) through the serve pipeline;",
      "prints the violations as JSON lines."
    })
public final class ReplayCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "JOURNAL",
      description = "Data directory or journal directory.")
  Path journal;

  @ArgGroup(exclusive = true)
  Pace pace;

  static final class Pace {
    @Option(names = "--speed", description = "Pace by receive times, N times faster.")
    Double speed;

    @Option(names = "--max", description = "As fast as possible (default).")
    boolean max;
  }

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration the journal was recorded with (default: DATA/serve-config.yaml, else the embedded one).")
  Path config;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Record incidents into this (new) data directory.")
  Path data;

  @Override
  public Integer call() throws IOException {
    Path j = Replay.journalOf(journal);
    if (!Files.isDirectory(j)) {
      System.err.println("sargas replay: no journal at " + journal);
      return SargasCli.EXIT_ENVIRONMENT;
    }
    ServeConfig c;
    try {
      Path copy = Replay.configCopy(journal);
      c =
          config != null
              ? ServeConfig.read(config)
              : Files.isRegularFile(copy) ? ServeConfig.read(copy) : ServeConfig.defaults();
    } catch (ConfigException e) {
      System.err.println("sargas replay: " + e.getMessage());
      return 2;
    }
    double speed = pace != null && pace.speed != null ? pace.speed : 0;
    if (speed < 0) {
      System.err.println("sargas replay: --speed must be positive");
      return 2;
    }
    Replay replay = new Replay(c, CountryBorders.easternFlank());
    IncidentSink.MemorySink memory = IncidentSink.memory();
    Replay.Summary s;
    if (data != null) {
      Files.createDirectories(data);
      DataDirectory dd = new DataDirectory(data);
      try (EvidenceLog ev = EvidenceLog.open(dd.evidence(), InstantSource.system());
          IncidentStore store = IncidentStore.openSqlite(data)) {
        DurableSink durable = new DurableSink(new IncidentRecorder(ev, store), store);
        s = replay.run(j, speed, tee(durable, memory), PicturePublisher.NONE);
        ev.checkpoint();
      }
    } else {
      s = replay.run(j, speed, memory, PicturePublisher.NONE);
    }
    ObjectMapper json = new ObjectMapper();
    PrintStream out = System.out;
    for (Violation v : memory.violations()) {
      out.println(json.writeValueAsString(ViolationJson.toMap(v)));
    }
    for (JournalDamage d : s.damages()) {
      System.err.println("journal damage: " + d);
    }
    System.err.printf(
        "summary: %d frame(s), %d observation(s), %d scan(s), %d violation(s), %d alert(s)%n",
        s.frames(),
        s.observations(),
        s.scans(),
        memory.violations().size(),
        memory.alerts().size());
    return s.damages().isEmpty() ? 0 : SargasCli.EXIT_FAILURES;
  }

  private static IncidentSink tee(IncidentSink a, IncidentSink b) {
    return new IncidentSink() {
      @Override
      public boolean violation(org.sargas.model.airspace.ViolationEvent e) throws IOException {
        boolean n = a.violation(e);
        b.violation(e);
        return n;
      }

      @Override
      public boolean alert(org.sargas.model.airspace.Alert al, String id) throws IOException {
        boolean n = a.alert(al, id);
        b.alert(al, id);
        return n;
      }

      @Override
      public void tracks(org.sargas.model.track.TrackBatch batch) {
        a.tracks(batch);
      }

      @Override
      public void sensorStatus(String id, boolean up, java.time.Instant t) {
        a.sensorStatus(id, up, t);
      }
    };
  }
}
