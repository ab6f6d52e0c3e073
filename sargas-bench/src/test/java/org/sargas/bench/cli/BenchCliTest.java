package org.sargas.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code sargas bench}: lists, runs by name with the options, prints JSON with the machine. */
class BenchCliTest {
  private static final NamedBenchmark ECHO =
      new NamedBenchmark() {
        @Override
        public String name() {
          return "echo";
        }

        @Override
        public String description() {
          return "returns its options";
        }

        @Override
        public Map<String, Object> run(BenchOptions o) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("runs", BenchOptions.or(o.runs(), 7));
          m.put("seed", o.seed());
          return m;
        }
      };

  private static String run(String... args) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      int code = new CommandLine(new BenchCli(List.of(ECHO))).execute(args);
      return code + "\n" + buf.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(old);
    }
  }

  @Test
  void listsRunsByNameAndPrintsJson() throws Exception {
    assertThat(run("--list")).startsWith("0\n").contains("echo").contains("returns its options");
    String out = run("echo", "--format", "json", "--runs", "3", "--seed", "5");
    assertThat(out).startsWith("0\n");
    JsonNode doc = new ObjectMapper().readTree(out.substring(2));
    assertThat(doc.path("benchmark").asText()).isEqualTo("echo");
    assertThat(doc.path("runs").asInt()).isEqualTo(3);
    assertThat(doc.path("seed").asLong()).isEqualTo(5);
    assertThat(doc.path("machine").path("processors").asInt()).isPositive();
    assertThat(run("echo").split("\n")[1]).as("text: one line per figure").startsWith("benchmark");
  }

  @Test
  void unknownNamesAndFormatsAreUsageErrors() {
    assertThat(run("nope")).startsWith("2\n");
    assertThat(run("echo", "--format", "xml")).startsWith("2\n");
  }

  @Test
  void everyRegisteredBenchmarkHasAUniqueName() {
    List<String> names = Benchmarks.all().stream().map(NamedBenchmark::name).toList();
    assertThat(names).doesNotHaveDuplicates().contains("su30-monte-carlo");
  }
}
