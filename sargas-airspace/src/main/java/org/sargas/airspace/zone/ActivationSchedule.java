package org.sargas.airspace.zone;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When a zone is active: always, or during a list of UTC intervals [start, end) (e.g. a temporary
 * restricted area published by NOTAM). Immutable and thread-safe.
 */
public final class ActivationSchedule {
  /** Active at all times. */
  public static final ActivationSchedule ALWAYS = new ActivationSchedule(null);

  /**
   * One activation window.
   *
   * @param start first active instant (inclusive)
   * @param end first inactive instant (exclusive)
   */
  public record Window(Instant start, Instant end) {
    public Window {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException(
            "activation window ends before it starts: " + start + "/" + end);
      }
    }
  }

  private final List<Window> windows; // null: always

  private ActivationSchedule(List<Window> windows) {
    this.windows = windows;
  }

  /** Active only within the given windows. */
  public static ActivationSchedule of(List<Window> windows) {
    List<Window> sorted = new ArrayList<>(windows);
    sorted.sort(Comparator.comparing(Window::start));
    return new ActivationSchedule(List.copyOf(sorted));
  }

  /**
   * Parses ISO-8601 intervals {@code start/end}, e.g. {@code
   * 2025-09-22T18:00:00Z/2025-09-23T02:00:00Z}.
   *
   * @throws IllegalArgumentException naming the interval that is not understood
   */
  public static ActivationSchedule parse(List<String> intervals) {
    List<Window> ws = new ArrayList<>();
    for (String s : intervals) {
      String[] p = s.trim().split("/");
      if (p.length != 2) {
        throw new IllegalArgumentException("activation interval is not 'start/end': '" + s + "'");
      }
      try {
        ws.add(new Window(Instant.parse(p[0].trim()), Instant.parse(p[1].trim())));
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("activation interval not ISO-8601 UTC: '" + s + "'");
      }
    }
    return of(ws);
  }

  /** Whether this schedule is "always". */
  public boolean always() {
    return windows == null;
  }

  /** The windows (empty for "always"). */
  public List<Window> windows() {
    return windows == null ? List.of() : windows;
  }

  /** Whether the zone is active at {@code t}. */
  public boolean activeAt(Instant t) {
    if (windows == null) {
      return true;
    }
    for (Window w : windows) {
      if (t.isBefore(w.start())) {
        return false;
      }
      if (t.isBefore(w.end())) {
        return true;
      }
    }
    return false;
  }
}
