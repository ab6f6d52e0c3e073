package org.sargas.flink.local;

import java.util.List;
import org.sargas.airspace.airport.AirportZone;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.flink.job.FeedDecoders;
import org.sargas.flink.job.PipelineFactory;
import org.sargas.formats.ObservationDecoder;
import org.sargas.pipeline.PipelineSetup;
import org.sargas.pipeline.SurveillancePipeline;
import org.sargas.pipeline.identity.FlightPlanBook;
import org.sargas.pipeline.sector.SectorSettings;
import org.sargas.server.pipeline.ScenarioRun;
import org.sargas.server.pipeline.ScenarioWire;
import org.sargas.sim.SimulationResult;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.scenario.ScenarioSensor;

/**
 * A scenario's pipeline and feeds, rebuilt inside each task from the scenario's name: the same
 * set-up as {@code sargas scenario run} ({@link ScenarioRun#setup}, its flight plans) and the same
 * decoders as its wire ({@link ScenarioWire#decoder}).
 */
public final class ScenarioInputs implements PipelineFactory, FeedDecoders {
  private static final long serialVersionUID = 1L;

  private final String scenarioName;
  private final Long seed;
  private final int sectorColumns;
  private final int sectorRows;
  private transient Scenario scenario;
  private transient PipelineSetup setup;

  /**
   * @param scenarioName a built-in scenario or a scenario file
   * @param seed the seed override, or null
   */
  public ScenarioInputs(String scenarioName, Long seed) {
    this(scenarioName, seed, SectorSettings.single());
  }

  /**
   * @param sectors the tracking sectors inside the pipeline (decision 1201; halo: the default)
   */
  public ScenarioInputs(String scenarioName, Long seed, SectorSettings sectors) {
    this.scenarioName = scenarioName;
    this.seed = seed;
    this.sectorColumns = sectors.columns();
    this.sectorRows = sectors.rows();
  }

  /** The scenario. */
  public Scenario scenario() {
    if (scenario == null) {
      Scenario s =
          new ScenarioCatalog()
              .find(scenarioName)
              .orElseThrow(() -> new IllegalArgumentException("unknown scenario " + scenarioName));
      scenario = seed == null ? s : s.withSeed(seed);
    }
    return scenario;
  }

  @Override
  public SurveillancePipeline newPipeline(long region) {
    if (setup == null) {
      Scenario s = scenario();
      ScenarioRun run =
          new ScenarioRun(CountryBorders.easternFlank())
              .withSectors(
                  new SectorSettings(sectorColumns, sectorRows, SectorSettings.DEFAULT_HALO_M));
      List<AirportZone> airports = run.airportZones(s);
      List<ZoneArea> zones = run.watchedZones(s, airports);
      SimulationResult sensorsOnly =
          new SimulationResult(
              s, s.sensors().stream().map(ScenarioSensor::toSensor).toList(), List.of(), List.of());
      setup = run.setup(s, sensorsOnly, zones, airports);
    }
    SurveillancePipeline p = new SurveillancePipeline(setup);
    p.identity().useFlightPlans(new FlightPlanBook(scenario().flightPlans()));
    return p;
  }

  @Override
  public ObservationDecoder decoderFor(String sourceId) {
    Scenario s = scenario();
    for (ScenarioSensor sensor : s.sensors()) {
      if (sensor.id().equals(sourceId) && ScenarioWire.onWire(sensor)) {
        return new ScenarioWire(s).decoder(sensor);
      }
    }
    return null;
  }
}
