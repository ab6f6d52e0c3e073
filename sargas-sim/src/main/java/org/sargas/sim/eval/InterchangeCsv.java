package org.sargas.sim.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The simple tracker interchange CSV that other trackers (e.g. Stone Soup scripts) read and write.
 *
 * <ul>
 *   <li>Plots: header with at least {@code time_s,sensor_id,x_m,y_m}; extra columns (e.g. {@code
 *       truth_id}) are ignored.
 *   <li>Truth: at least {@code time_s,truth_id,x_m,y_m}; optional {@code vx_m_s,vy_m_s}.
 *   <li>Tracks (written): {@code time_s,track_id,x_m,y_m,vx_m_s,vy_m_s}.
 * </ul>
 *
 * Columns are found by header name in any order; values are plain decimal numbers; no quoting. Bad
 * lines become {@link CsvFailure}s. Stateless.
 */
public final class InterchangeCsv {
  private InterchangeCsv() {}

  /** Reads plots from {@code in}; {@code source} names it in failures. */
  public static CsvRead<PlotRow> readPlots(Reader in, String source) {
    List<PlotRow> rows = new ArrayList<>();
    List<CsvFailure> failures = new ArrayList<>();
    read(
        in,
        source,
        new String[] {"time_s", "sensor_id", "x_m", "y_m"},
        new String[0],
        failures,
        (f, c) ->
            rows.add(
                new PlotRow(number(f, c[0]), text(f, c[1]), number(f, c[2]), number(f, c[3]))));
    return new CsvRead<>(rows, failures);
  }

  /** Reads truth from {@code in}; {@code source} names it in failures. */
  public static CsvRead<TruthPoint> readTruth(Reader in, String source) {
    List<TruthPoint> rows = new ArrayList<>();
    List<CsvFailure> failures = new ArrayList<>();
    read(
        in,
        source,
        new String[] {"time_s", "truth_id", "x_m", "y_m"},
        new String[] {"vx_m_s", "vy_m_s"},
        failures,
        (f, c) ->
            rows.add(
                new TruthPoint(
                    number(f, c[0]),
                    text(f, c[1]),
                    number(f, c[2]),
                    number(f, c[3]),
                    c[4] < 0 ? Double.NaN : number(f, c[4]),
                    c[5] < 0 ? Double.NaN : number(f, c[5]))));
    return new CsvRead<>(rows, failures);
  }

  /** Writes the tracks CSV header. */
  public static void writeTrackHeader(Writer out) throws IOException {
    out.write("time_s,track_id,x_m,y_m,vx_m_s,vy_m_s\n");
  }

  /** Writes one track row. */
  public static void writeTrack(Writer out, TrackPoint t) throws IOException {
    out.write(
        String.format(
            Locale.ROOT,
            "%.3f,%s,%.2f,%.2f,%.3f,%.3f%n",
            t.timeS(),
            t.trackId(),
            t.xM(),
            t.yM(),
            t.vxMps(),
            t.vyMps()));
  }

  /**
   * Fills missing truth velocities by central differences of each object's positions (one-sided at
   * the ends; zero for an object seen once).
   */
  public static List<TruthPoint> withVelocities(List<TruthPoint> truth) {
    Map<String, List<Integer>> byId = new HashMap<>();
    for (int i = 0; i < truth.size(); i++) {
      byId.computeIfAbsent(truth.get(i).truthId(), k -> new ArrayList<>()).add(i);
    }
    TruthPoint[] out = truth.toArray(new TruthPoint[0]);
    for (List<Integer> idx : byId.values()) {
      idx.sort((a, b) -> Double.compare(truth.get(a).timeS(), truth.get(b).timeS()));
      for (int k = 0; k < idx.size(); k++) {
        TruthPoint p = truth.get(idx.get(k));
        if (!Double.isNaN(p.vxMps()) && !Double.isNaN(p.vyMps())) {
          continue;
        }
        TruthPoint a = truth.get(idx.get(Math.max(0, k - 1)));
        TruthPoint b = truth.get(idx.get(Math.min(idx.size() - 1, k + 1)));
        double dt = b.timeS() - a.timeS();
        double vx = dt > 0 ? (b.xM() - a.xM()) / dt : 0.0;
        double vy = dt > 0 ? (b.yM() - a.yM()) / dt : 0.0;
        out[idx.get(k)] = new TruthPoint(p.timeS(), p.truthId(), p.xM(), p.yM(), vx, vy);
      }
    }
    return List.of(out);
  }

  private interface RowSink {
    void accept(String[] fields, int[] columns);
  }

  private static void read(
      Reader in,
      String source,
      String[] required,
      String[] optional,
      List<CsvFailure> failures,
      RowSink sink) {
    try (BufferedReader r = new BufferedReader(in)) {
      String header = r.readLine();
      if (header == null) {
        failures.add(new CsvFailure(source, 1, "empty file: no header"));
        return;
      }
      String[] names = header.trim().split(",", -1);
      int[] columns = new int[required.length + optional.length];
      for (int i = 0; i < columns.length; i++) {
        String want = i < required.length ? required[i] : optional[i - required.length];
        columns[i] = -1;
        for (int j = 0; j < names.length; j++) {
          if (names[j].trim().equalsIgnoreCase(want)) {
            columns[i] = j;
          }
        }
        if (columns[i] < 0 && i < required.length) {
          failures.add(new CsvFailure(source, 1, "header lacks column " + want));
          return;
        }
      }
      String line;
      long lineNo = 1;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.split(",", -1);
        try {
          for (int c : columns) {
            if (c >= fields.length) {
              throw new IllegalArgumentException(
                  "expected at least " + (c + 1) + " fields, got " + fields.length);
            }
          }
          sink.accept(fields, columns);
        } catch (IllegalArgumentException e) {
          failures.add(new CsvFailure(source, lineNo, e.getMessage()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
  }

  private static double number(String[] fields, int column) {
    String s = fields[column].trim();
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("column " + (column + 1) + ": not a number: '" + s + "'");
    }
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("column " + (column + 1) + ": not finite: '" + s + "'");
    }
    return v;
  }

  private static String text(String[] fields, int column) {
    String s = fields[column].trim();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("column " + (column + 1) + ": empty id");
    }
    return s;
  }
}
