package org.sargas.flink.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.sargas.flink.config.NodeConfigInputs;
import org.sargas.flink.job.JobSettings;
import org.sargas.flink.job.SurveillanceJob;
import org.sargas.flink.kafka.KafkaFrames;
import org.sargas.flink.kafka.KafkaOutputs;
import org.sargas.server.cli.SargasCli;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sargas flink job}: the job on a real cluster (docs/scale-out.md): frames from Kafka, the
 * pipeline of a node configuration, outputs to Kafka exactly once. Submitted with Flink's own tools
 * (application mode: the main class is {@code org.sargas.flink.cli.FlinkCli}, arguments {@code job
 * …}); checkpoint storage, state backend and restart strategy come from the cluster's
 * configuration.
 */
@Command(
    name = "job",
    mixinStandardHelpOptions = true,
    description = {
      "Run the surveillance job on the Flink cluster this JVM was submitted to: frames from topic"
          + " sargas.frames (key = input id), the pipeline of a node configuration, tracks,"
          + " violations, warnings and alerts to their topics exactly once.",
      "Exit code 0 when the job ends, 2 for bad arguments, 3 if it cannot run."
    })
final class FlinkJobCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--bootstrap", required = true, description = "Kafka bootstrap servers.")
  String bootstrap;

  @Option(
      names = "--config",
      required = true,
      description = "Node configuration (YAML of sargas serve: region, sensors, inputs).")
  Path config;

  @Option(
      names = "--transactional-id-prefix",
      defaultValue = "sargas",
      description = "Unique per job on the Kafka cluster (default ${DEFAULT-VALUE}).")
  String transactionalIdPrefix;

  @Option(
      names = "--checkpoint-interval-ms",
      defaultValue = "10000",
      description = "Checkpoint (and output commit) interval (default ${DEFAULT-VALUE}).")
  long checkpointMs;

  @Option(
      names = "--lateness-s",
      defaultValue = "0.3",
      description = "How long a scan waits for late reports (default ${DEFAULT-VALUE}).")
  double latenessS;

  @Override
  public Integer call() throws Exception {
    String yaml;
    NodeConfigInputs inputs;
    try {
      yaml = Files.readString(config);
      inputs = new NodeConfigInputs(yaml, config.toString());
    } catch (java.io.IOException | RuntimeException e) {
      spec.commandLine().getErr().println("sargas flink job: " + e.getMessage());
      return SargasCli.EXIT_ENVIRONMENT;
    }
    JobSettings d = JobSettings.defaults();
    JobSettings settings =
        new JobSettings(
            d.framesTopic(),
            d.tracksTopic(),
            d.violationsTopic(),
            d.warningsTopic(),
            d.alertsTopic(),
            d.sliceS(),
            latenessS,
            d.outOfOrdernessMs(),
            d.idlenessMs(),
            Long.MIN_VALUE);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(checkpointMs);
    new SurveillanceJob(settings, inputs, inputs)
        .build(
            env,
            KafkaFrames.source(bootstrap, settings.framesTopic(), "sargas-flink", false),
            KafkaOutputs.exactlyOnce(
                bootstrap,
                transactionalIdPrefix,
                900_000,
                java.util.List.of(
                    settings.tracksTopic(),
                    settings.violationsTopic(),
                    settings.warningsTopic(),
                    settings.alertsTopic())));
    env.execute("sargas surveillance");
    return 0;
  }
}
