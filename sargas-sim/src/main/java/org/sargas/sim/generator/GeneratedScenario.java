package org.sargas.sim.generator;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.sargas.sim.eval.TruthPoint;

/**
 * A generated scenario: plots (time-ordered, sensor-interleaved) and truth at every scan time.
 *
 * @param spec what generated it
 * @param plots the plots
 * @param truth the truth states
 */
public record GeneratedScenario(
    ScenarioSpec spec, List<GeneratedPlot> plots, List<TruthPoint> truth) {
  public GeneratedScenario {
    plots = List.copyOf(plots);
    truth = List.copyOf(truth);
  }

  /** Writes the plots CSV ({@code time_s,sensor_id,x_m,y_m,truth_id}). */
  public void writePlots(Writer out) throws IOException {
    out.write("time_s,sensor_id,x_m,y_m,truth_id\n");
    for (GeneratedPlot p : plots) {
      out.write(
          String.format(
              Locale.ROOT,
              "%.3f,%s,%.2f,%.2f,%s%n",
              p.timeS(),
              p.sensorId(),
              p.xM(),
              p.yM(),
              p.truthId()));
    }
  }

  /** Writes the truth CSV ({@code time_s,truth_id,x_m,y_m,vx_m_s,vy_m_s}). */
  public void writeTruth(Writer out) throws IOException {
    out.write("time_s,truth_id,x_m,y_m,vx_m_s,vy_m_s\n");
    for (TruthPoint t : truth) {
      out.write(
          String.format(
              Locale.ROOT,
              "%.3f,%s,%.2f,%.2f,%.3f,%.3f%n",
              t.timeS(),
              t.truthId(),
              t.xM(),
              t.yM(),
              t.vxMps(),
              t.vyMps()));
    }
  }
}
