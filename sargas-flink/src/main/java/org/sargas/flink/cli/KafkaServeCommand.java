package org.sargas.flink.cli;

import java.util.concurrent.Callable;
import org.sargas.flink.job.JobSettings;
import org.sargas.flink.serve.KafkaBackend;
import org.sargas.flink.serve.KafkaServeSettings;
import org.sargas.server.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sargas serve --kafka BOOTSTRAP}: the live node with its pipeline in the Flink job
 * (decision 1702; the launcher sends {@code serve} with {@code --kafka} here). The options of
 * {@code sargas serve} plus the Kafka link's.
 */
@Command(
    name = "serve",
    description = {
      "Run the live node with its pipeline on a Kafka + Flink cluster (docs/scale-out.md): ingested"
          + " frames are journaled and published to the frames topic; the job's tracks,"
          + " violations, warnings and alerts are read back (read_committed) into the store,"
          + " evidence log, API and web map.",
      "Run `sargas flink job` with the same node configuration. Exit code 2 for bad arguments, 3 if"
          + " the node cannot start."
    })
final class KafkaServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin ServeCommand serve;

  @Option(
      names = "--kafka",
      required = true,
      paramLabel = "BOOTSTRAP",
      description = "Kafka bootstrap servers (host:port[,host:port…]).")
  String bootstrap;

  @Option(
      names = "--frames-topic",
      paramLabel = "TOPIC",
      description = "Topic the frames go to (default: the job's, ${DEFAULT-VALUE}).")
  String framesTopic = JobSettings.defaults().framesTopic();

  @Option(names = "--tracks-topic", paramLabel = "TOPIC", description = "Default ${DEFAULT-VALUE}.")
  String tracksTopic = JobSettings.defaults().tracksTopic();

  @Option(
      names = "--violations-topic",
      paramLabel = "TOPIC",
      description = "Default ${DEFAULT-VALUE}.")
  String violationsTopic = JobSettings.defaults().violationsTopic();

  @Option(
      names = "--warnings-topic",
      paramLabel = "TOPIC",
      description = "Default ${DEFAULT-VALUE}.")
  String warningsTopic = JobSettings.defaults().warningsTopic();

  @Option(names = "--alerts-topic", paramLabel = "TOPIC", description = "Default ${DEFAULT-VALUE}.")
  String alertsTopic = JobSettings.defaults().alertsTopic();

  @Option(
      names = "--group-id",
      paramLabel = "ID",
      description = "Consumer group of the output reader, one per node (default ${DEFAULT-VALUE}).")
  String groupId = "sargas-serve";

  @Option(
      names = "--gap-timeout-ms",
      paramLabel = "MS",
      description =
          "How long a missing output sequence number is waited for before it is skipped"
              + " (default ${DEFAULT-VALUE}).")
  long gapTimeoutMs = 5000;

  @Override
  public Integer call() {
    JobSettings d = JobSettings.defaults();
    JobSettings topics =
        new JobSettings(
            framesTopic,
            tracksTopic,
            violationsTopic,
            warningsTopic,
            alertsTopic,
            d.sliceS(),
            d.latenessS(),
            d.outOfOrdernessMs(),
            d.idlenessMs(),
            d.endOfDataNanos());
    KafkaServeSettings settings;
    try {
      settings =
          new KafkaServeSettings(
              bootstrap,
              topics,
              groupId,
              gapTimeoutMs,
              KafkaServeSettings.defaults(bootstrap).scanQuietMs());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    return serve.runWith(new KafkaBackend(settings));
  }
}
