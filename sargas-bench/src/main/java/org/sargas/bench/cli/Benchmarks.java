package org.sargas.bench.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sargas.bench.pipeline.PipelineLoad;
import org.sargas.bench.scenario.Su30MonteCarlo;
import org.sargas.bench.serve.BeastIngestLoad;
import org.sargas.bench.track.TrackerRun;
import org.sargas.bench.trust.SpoofingRun;
import org.sargas.model.track.TargetClass;
import org.sargas.response.evaluation.LostDroneEvaluation;
import org.sargas.response.evaluation.LostDroneEvaluationResult;
import org.sargas.sim.attack.AttackKind;
import org.sargas.track.TrackerConfig;
import org.sargas.track.classification.evaluation.ClassificationEvaluation;
import org.sargas.track.classification.evaluation.ClassificationReport;

/** The registry of named benchmarks. */
public final class Benchmarks {
  private Benchmarks() {}

  /** Every benchmark {@code ./sargas bench} knows. */
  public static List<NamedBenchmark> all() {
    return List.of(
        su30MonteCarlo(),
        tracker(),
        new JmhBenchmark(
            "formats",
            "JMH: ASTERIX and Mode S / Beast decode and encode per record (docs/benchmarks.md, Formats); --runs iterations (3)",
            "org\\.sargas\\.bench\\.formats\\..*Benchmark"),
        new JmhBenchmark(
            "airspace",
            "JMH: one track update through the airspace monitor, LTU or all 16 countries, geodesic or Hermite path (docs/benchmarks.md, Airspace)",
            "org\\.sargas\\.bench\\.airspace\\..*Benchmark"),
        new JmhBenchmark(
            "store",
            "JMH: journal append per fsync policy, incident-store upsert, evidence-log append/sign/prove (docs/benchmarks.md, Store)",
            "org\\.sargas\\.bench\\.store\\..*Benchmark"),
        new JmhBenchmark(
            "tracker-jmh",
            "JMH: one tracker scan at 10..10,000 targets, IMM and CV (docs/benchmarks.md, Tracker/JMH)",
            "org\\.sargas\\.bench\\.track\\.TrackerBenchmark"),
        ingest(),
        pipeline(),
        new ServeBenchmark(),
        new MapBenchmark(),
        lostDrone(),
        classification(),
        spoofing(),
        flink());
  }

  /**
   * The Flink job (module sargas-flink): listed here, run with that module's own class path — the
   * launcher sends {@code ./sargas bench flink} to {@code org.sargas.flink.cli.FlinkBench}, so
   * Flink and Kafka stay off this module's class path.
   */
  static NamedBenchmark flink() {
    return new NamedBenchmark() {
      @Override
      public String name() {
        return "flink";
      }

      @Override
      public String description() {
        return "The Flink job on a local MiniCluster over an in-JVM Kafka, poland-2025-09-10 at parallelism 1 and 2 (--runs per parallelism, 2; --sectors CxR keys tracking by sector): frames/s (run by sargas-flink: ./sargas bench flink)";
      }

      @Override
      public Map<String, Object> run(BenchOptions o) {
        throw new UnsupportedOperationException(
            "the flink benchmark runs with sargas-flink's class path: ./sargas bench flink");
      }
    };
  }

  /** The one pipeline under ADS-B load, 1 and 2 sectors (docs/benchmarks.md, "Pipeline"). */
  static NamedBenchmark pipeline() {
    return new NamedBenchmark() {
      @Override
      public String name() {
        return "pipeline";
      }

      @Override
      public String description() {
        return "The one pipeline (all stages, default configuration, no sockets or store) on --targets aircraft (5000) reporting ADS-B once a second for --runs seconds (90), tracking in 1 and in 2 geographic sectors: reports/s wall and per pipeline-thread CPU second, scan p99";
      }

      @Override
      public Map<String, Object> run(BenchOptions o) {
        int aircraft = BenchOptions.or(o.targets(), 5000);
        int seconds = Math.max(6, BenchOptions.or(o.runs(), 90));
        long seed = BenchOptions.or(o.seed(), 42);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("aircraft", aircraft);
        m.put("seconds", seconds);
        for (int sectors = 1; sectors <= 2; sectors++) {
          PipelineLoad.Result r = PipelineLoad.run(aircraft, seconds, sectors, seed, o.text());
          String k = sectors == 1 ? "oneSector" : "twoSectors";
          m.put(k + "ReportsPerSecond", Math.round(r.reportsPerSecond()));
          m.put(k + "ReportsPerCpuSecond", Math.round(r.reportsPerCpuSecond()));
          m.put(k + "ScanP99Ms", round(r.scanP99Ms(), 1));
          if (sectors > 1) {
            m.put("handovers", r.handovers());
          }
        }
        return m;
      }
    };
  }

  /** TCP Beast ingest over loopback through the node's input and decoder (docs/benchmarks.md). */
  static NamedBenchmark ingest() {
    return new NamedBenchmark() {
      @Override
      public String name() {
        return "ingest";
      }

      @Override
      public String description() {
        return "TCP Beast over loopback through TcpClientSource and the Beast observation decoder: --targets thousand frames per round (5000), --runs rounds (4, first is warm-up): frames/s wall";
      }

      @Override
      public Map<String, Object> run(BenchOptions o) throws Exception {
        int thousands = BenchOptions.or(o.targets(), 5000);
        int rounds = BenchOptions.or(o.runs(), 4);
        BeastIngestLoad.Result r = BeastIngestLoad.run(thousands, rounds, o.text());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("frames", r.frames());
        m.put("bytes", r.bytes());
        m.put("seconds", round(r.seconds(), 3));
        m.put("framesPerSecond", Math.round(r.framesPerSecond()));
        m.put("megabytesPerSecond", round(r.bytes() / r.seconds() / 1e6, 1));
        m.put("observations", r.observations());
        m.put("decodeFailures", r.failures());
        return m;
      }
    };
  }

  /** The tracker end to end at N targets with clutter (docs/benchmarks.md, "Tracker"). */
  static NamedBenchmark tracker() {
    return new NamedBenchmark() {
      @Override
      public String name() {
        return "tracker";
      }

      @Override
      public String description() {
        return "IMM tracker on --targets (1000) with as many clutter plots per scan, --runs rounds (4, last measured), seed --seed (42): plots/s and scan p99 by thread CPU time, GOSPA, same run; with the smoother on every confirmed track, and off";
      }

      @Override
      public Map<String, Object> run(BenchOptions o) {
        int targets = BenchOptions.or(o.targets(), 1000);
        int rounds = BenchOptions.or(o.runs(), 4);
        long seed = BenchOptions.or(o.seed(), 42);
        TrackerConfig config = TrackerConfig.defaults();
        TrackerRun.Result r = TrackerRun.run(targets, seed, rounds, config, o.text());
        TrackerRun.Result plain =
            TrackerRun.run(
                targets, seed, rounds, config.toBuilder().smoothingLagS(0).build(), o.text());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("targets", targets);
        m.put("plots", r.plots());
        m.put("scans", r.scans());
        m.put("smoothingLagS", config.smoothingLagS());
        m.put("plotsPerSecond", Math.round(r.cpu().plotsPerSecond()));
        m.put("scanLatencyP50Ms", round(r.cpu().scanLatencyP50Ms(), 3));
        m.put("scanLatencyP99Ms", round(r.cpu().scanLatencyP99Ms(), 3));
        m.put("plotsPerSecondWall", Math.round(r.wall().plotsPerSecond()));
        m.put("scanLatencyP99MsWall", round(r.wall().scanLatencyP99Ms(), 3));
        m.put("gospa", round(r.gospa().mean(), 2));
        m.put("gospaLocalisation", round(r.gospa().localisation(), 2));
        m.put("gospaMissed", round(r.gospa().missed(), 2));
        m.put("gospaFalseTracks", round(r.gospa().falseTracks(), 2));
        m.put("plotsPerSecondWithoutSmoothing", Math.round(plain.cpu().plotsPerSecond()));
        m.put("scanLatencyP99MsWithoutSmoothing", round(plain.cpu().scanLatencyP99Ms(), 3));
        m.put("gospaWithoutSmoothing", round(plain.gospa().mean(), 2));
        return m;
      }
    };
  }

  /** The flagship scenario over many seeds (docs/benchmarks.md, "Su-30 Monte Carlo"). */
  static NamedBenchmark su30MonteCarlo() {
    return new NamedBenchmark() {
      @Override
      public String name() {
        return "su30-monte-carlo";
      }

      @Override
      public String description() {
        return "lithuania-2025-su30 over --runs seeds (40) from --seed (1): pass rate, depth bias, entry-time error";
      }

      @Override
      public Map<String, Object> run(BenchOptions o) {
        long first = BenchOptions.or(o.seed(), 1);
        int runs = BenchOptions.or(o.runs(), 40);
        Su30MonteCarlo.Result r = Su30MonteCarlo.run(first, first + runs - 1, o.text());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", r.runs());
        m.put("passed", r.passed());
        m.put("depthBiasM", round(r.depthBiasM(), 1));
        m.put("depthRmsM", round(r.depthRmsM(), 1));
        m.put("entryTimeErrorP95S", round(r.entryTimeErrorP95S(), 3));
        m.put("violations", r.violations());
        return m;
      }
    };
  }

  /** The lost-drone search area against simulated losses (docs/response.md, "Validation"). */
  static NamedBenchmark lostDrone() {
    return new NamedBenchmark() {
      @Override
      public String name() {
        return "lost-drone";
      }

      @Override
      public String description() {
        return "--runs (200) simulated Gerbera losses from --seed (1): share of true impacts inside the 90 % search area";
      }

      @Override
      public Map<String, Object> run(BenchOptions o) {
        int runs = BenchOptions.or(o.runs(), 200);
        long seed = BenchOptions.or(o.seed(), 1);
        int particles = BenchOptions.or(o.targets(), 5000);
        long t0 = System.nanoTime();
        LostDroneEvaluationResult r = new LostDroneEvaluation().run(runs, seed, particles);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", r.runs());
        m.put("particles", r.particles());
        m.put("seed", r.seed());
        m.put("containedIn90", round(r.containedIn90(), 3));
        m.put("containedIn50", round(r.containedIn50(), 3));
        m.put("medianArea90Km2", round(r.medianArea90Km2(), 1));
        m.put("medianArea50Km2", round(r.medianArea50Km2(), 1));
        m.put("goal90", LostDroneEvaluationResult.GOAL_90);
        m.put("goalMet", r.goalMet());
        m.put("elapsedS", round((System.nanoTime() - t0) / 1e9, 1));
        return m;
      }
    };
  }

  /** The classifier on a labelled, simulated set (docs/classification.md). */
  static NamedBenchmark classification() {
    return new NamedBenchmark() {
      @Override
      public String name() {
        return "classification";
      }

      @Override
      public String description() {
        return "classifier on --targets (100) simulated targets per class from --seed (1): confusion matrix, precision/recall";
      }

      @Override
      public Map<String, Object> run(BenchOptions o) {
        long seed = BenchOptions.or(o.seed(), 1);
        int perClass = BenchOptions.or(o.targets(), 100);
        ClassificationReport r = ClassificationEvaluation.run(seed, perClass);
        o.text().println(r.toText());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("tracksPerClass", perClass);
        m.put("accuracy", round(r.accuracy(), 3));
        m.put("airlinerRecall", round(r.airlinerRecall(), 3));
        m.put("civilTargets", r.civilTargets());
        m.put("civilClassedAsDroneOrMunition", r.civilClassedAsDroneOrMunition());
        m.put(
            "civilWithoutTransponderClassedAsDroneOrMunition",
            r.civilWithoutTransponderClassedAsDroneOrMunition());
        m.put(
            "civilWithTransponderEverShownAsDroneOrMunition",
            r.civilWithTransponderEverShownAsDroneOrMunition());
        Map<String, Object> perClassFigures = new LinkedHashMap<>();
        Map<String, Object> confusion = new LinkedHashMap<>();
        for (TargetClass label : r.labels()) {
          Map<String, Object> pr = new LinkedHashMap<>();
          pr.put("precision", round(r.precision(label), 3));
          pr.put("recall", round(r.recall(label), 3));
          perClassFigures.put(label.name(), pr);
          Map<String, Object> row = new LinkedHashMap<>();
          for (TargetClass predicted : TargetClass.values()) {
            int n = r.count(label, predicted);
            if (n > 0) {
              row.put(predicted.name(), n);
            }
          }
          confusion.put(label.name(), row);
        }
        m.put("perClass", perClassFigures);
        m.put("confusion", confusion);
        return m;
      }
    };
  }

  /** The attack library through the pipeline (docs/benchmarks.md, "Spoofing"). */
  static NamedBenchmark spoofing() {
    return new NamedBenchmark() {
      @Override
      public String name() {
        return "spoofing";
      }

      @Override
      public String description() {
        return "attack library (sargas-sim) through the pipeline over --runs seeds (3) from --seed (1): per attack detectedWithinS (goal 10 s ADS-B, 3 s Remote ID), falseFlagRate = flagged / all track updates on clean traffic (goal 0.1 %)";
      }

      @Override
      public Map<String, Object> run(BenchOptions o) {
        long first = BenchOptions.or(o.seed(), 1);
        int runs = BenchOptions.or(o.runs(), 3);
        long cleanUpdates = 0;
        long cleanFlags = 0;
        long attackedUpdates = 0;
        long attackedFlags = 0;
        boolean allDetected = true;
        boolean goalsMet = true;
        Map<String, Object> attacks = new LinkedHashMap<>();
        for (AttackKind kind : AttackKind.values()) {
          int attacked = 0;
          int detected = 0;
          double worst = 0;
          double advisory = Double.NaN;
          int uncorroborated = 0;
          java.util.Set<String> reasons = new java.util.TreeSet<>();
          for (long seed = first; seed < first + runs; seed++) {
            SpoofingRun.Result r = SpoofingRun.run(kind, seed);
            o.text().println(r);
            if (kind == AttackKind.CLEAN) {
              cleanUpdates += r.trackUpdates();
              cleanFlags += r.falseFlags();
              continue;
            }
            attackedUpdates += r.trackUpdates();
            attackedFlags += r.falseFlags();
            attacked += r.attacked();
            detected += r.detected();
            worst = Math.max(worst, r.detectedWithinS());
            if (!Double.isNaN(r.advisoryWithinS())) {
              advisory =
                  Double.isNaN(advisory)
                      ? r.advisoryWithinS()
                      : Math.max(advisory, r.advisoryWithinS());
            }
            uncorroborated += r.uncorroborated();
            r.reasons().forEach(x -> reasons.add(x.name()));
          }
          if (kind == AttackKind.CLEAN) {
            continue;
          }
          double goal = kind.remoteId() ? 3 : 10;
          Map<String, Object> k = new LinkedHashMap<>();
          k.put("attacked", attacked);
          k.put("detected", detected);
          k.put("detectedWithinS", round(worst, 2));
          k.put("goalS", goal);
          k.put("advisoryWithinS", round(advisory, 2));
          k.put("uncorroboratedViolations", uncorroborated);
          k.put("reasons", List.copyOf(reasons));
          attacks.put(kind.name(), k);
          allDetected &= detected == attacked && attacked > 0;
          goalsMet &= worst <= goal;
        }
        double rate = cleanUpdates == 0 ? 0 : (double) cleanFlags / cleanUpdates;
        goalsMet &= allDetected && rate <= 0.001;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seeds", runs);
        m.put("firstSeed", first);
        m.put("falseFlagRate", round(rate, 6));
        m.put("falseFlagDefinition", "flagged track updates / all track updates, clean traffic");
        m.put("cleanTrackUpdates", cleanUpdates);
        m.put("cleanFlaggedUpdates", cleanFlags);
        m.put(
            "falseFlagRateUnderAttack",
            round(attackedUpdates == 0 ? 0 : (double) attackedFlags / attackedUpdates, 6));
        m.put("attacks", attacks);
        m.put("everyAttackDetected", allDetected);
        m.put("goalsMet", goalsMet);
        return m;
      }
    };
  }

  /** A finite value rounded to {@code digits}, else null (JSON has no NaN). */
  static Double round(double v, int digits) {
    if (!Double.isFinite(v)) {
      return null;
    }
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
