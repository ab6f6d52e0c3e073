package org.sargas.flink.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.flink.job.FeedDecoders;
import org.sargas.flink.job.PipelineFactory;
import org.sargas.formats.ObservationDecoder;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.feed.ObservationDecoders;
import org.sargas.pipeline.PipelineSetup;
import org.sargas.pipeline.SurveillancePipeline;
import org.sargas.pipeline.identity.FlightPlanBook;
import org.sargas.server.config.InputConfig;
import org.sargas.server.config.SensorConfig;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.pipeline.NodePipelineSetup;
import org.sargas.server.plans.AerodromeDirectory;
import org.sargas.server.plans.FlightPlanFiles;

/**
 * A region's pipeline and feeds from a node configuration (the YAML of {@code sargas serve},
 * docs/serve.md): the same {@link NodePipelineSetup} and the same decoder per input as {@code
 * serve}'s pipeline worker. The frames topic's key is the input id. The YAML travels with the job
 * (a string), so task managers need no copy of the file; the flight-plan files it names ({@code
 * identity.flightPlans}) are read where the pipeline is built, once per task (a task manager
 * without them tracks without plans).
 */
public final class NodeConfigInputs implements PipelineFactory, FeedDecoders {
  private static final long serialVersionUID = 1L;

  private final String yaml;
  private final String source;
  private transient ServeConfig config;
  private transient PipelineSetup setup;
  private transient FlightPlanBook plans;

  /**
   * @param yaml the configuration's text (validated here, so a bad file fails before submission)
   * @param source where it came from (named in errors)
   */
  public NodeConfigInputs(String yaml, String source) {
    this.yaml = yaml;
    this.source = source;
    config();
  }

  private ServeConfig config() {
    if (config == null) {
      try {
        config =
            ServeConfig.read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return config;
  }

  @Override
  public SurveillancePipeline newPipeline(long region) {
    if (setup == null) {
      setup = NodePipelineSetup.of(config(), CountryBorders.easternFlank());
    }
    SurveillancePipeline p = new SurveillancePipeline(setup);
    if (plans == null) {
      List<Path> files = config().identity().flightPlans().stream().map(Path::of).toList();
      plans =
          files.isEmpty()
              ? new FlightPlanBook(List.of())
              : new FlightPlanFiles(files, AerodromeDirectory.basemap()).loadIfChanged();
    }
    if (!plans.plans().isEmpty()) {
      p.identity().useFlightPlans(plans);
    }
    return p;
  }

  @Override
  public ObservationDecoder decoderFor(String sourceId) {
    List<SensorCalibration> calibrations = new ArrayList<>();
    Map<String, SensorCalibration> byId = new HashMap<>();
    for (SensorConfig s : config().sensors()) {
      SensorCalibration c = s.toCalibration();
      calibrations.add(c);
      byId.put(s.id(), c);
    }
    for (InputConfig in : config().inputs()) {
      if (in.id().equals(sourceId)) {
        SensorCalibration receiver = in.sensorId() == null ? null : byId.get(in.sensorId());
        return ObservationDecoders.forFeed(in.format(), calibrations, receiver);
      }
    }
    return null;
  }
}
