package org.sargas.airspace.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/**
 * Reads track positions from CSV: a header line naming the columns (any order, extra columns
 * ignored), then one position per line. Required columns: {@code time_s} (seconds since the Unix
 * epoch, UTC, fractions allowed), {@code track_id}, {@code lat_deg}, {@code lon_deg} (WGS84
 * degrees); optional: {@code alt_m} (metres, empty or {@code NaN} = unknown) and {@code sigma_m}
 * (1-σ horizontal position error in metres, circular; 0 when absent, empty or {@code NaN}). Blank
 * lines and lines starting with {@code #} are skipped; fields may be enclosed in double quotes.
 *
 * <p>Each row becomes a CONFIRMED {@link Track} with no velocity; a row that cannot be used (bad
 * number, out of range, a track's time repeated) becomes an {@link InputFailure} and reading goes
 * on. Stateless and thread-safe.
 */
public final class TrackCsvReader {
  private static final String[] REQUIRED = {"time_s", "track_id", "lat_deg", "lon_deg"};
  private static final long MAX_EPOCH_S = 253_402_300_799L; // 9999-12-31T23:59:59Z

  /**
   * Reads the whole input.
   *
   * @param source file name for failure messages
   * @throws IOException when reading fails
   * @throws IllegalArgumentException when the header lacks a required column (nothing is usable)
   */
  public TrackCsv read(String source, Reader in) throws IOException {
    BufferedReader r = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    List<Track> updates = new ArrayList<>();
    List<InputFailure> failures = new ArrayList<>();
    Map<String, Integer> col = null;
    Set<String> seen = new HashSet<>();
    String line;
    long no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (no == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] f = CsvFields.split(trimmed);
      if (col == null) {
        col = header(source, no, f);
        continue;
      }
      try {
        Track t = row(f, col);
        if (!seen.add(t.trackId() + "@" + t.time())) {
          failures.add(new InputFailure(source, no, "time repeated for track " + t.trackId()));
          continue;
        }
        updates.add(t);
      } catch (IllegalArgumentException e) {
        failures.add(new InputFailure(source, no, e.getMessage()));
      }
    }
    if (col == null) {
      throw new IllegalArgumentException(source + ": no header line");
    }
    updates.sort(Comparator.comparing(Track::time).thenComparing(Track::trackId));
    return new TrackCsv(updates, failures);
  }

  private static Map<String, Integer> header(String source, long no, String[] f) {
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < f.length; i++) {
      col.put(f[i].toLowerCase(Locale.ROOT), i);
    }
    for (String c : REQUIRED) {
      if (!col.containsKey(c)) {
        throw new IllegalArgumentException(
            source
                + " line "
                + no
                + ": header lacks column '"
                + c
                + "' (needs "
                + String.join(",", REQUIRED)
                + "[,alt_m][,sigma_m])");
      }
    }
    return col;
  }

  private static Track row(String[] f, Map<String, Integer> col) {
    double timeS = number(f, col, "time_s", false);
    if (!(timeS >= 0 && timeS <= MAX_EPOCH_S)) {
      throw new IllegalArgumentException("time_s out of range: " + timeS);
    }
    String id = field(f, col, "track_id");
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("empty track_id");
    }
    double lat = number(f, col, "lat_deg", false);
    double lon = number(f, col, "lon_deg", false);
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("lat_deg out of [-90, 90]: " + lat);
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("lon_deg out of [-180, 180]: " + lon);
    }
    double alt = number(f, col, "alt_m", true);
    double sigma = number(f, col, "sigma_m", true);
    if (Double.isNaN(sigma)) {
      sigma = 0;
    }
    if (!(sigma >= 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("sigma_m must be a finite number >= 0: " + sigma);
    }
    long whole = (long) Math.floor(timeS);
    long nanos = Math.round((timeS - whole) * 1e9);
    Instant time = Instant.ofEpochSecond(whole, 0).plusNanos(nanos);
    return new Track(
        id,
        time,
        new GeoPoint(lat, lon, alt),
        0,
        0,
        0,
        sigma * sigma,
        sigma * sigma,
        0,
        TrackState.CONFIRMED,
        null,
        null,
        1);
  }

  private static String field(String[] f, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    if (i == null || i >= f.length) {
      return null;
    }
    return f[i];
  }

  /** A number; NaN when the column is optional and absent or empty. */
  private static double number(
      String[] f, Map<String, Integer> col, String name, boolean optional) {
    String s = field(f, col, name);
    if (s == null || s.isEmpty() || (optional && s.equalsIgnoreCase("nan"))) {
      if (optional) {
        return Double.NaN;
      }
      throw new IllegalArgumentException("missing " + name);
    }
    try {
      double v = Double.parseDouble(s);
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(name + " not finite: '" + s + "'");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number: '" + s + "'");
    }
  }
}
