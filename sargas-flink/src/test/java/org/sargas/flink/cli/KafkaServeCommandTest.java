package org.sargas.flink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code sargas serve --kafka}: the options of {@code sargas serve} plus the Kafka link's. */
class KafkaServeCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new FlinkCli());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void helpNamesTheServeOptionsAndTheKafkaOnes() {
    assertThat(run("serve", "--help")).isZero();
    assertThat(out.toString())
        .contains("--kafka=BOOTSTRAP", "--config=FILE", "--port", "--data=DIR")
        .contains("--frames-topic=TOPIC", "--alerts-topic=TOPIC", "Default sargas.alerts");
  }

  @Test
  void withoutBootstrapServersItRefusesToStart() {
    assertThat(run("serve", "--config", "node.yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("--kafka");
  }

  @Test
  void aMissingConfigurationFileIsReportedBeforeAnyConnection() {
    assertThat(run("serve", "--kafka", "127.0.0.1:1", "--config", "/nonexistent/node.yaml"))
        .isEqualTo(3);
  }
}
