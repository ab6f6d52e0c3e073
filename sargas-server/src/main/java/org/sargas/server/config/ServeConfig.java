package org.sargas.server.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The configuration of {@code sargas serve}, read from YAML (docs/serve.md). Every member has a
 * default, so an empty file (or none: {@link #defaults()}) is a valid configuration.
 *
 * @param port HTTP/WebSocket port
 * @param dataDir data directory (journal, evidence log, SQLite database)
 * @param database incident store settings
 * @param journal frame journal settings
 * @param pipeline pipeline settings
 * @param region the tracker's working region and the protected countries
 * @param sensors the sensors feeding this node
 * @param inputs the ingest sources
 * @param evidence evidence log settings
 * @param history in-memory track history settings
 * @param web what the web map shows (tile source, languages, friendly lists)
 * @param identity identification criteria, flight plans, clearances and friendly lists
 *     (docs/identity.md)
 * @param outputs where the live picture and alerts are sent: ASTERIX CAT062, Cursor-on-Target, TAK
 *     protocol, webhooks (docs/sharing.md)
 * @param federation links to partner nodes sharing tracks over mutual TLS, or null for none
 *     (docs/sharing.md)
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ServeConfig(
    Integer port,
    String dataDir,
    DatabaseConfig database,
    JournalSettings journal,
    PipelineSettings pipeline,
    RegionConfig region,
    List<SensorConfig> sensors,
    List<InputConfig> inputs,
    EvidenceSettings evidence,
    HistorySettings history,
    WebSettings web,
    IdentityConfig identity,
    List<OutputConfig> outputs,
    FederationConfig federation) {

  /** Classpath resource of the embedded default configuration. */
  public static final String DEFAULT_RESOURCE = "/org/sargas/server/config/default-config.yaml";

  public ServeConfig {
    port = port == null ? 8080 : port;
    dataDir = dataDir == null ? "sargas-data" : dataDir;
    database = database == null ? new DatabaseConfig(null, null, null) : database;
    journal = journal == null ? new JournalSettings(null, null, null, null, null) : journal;
    pipeline =
        pipeline == null ? new PipelineSettings(null, null, null, null, null, null) : pipeline;
    region = region == null ? new RegionConfig(null, null, null) : region;
    sensors = sensors == null ? List.of() : List.copyOf(sensors);
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    evidence = evidence == null ? new EvidenceSettings(null) : evidence;
    history = history == null ? new HistorySettings(null, null) : history;
    web = web == null ? WebSettings.defaults() : web;
    identity = identity == null ? IdentityConfig.defaults() : identity;
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
  }

  /** A configuration without federation (the members before {@code federation} existed). */
  public ServeConfig(
      Integer port,
      String dataDir,
      DatabaseConfig database,
      JournalSettings journal,
      PipelineSettings pipeline,
      RegionConfig region,
      List<SensorConfig> sensors,
      List<InputConfig> inputs,
      EvidenceSettings evidence,
      HistorySettings history,
      WebSettings web,
      IdentityConfig identity,
      List<OutputConfig> outputs) {
    this(
        port, dataDir, database, journal, pipeline, region, sensors, inputs, evidence, history, web,
        identity, outputs, null);
  }

  /** A configuration without outputs (the members before {@code outputs} existed). */
  public ServeConfig(
      Integer port,
      String dataDir,
      DatabaseConfig database,
      JournalSettings journal,
      PipelineSettings pipeline,
      RegionConfig region,
      List<SensorConfig> sensors,
      List<InputConfig> inputs,
      EvidenceSettings evidence,
      HistorySettings history,
      WebSettings web,
      IdentityConfig identity) {
    this(
        port, dataDir, database, journal, pipeline, region, sensors, inputs, evidence, history, web,
        identity, null);
  }

  /** A configuration with the default identity settings. */
  public ServeConfig(
      Integer port,
      String dataDir,
      DatabaseConfig database,
      JournalSettings journal,
      PipelineSettings pipeline,
      RegionConfig region,
      List<SensorConfig> sensors,
      List<InputConfig> inputs,
      EvidenceSettings evidence,
      HistorySettings history,
      WebSettings web) {
    this(
        port, dataDir, database, journal, pipeline, region, sensors, inputs, evidence, history, web,
        null);
  }

  /** A configuration with the default web settings (the members before {@code web} existed). */
  public ServeConfig(
      Integer port,
      String dataDir,
      DatabaseConfig database,
      JournalSettings journal,
      PipelineSettings pipeline,
      RegionConfig region,
      List<SensorConfig> sensors,
      List<InputConfig> inputs,
      EvidenceSettings evidence,
      HistorySettings history) {
    this(
        port, dataDir, database, journal, pipeline, region, sensors, inputs, evidence, history,
        null);
  }

  /** The embedded default configuration (docs/serve.md). */
  public static ServeConfig defaults() {
    try (InputStream in = ServeConfig.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      return read(in, DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a YAML configuration file. */
  public static ServeConfig read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads YAML; unknown keys are errors naming the file.
   *
   * @throws ConfigException if the YAML is malformed or inconsistent
   */
  public static ServeConfig read(InputStream in, String source) throws IOException {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    ServeConfig c;
    try {
      c = yaml.readValue(in, ServeConfig.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new ConfigException(source + ": " + e.getOriginalMessage());
    }
    if (c == null) {
      c = new ServeConfig(null, null, null, null, null, null, null, null, null, null, null);
    }
    c.validate(source);
    return c;
  }

  /** A copy with another port. */
  public ServeConfig withPort(int newPort) {
    return new ServeConfig(
        newPort,
        dataDir,
        database,
        journal,
        pipeline,
        region,
        sensors,
        inputs,
        evidence,
        history,
        web,
        identity,
        outputs,
        federation);
  }

  /** A copy with another data directory. */
  public ServeConfig withDataDir(String dir) {
    return new ServeConfig(
        port,
        dir,
        database,
        journal,
        pipeline,
        region,
        sensors,
        inputs,
        evidence,
        history,
        web,
        identity,
        outputs,
        federation);
  }

  /** A copy with other sensors and inputs. */
  public ServeConfig withFeeds(List<SensorConfig> newSensors, List<InputConfig> newInputs) {
    return new ServeConfig(
        port,
        dataDir,
        database,
        journal,
        pipeline,
        region,
        newSensors,
        newInputs,
        evidence,
        history,
        web,
        identity,
        outputs,
        federation);
  }

  /** A copy without the database password (kept in the data directory for replays). */
  public ServeConfig withoutSecrets() {
    return withDatabase(new DatabaseConfig(database.jdbcUrl(), database.user(), null))
        .withOutputs(outputs.stream().map(OutputConfig::withoutSecrets).toList());
  }

  /** A copy with other outputs. */
  public ServeConfig withOutputs(List<OutputConfig> newOutputs) {
    return new ServeConfig(
        port,
        dataDir,
        database,
        journal,
        pipeline,
        region,
        sensors,
        inputs,
        evidence,
        history,
        web,
        identity,
        newOutputs,
        federation);
  }

  /** A copy with federation links (null: none). */
  public ServeConfig withFederation(FederationConfig f) {
    return new ServeConfig(
        port, dataDir, database, journal, pipeline, region, sensors, inputs, evidence, history, web,
        identity, outputs, f);
  }

  /** A copy with another database. */
  public ServeConfig withDatabase(DatabaseConfig db) {
    return new ServeConfig(
        port,
        dataDir,
        db,
        journal,
        pipeline,
        region,
        sensors,
        inputs,
        evidence,
        history,
        web,
        identity,
        outputs,
        federation);
  }

  /** A copy with other pipeline settings. */
  public ServeConfig withPipeline(PipelineSettings p) {
    return new ServeConfig(
        port,
        dataDir,
        database,
        journal,
        p,
        region,
        sensors,
        inputs,
        evidence,
        history,
        web,
        identity,
        outputs,
        federation);
  }

  /** A copy with other web settings. */
  public ServeConfig withWeb(WebSettings w) {
    return new ServeConfig(
        port,
        dataDir,
        database,
        journal,
        pipeline,
        region,
        sensors,
        inputs,
        evidence,
        history,
        w,
        identity,
        outputs,
        federation);
  }

  /** A copy with other identity settings. */
  public ServeConfig withIdentity(IdentityConfig i) {
    return new ServeConfig(
        port,
        dataDir,
        database,
        journal,
        pipeline,
        region,
        sensors,
        inputs,
        evidence,
        history,
        web,
        i,
        outputs,
        federation);
  }

  /** Checks cross references (input sensors exist, ids unique). */
  public void validate(String source) {
    Set<String> ids = new HashSet<>();
    for (SensorConfig s : sensors) {
      if (!ids.add(s.id())) {
        throw new ConfigException(source + ": duplicate sensor id " + s.id());
      }
    }
    Set<String> inputIds = new HashSet<>();
    List<String> errors = new ArrayList<>();
    for (InputConfig in : inputs) {
      if (!inputIds.add(in.id())) {
        errors.add("duplicate input id " + in.id());
      }
      if (in.sensorId() != null && !ids.contains(in.sensorId())) {
        errors.add("input " + in.id() + ": unknown sensor " + in.sensorId());
      }
    }
    if (!(pipeline.sliceS() > 0)
        || pipeline.latenessS() < 0
        || !(pipeline.systemTrackLatenessS() >= 0)) {
      errors.add("pipeline.sliceS must be > 0, latenessS and systemTrackLatenessS >= 0");
    }
    errors.addAll(web.problems());
    Set<String> outputIds = new HashSet<>();
    for (OutputConfig o : outputs) {
      if (!outputIds.add(o.id())) {
        errors.add("duplicate output id " + o.id());
      }
    }
    if (!errors.isEmpty()) {
      throw new ConfigException(source + ": " + String.join("; ", errors));
    }
  }
}
