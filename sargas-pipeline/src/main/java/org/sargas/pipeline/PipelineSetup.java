package org.sargas.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.airspace.monitor.MonitorSettings;
import org.sargas.airspace.monitor.PathModel;
import org.sargas.airspace.warning.WarningSettings;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.sensor.SensorKind;
import org.sargas.pipeline.identity.IdentificationCriteria;
import org.sargas.pipeline.sector.SectorSettings;
import org.sargas.pipeline.trust.TrustSettings;
import org.sargas.track.TrackerConfig;

/**
 * Everything the {@link SurveillancePipeline} is built from. A runtime (scenario run, serve, Flink)
 * assembles one from its own configuration; the pipeline never reads files.
 *
 * @param region the local tangent plane the tracker works in
 * @param sensors every sensor that may report, by id (the gate rejects others); order kept
 * @param borders country borders (origin and exit countries of violations)
 * @param zones the watched zones: national airspaces, zones from zone files and the airports' drone
 *     protection zones
 * @param airports the airports whose runway operations are suspended while a drone is in their zone
 *     (their zones must also be in {@code zones})
 * @param tracker the tracker's configuration
 * @param monitor the airspace monitor's settings
 * @param warning the early warning's settings
 * @param gate the plausibility gate's limits
 * @param identification the identification criteria of the identity stage
 * @param sectors how tracking is partitioned by geographic sector (decision 1201); one sector by
 *     default
 * @param trust the limits of the trust stage (spoofing and interference checks)
 */
public record PipelineSetup(
    LocalTangentPlane region,
    Map<String, Sensor> sensors,
    CountryBorders borders,
    List<ZoneArea> zones,
    List<AirportWatch> airports,
    TrackerConfig tracker,
    MonitorSettings monitor,
    WarningSettings warning,
    GateSettings gate,
    IdentificationCriteria identification,
    SectorSettings sectors,
    TrustSettings trust) {
  public PipelineSetup {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(borders, "borders");
    sensors = Collections.unmodifiableMap(new LinkedHashMap<>(sensors));
    zones = List.copyOf(zones);
    airports = List.copyOf(airports);
    tracker = tracker == null ? TrackerConfig.defaults() : tracker;
    monitor =
        monitor == null ? MonitorSettings.defaults().withPathModel(PathModel.HERMITE) : monitor;
    warning = warning == null ? WarningSettings.defaults() : warning;
    gate = gate == null ? GateSettings.defaults() : gate;
    identification = identification == null ? IdentificationCriteria.defaults() : identification;
    sectors = sectors == null ? SectorSettings.single() : sectors;
    trust = trust == null ? TrustSettings.defaults() : trust;
  }

  /** A setup with the default trust limits. */
  public PipelineSetup(
      LocalTangentPlane region,
      Map<String, Sensor> sensors,
      CountryBorders borders,
      List<ZoneArea> zones,
      List<AirportWatch> airports,
      TrackerConfig tracker,
      MonitorSettings monitor,
      WarningSettings warning,
      GateSettings gate,
      IdentificationCriteria identification,
      SectorSettings sectors) {
    this(
        region,
        sensors,
        borders,
        zones,
        airports,
        tracker,
        monitor,
        warning,
        gate,
        identification,
        sectors,
        null);
  }

  /** A setup with one tracking sector. */
  public PipelineSetup(
      LocalTangentPlane region,
      Map<String, Sensor> sensors,
      CountryBorders borders,
      List<ZoneArea> zones,
      List<AirportWatch> airports,
      TrackerConfig tracker,
      MonitorSettings monitor,
      WarningSettings warning,
      GateSettings gate,
      IdentificationCriteria identification) {
    this(
        region,
        sensors,
        borders,
        zones,
        airports,
        tracker,
        monitor,
        warning,
        gate,
        identification,
        null);
  }

  /** A setup with the default identification criteria. */
  public PipelineSetup(
      LocalTangentPlane region,
      Map<String, Sensor> sensors,
      CountryBorders borders,
      List<ZoneArea> zones,
      List<AirportWatch> airports,
      TrackerConfig tracker,
      MonitorSettings monitor,
      WarningSettings warning,
      GateSettings gate) {
    this(region, sensors, borders, zones, airports, tracker, monitor, warning, gate, null, null);
  }

  /** Default tracker, monitor (Hermite path), warning and gate settings. */
  public static PipelineSetup of(
      LocalTangentPlane region,
      Map<String, Sensor> sensors,
      CountryBorders borders,
      List<ZoneArea> zones,
      List<AirportWatch> airports) {
    return new PipelineSetup(region, sensors, borders, zones, airports, null, null, null, null);
  }

  /** A copy with another tracker configuration. */
  public PipelineSetup withTracker(TrackerConfig t) {
    return new PipelineSetup(
        region,
        sensors,
        borders,
        zones,
        airports,
        t,
        monitor,
        warning,
        gate,
        identification,
        sectors,
        trust);
  }

  /** A copy with other gate limits. */
  public PipelineSetup withGate(GateSettings g) {
    return new PipelineSetup(
        region,
        sensors,
        borders,
        zones,
        airports,
        tracker,
        monitor,
        warning,
        g,
        identification,
        sectors,
        trust);
  }

  /** A copy with other identification criteria. */
  public PipelineSetup withIdentification(IdentificationCriteria criteria) {
    return new PipelineSetup(
        region, sensors, borders, zones, airports, tracker, monitor, warning, gate, criteria,
        sectors, trust);
  }

  /** A copy with another sector partitioning. */
  public PipelineSetup withSectors(SectorSettings s) {
    return new PipelineSetup(
        region,
        sensors,
        borders,
        zones,
        airports,
        tracker,
        monitor,
        warning,
        gate,
        identification,
        s,
        trust);
  }

  /** A copy with other trust limits. */
  public PipelineSetup withTrust(TrustSettings t) {
    return new PipelineSetup(
        region,
        sensors,
        borders,
        zones,
        airports,
        tracker,
        monitor,
        warning,
        gate,
        identification,
        sectors,
        t);
  }

  /**
   * The sensors registered with the tracker: all but cooperative receivers (ADS-B, Remote ID). The
   * tracker counts a registered sensor's coverage as a chance to detect every target, which a
   * cooperative receiver never has for a non-cooperative one; registering it would keep such tracks
   * from being confirmed. In the order of {@code sensors}.
   */
  public Map<String, Sensor> trackerSensors() {
    Map<String, Sensor> m = new LinkedHashMap<>();
    sensors.forEach(
        (id, s) -> {
          if (s.kind() != SensorKind.ADSB_RECEIVER && s.kind() != SensorKind.REMOTE_ID_RECEIVER) {
            m.put(id, s);
          }
        });
    return m;
  }
}
