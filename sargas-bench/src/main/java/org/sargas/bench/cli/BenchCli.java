package org.sargas.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sargas bench [--list] NAME [--format text|json] [--runs N] [--seed N] [--targets N]
 * [--rate N] [--duration-s N] [--ramp] [--subscribers N]}. The launcher runs it with the benchmark
 * module's class path; docs/benchmarks.md gives each command, its machine and its result. Exit
 * codes: 0 done, 2 usage error.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {"Runs a benchmark of docs/benchmarks.md by name and prints its figures."})
public final class BenchCli implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "NAME", description = "The benchmark (see --list).")
  String name;

  @Option(names = "--list", description = "Name every benchmark with one line about it.")
  boolean list;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--runs",
      defaultValue = "-1",
      description = "Runs / repetitions (benchmark's default).")
  int runs;

  @Option(names = "--seed", defaultValue = "-1", description = "First seed (benchmark's default).")
  long seed;

  @Option(
      names = "--targets",
      defaultValue = "-1",
      description = "Simulated targets (benchmark's default).")
  int targets;

  @Option(
      names = {"--tracks"},
      defaultValue = "-1",
      description = "Live tracks (serve, map: same as --targets).")
  int tracks;

  @Option(
      names = "--rate",
      defaultValue = "-1",
      description = "Offered reports per second (serve; benchmark's default).")
  double rate;

  @Option(
      names = "--duration-s",
      defaultValue = "-1",
      description = "Measured seconds (serve, map; benchmark's default).")
  double durationS;

  @Option(
      names = "--ramp",
      description =
          "serve: raise the rate until reports are dropped; report the highest sustained.")
  boolean ramp;

  @Option(
      names = "--subscribers",
      defaultValue = "-1",
      description = "WebSocket subscribers (serve 1, map 500).")
  int subscribers;

  @Option(
      names = "--slice-s",
      defaultValue = "-1",
      description = "serve: the node's scan slice, s (node default 1).")
  double sliceS;

  @Option(
      names = "--lateness-s",
      defaultValue = "-1",
      description = "serve: the node's lateness allowance, s (node default 1).")
  double latenessS;

  @Option(
      names = "--sectors",
      defaultValue = "-1",
      description = "serve: tracking sectors side by side, one thread each (node default 1).")
  int sectorColumns;

  private final List<NamedBenchmark> benchmarks;

  /** The command over the registered benchmarks. */
  public BenchCli(List<NamedBenchmark> benchmarks) {
    this.benchmarks = List.copyOf(benchmarks);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCli(Benchmarks.all())).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    if (list || name == null) {
      for (NamedBenchmark b : benchmarks) {
        out.printf(Locale.ROOT, "%-18s %s%n", b.name(), b.description());
      }
      return name == null && !list ? 2 : 0;
    }
    if (!format.equals("text") && !format.equals("json")) {
      System.err.println("sargas bench: --format must be text or json");
      return 2;
    }
    NamedBenchmark b =
        benchmarks.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
    if (b == null) {
      System.err.println("sargas bench: no benchmark " + name + " (see --list)");
      return 2;
    }
    boolean json = format.equals("json");
    Map<String, Object> figures =
        b.run(
            new BenchOptions(
                runs,
                seed,
                tracks >= 0 ? tracks : targets,
                json ? System.err : out,
                rate,
                durationS,
                ramp,
                subscribers,
                sliceS,
                latenessS,
                sectorColumns));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("benchmark", b.name());
    doc.put("machine", machine());
    doc.putAll(figures);
    if (json) {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
    } else {
      doc.forEach((k, v) -> out.printf(Locale.ROOT, "%-22s %s%n", k, v));
    }
    return 0;
  }

  /** The machine the figures come from: processors, JVM, OS. */
  static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("processors", Runtime.getRuntime().availableProcessors());
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put(
        "os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    m.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
    return m;
  }
}
