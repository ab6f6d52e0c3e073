package org.sargas.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.TimeOfDay;
import org.sargas.formats.asterix.editions.AsterixEditions;
import org.sargas.formats.asterix.observation.AsterixTimeProbe;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.AlertKind;
import org.sargas.model.airspace.Violation;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.track.Track;
import org.sargas.server.config.ConfigException;
import org.sargas.server.config.InputConfig;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.ingest.RawFrameClock;
import org.sargas.server.json.ViolationJson;
import org.sargas.server.live.PicturePublisher;
import org.sargas.server.live.SensorView;
import org.sargas.server.pipeline.IncidentJson;
import org.sargas.server.serve.DurableSink;
import org.sargas.server.serve.IncidentSink;
import org.sargas.server.serve.Replay;
import org.sargas.store.DataDirectory;
import org.sargas.store.evidence.EvidenceLog;
import org.sargas.store.incident.IncidentStore;
import org.sargas.store.journal.JournalDamage;
import org.sargas.store.recorder.IncidentRecorder;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sargas replay}: pushes a frame journal, or a recording (pcap/pcapng, or raw ASTERIX
 * stamped with its records' time of day), through the same pipeline as {@code serve} and prints the
 * violations (JSON lines, in first-seen order) or, with {@code --format json}, one document like
 * {@code scenario run --format json}. With {@code --data} the incidents go into that data
 * directory's store and evidence log as they would live. Event time comes from the data, so the
 * output is the same at any {@code --speed}.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Replay a frame journal (a serve data directory or its journal/) or a recording (pcap/pcapng,",
      "raw ASTERIX) through the serve pipeline; prints the violations as JSON lines, or one JSON",
      "document with --format json."
    })
public final class ReplayCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "JOURNAL_OR_RECORDING",
      description =
          "Data directory, journal directory, or a recording file (pcap, pcapng, raw ASTERIX).")
  Path journal;

  @Option(
      names = "--input",
      paramLabel = "ID",
      description =
          "Recordings: the configured input the recording was taken from (default: the only input, or the only one of its format).")
  String inputId;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description =
          "Raw ASTERIX recordings: the UTC date of the first record (default: the file's modification date).")
  java.time.LocalDate date;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description =
          "jsonl (violations, one per line) or json (one document: violations, alerts, warnings, summary).")
  String format;

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
    boolean recording = Files.isRegularFile(journal);
    Path j = recording ? journal : Replay.journalOf(journal);
    if (!recording && !Files.isDirectory(j)) {
      System.err.println("sargas replay: no journal or recording at " + journal);
      return SargasCli.EXIT_ENVIRONMENT;
    }
    if (!format.equals("jsonl") && !format.equals("json")) {
      System.err.println("sargas replay: --format must be jsonl or json");
      return 2;
    }
    ServeConfig c;
    try {
      Path copy = Replay.configCopy(journal);
      c =
          config != null
              ? ServeConfig.read(config)
              : !recording && Files.isRegularFile(copy)
                  ? ServeConfig.read(copy)
                  : ServeConfig.defaults();
    } catch (ConfigException e) {
      System.err.println("sargas replay: " + e.getMessage());
      return 2;
    }
    double speed = pace != null && pace.speed != null ? pace.speed : 0;
    if (speed < 0) {
      System.err.println("sargas replay: --speed must be positive");
      return 2;
    }
    InputConfig input = null;
    if (recording) {
      try {
        input = recordingInput(c);
      } catch (IllegalArgumentException e) {
        System.err.println("sargas replay: " + e.getMessage());
        return 2;
      }
    }
    Replay replay = new Replay(c, CountryBorders.easternFlank());
    IncidentSink.MemorySink memory = IncidentSink.memory();
    TrackCount tracks = new TrackCount();
    long t0 = System.nanoTime();
    Replay.Summary s;
    if (data != null) {
      Files.createDirectories(data);
      DataDirectory dd = new DataDirectory(data);
      try (EvidenceLog ev = EvidenceLog.open(dd.evidence(), InstantSource.system());
          IncidentStore store = IncidentStore.openSqlite(data)) {
        DurableSink durable = new DurableSink(new IncidentRecorder(ev, store), store);
        s = replay(replay, recording, j, input, speed, tee(durable, memory), tracks);
        ev.checkpoint();
      }
    } else {
      s = replay(replay, recording, j, input, speed, memory, tracks);
    }
    double elapsedS = (System.nanoTime() - t0) / 1e9;
    PrintStream out = System.out;
    ObjectMapper json = new ObjectMapper();
    if (format.equals("json")) {
      out.println(
          json.writerWithDefaultPrettyPrinter()
              .writeValueAsString(document(memory, s, tracks, elapsedS)));
    } else {
      for (Violation v : memory.violations()) {
        out.println(json.writeValueAsString(ViolationJson.toMap(v)));
      }
    }
    for (JournalDamage d : s.damages()) {
      System.err.println("journal damage: " + d);
    }
    for (DecodeFailure f : s.readFailures()) {
      System.err.println("recording: " + f);
    }
    System.err.printf(
        Locale.ROOT,
        "summary: %d frame(s), %d observation(s), %d scan(s), %d violation(s), %d alert(s) in %.1f s%n",
        s.frames(),
        s.observations(),
        s.scans(),
        memory.violations().size(),
        memory.alerts().size(),
        elapsedS);
    return s.damages().isEmpty() && s.readFailures().isEmpty() ? 0 : SargasCli.EXIT_FAILURES;
  }

  private Replay.Summary replay(
      Replay replay,
      boolean recording,
      Path j,
      InputConfig input,
      double speed,
      IncidentSink sink,
      TrackCount tracks)
      throws IOException {
    if (!recording) {
      return replay.run(j, speed, sink, tracks);
    }
    RawFrameClock rawTimes =
        input.format() == FrameFormat.ASTERIX
            ? asterixTimes(date != null ? date : fileDate(j))
            : (frame, previous) -> {
              throw new IllegalArgumentException(
                  "a raw "
                      + input.format()
                      + " recording carries no time of its own: record it as pcap/pcapng,"
                      + " or replay the node's journal");
            };
    ProgressBar bar = System.console() != null ? new ProgressBar(System.err) : null;
    try {
      return replay.runRecording(
          j, input.id(), rawTimes, speed, sink, tracks, bar == null ? Replay.Progress.NONE : bar);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
    }
  }

  /** The configured input a recording belongs to. */
  private InputConfig recordingInput(ServeConfig c) {
    if (inputId != null) {
      return c.inputs().stream()
          .filter(i -> i.id().equals(inputId))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "--input " + inputId + ": no such input in the configuration"));
    }
    if (c.inputs().size() == 1) {
      return c.inputs().get(0);
    }
    List<InputConfig> asterix =
        c.inputs().stream().filter(i -> i.format() == FrameFormat.ASTERIX).toList();
    if (asterix.size() == 1) {
      return asterix.get(0);
    }
    throw new IllegalArgumentException(
        "name the input the recording was taken from with --input (one of "
            + c.inputs().stream().map(InputConfig::id).toList()
            + ")");
  }

  private static java.time.LocalDate fileDate(Path p) throws IOException {
    return Files.getLastModifiedTime(p).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  /**
   * Raw ASTERIX blocks stamped with their first record's time of day, on {@code date} for the first
   * block and then on the day nearest the previous block (a recording across midnight rolls over).
   */
  static RawFrameClock asterixTimes(java.time.LocalDate date) {
    AsterixTimeProbe probe = new AsterixTimeProbe(AsterixEditions.latest());
    Instant midnight = date.atStartOfDay(ZoneOffset.UTC).toInstant();
    return (frame, previous) -> {
      double tod = probe.timeOfDayS(frame, 0, frame.length);
      Instant reference = previous != null ? previous : midnight.plusSeconds(43_200);
      if (Double.isNaN(tod)) {
        return previous != null ? previous : midnight;
      }
      return TimeOfDay.resolve(tod, reference);
    };
  }

  /** The document of {@code --format json}: the shape of {@code scenario run --format json}. */
  private static Map<String, Object> document(
      IncidentSink.MemorySink memory, Replay.Summary s, TrackCount tracks, double elapsedS) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("violations", memory.violations().stream().map(ViolationJson::toMap).toList());
    doc.put("crossings", memory.crossings().stream().map(ViolationJson::toMap).toList());
    doc.put("alerts", memory.alerts().stream().map(IncidentJson::toMap).toList());
    doc.put(
        "warnings",
        memory.alerts().stream()
            .filter(a -> a.kind() == AlertKind.EARLY_WARNING)
            .map(IncidentJson::warningOf)
            .toList());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("frames", s.frames());
    summary.put("observations", s.observations());
    summary.put("scans", s.scans());
    summary.put("tracks", tracks.ids.size());
    summary.put("violations", memory.violations().size());
    summary.put("crossings", memory.crossings().size());
    summary.put("alerts", memory.alerts().size());
    summary.put("decodeFailures", s.metrics().sum("sargas_decode_errors_total"));
    summary.put("lateReports", s.metrics().value("sargas_late_reports_total", ""));
    summary.put("elapsedS", Math.round(elapsedS * 1000) / 1000.0);
    doc.put("summary", summary);
    return doc;
  }

  /** Counts the tracks a replay showed. */
  private static final class TrackCount implements PicturePublisher {
    final java.util.Set<String> ids = new java.util.HashSet<>();

    @Override
    public void tracks(Instant time, List<Track> changed, List<String> dropped) {
      changed.forEach(t -> ids.add(t.trackId()));
    }

    @Override
    public void violation(Violation v) {}

    @Override
    public void alert(
        Alert a, String s, org.sargas.store.incident.Acknowledgement k, String v, long n) {}

    @Override
    public void sensors(List<SensorView> sensors) {}
  }

  /** A one-line progress bar with the recorded time and an ETA, on a terminal only. */
  private static final class ProgressBar implements Replay.Progress {
    private final PrintStream err;
    private final long t0 = System.nanoTime();

    ProgressBar(PrintStream err) {
      this.err = err;
    }

    @Override
    public void at(double fraction, Instant recordedTime) {
      double elapsed = (System.nanoTime() - t0) / 1e9;
      int width = 30;
      int done = (int) Math.round(fraction * width);
      String eta =
          fraction > 0.01 && fraction < 1
              ? String.format(Locale.ROOT, "ETA %.0f s", elapsed * (1 - fraction) / fraction)
              : "";
      err.printf(
          Locale.ROOT,
          "\r[%s%s] %3.0f%% %s %s",
          "#".repeat(done),
          " ".repeat(width - done),
          fraction * 100,
          recordedTime == null ? "" : recordedTime.toString(),
          eta);
      if (fraction >= 1) {
        err.println();
      }
      err.flush();
    }
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
