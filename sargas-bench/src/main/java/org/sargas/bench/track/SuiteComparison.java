package org.sargas.bench.track;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sargas.server.cli.TrackCommand;
import org.sargas.sim.eval.EvaluationReport;
import org.sargas.sim.eval.InterchangeCsv;
import org.sargas.sim.eval.PlotRow;
import org.sargas.sim.eval.TruthPoint;
import org.sargas.sim.generator.GeneratedScenario;
import org.sargas.sim.generator.ScenarioGenerator;
import org.sargas.sim.generator.ScenarioSpec;
import org.sargas.sim.generator.ScenarioSuite;
import org.sargas.track.AssociatorKind;
import org.sargas.track.MotionModelKind;
import org.sargas.track.TrackerConfig;

/**
 * Runs every scenario of the suite through the tracker in several configurations (CV or IMM, GNN or
 * JPDA) and prints GOSPA and SIAP side by side. Scenarios go through the interchange CSV text,
 * exactly as {@code sargas track} reads them.
 *
 * <p>Run: {@code java -cp ... org.sargas.bench.track.SuiteComparison [scenario...]}.
 */
public final class SuiteComparison {
  private SuiteComparison() {}

  /**
   * Process noise of the "well-tuned" constant-velocity baseline: the best q of {0.05, 0.1, 0.25,
   * 0.5, 1, 2, 4, 8, 16, 32} m²/s³ on accuracy-100 ({@code -Dsargas.tuneCv=1} prints the grid).
   */
  public static final double TUNED_CV_Q = 0.05;

  /** A named tracker configuration. */
  public record Variant(String name, TrackerConfig config) {}

  /** The configurations compared. */
  public static List<Variant> variants() {
    TrackerConfig base = TrackerConfig.defaults();
    if (System.getProperty("sargas.tuneCv") != null) {
      List<Variant> v = new ArrayList<>();
      for (double q : new double[] {0.05, 0.1, 0.25, 0.5}) {
        v.add(
            new Variant(
                "cv-q" + q,
                base.toBuilder().motionModel(MotionModelKind.CV).accelerationDensity(q).build()));
      }
      return v;
    }
    if (System.getProperty("sargas.tuneImm") != null) {
      List<Variant> v = new ArrayList<>();
      for (double quiet : new double[] {0.01, 0.05}) {
        for (double turnQ : new double[] {2, 6}) {
          for (double w : new double[] {1e-5, 1e-4}) {
            for (double soj : new double[] {60, 150, 400}) {
              v.add(
                  new Variant(
                      String.format(Locale.ROOT, "imm-%.2f-%.1f-%.0e-%.0f", quiet, turnQ, w, soj),
                      base.toBuilder()
                          .quietAccelerationDensity(quiet)
                          .turnAccelerationDensity(turnQ)
                          .turnRateDensity(w)
                          .sojournsS(soj, soj / 2)
                          .build()));
            }
          }
        }
      }
      return v;
    }
    TrackerConfig tunedCv =
        base.toBuilder().motionModel(MotionModelKind.CV).accelerationDensity(TUNED_CV_Q).build();
    return List.of(
        new Variant("cv-gnn", tunedCv),
        new Variant("cv-jpda", tunedCv.withAssociator(AssociatorKind.JPDA)),
        new Variant("imm-gnn", base),
        new Variant("imm-jpda", base.withAssociator(AssociatorKind.JPDA)));
  }

  /** The plots and truth of {@code spec}, through CSV text. */
  public static Scenario load(ScenarioSpec spec) throws IOException {
    GeneratedScenario g = ScenarioGenerator.generate(spec);
    StringWriter p = new StringWriter();
    StringWriter t = new StringWriter();
    g.writePlots(p);
    g.writeTruth(t);
    return new Scenario(
        spec,
        InterchangeCsv.readPlots(new StringReader(p.toString()), spec.name()).rows(),
        InterchangeCsv.readTruth(new StringReader(t.toString()), spec.name()).rows());
  }

  /** A loaded scenario. */
  public record Scenario(ScenarioSpec spec, List<PlotRow> plots, List<TruthPoint> truth) {}

  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    List<ScenarioSpec> specs = new ArrayList<>();
    for (ScenarioSpec s : ScenarioSuite.all()) {
      if (args.length == 0 || List.of(args).contains(s.name())) {
        specs.add(s);
      }
    }
    out.printf(
        Locale.ROOT,
        "%-18s %-22s %9s %8s %8s %8s %7s %7s %7s %7s %7s %6s%n",
        "scenario",
        "variant",
        "GOSPA",
        "loc",
        "missed",
        "false",
        "compl",
        "ambig",
        "spur",
        "PA_m",
        "VA_mps",
        "LS");
    for (ScenarioSpec spec : specs) {
      Scenario sc = load(spec);
      for (Variant v : variants()) {
        EvaluationReport r =
            TrackCommand.evaluate(sc.plots(), sc.truth(), v.config(), spec.sigmaM(), tp -> {});
        out.printf(
            Locale.ROOT,
            "%-18s %-22s %9.2f %8.2f %8.2f %8.2f %7.4f %7.4f %7.4f %7.2f %7.2f %6.3f%n",
            spec.name(),
            v.name(),
            r.gospa().mean(),
            r.gospa().localisation(),
            r.gospa().missed(),
            r.gospa().falseTracks(),
            r.siap().completeness(),
            r.siap().ambiguity(),
            r.siap().spuriousness(),
            r.siap().positionAccuracyM(),
            r.siap().velocityAccuracyMps(),
            r.siap().longestTrackSegment());
      }
    }
  }
}
