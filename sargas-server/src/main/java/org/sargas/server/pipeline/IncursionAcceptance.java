package org.sargas.server.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sargas.model.airspace.Violation;
import org.sargas.sim.scenario.Scenario;

/**
 * The acceptance of an incursion scenario's measured violations: every measured violation is in
 * {@code zoneId}, its maximum depth within [{@code minDepthM}, {@code maxDepthM}] m, its duration
 * within [{@code minDurationS}, {@code maxDurationS}] s, its origin {@code originCountry}, its
 * entry within {@code maxEntryErrorS} of a truth entry; and there is exactly one per truth
 * violation (no aircraft missed, no violation split into fragments, no stray ones). Immutable.
 *
 * @param zoneId zone of the expected violations
 * @param minDepthM smallest accepted maximum depth, m
 * @param maxDepthM largest accepted maximum depth, m
 * @param minDurationS shortest accepted duration, s
 * @param maxDurationS longest accepted duration, s
 * @param originCountry expected ISO 3166-1 alpha-3 origin
 * @param maxEntryErrorS largest accepted distance of an entry time to the nearest truth entry, s
 */
public record IncursionAcceptance(
    String zoneId,
    double minDepthM,
    double maxDepthM,
    double minDurationS,
    double maxDurationS,
    String originCountry,
    double maxEntryErrorS) {

  /** The Su-30 / IL-78 incursion's acceptance: LTU, 600–800 m, 15–21 s, from RUS, entry ± 2 s. */
  public static IncursionAcceptance su30() {
    return new IncursionAcceptance("LTU", 600, 800, 15, 21, "RUS", 2);
  }

  /** {@code scenario} with another random seed (same sensors, targets and everything else). */
  public static Scenario withSeed(Scenario s, long seed) {
    return s.withSeed(seed);
  }

  /** The reasons {@code r} falls short; empty when it passes. */
  public List<String> shortfalls(ScenarioResult r) {
    List<String> bad = new ArrayList<>();
    List<Violation> truth = r.truthViolations();
    List<Violation> measured = r.violations();
    if (measured.size() != truth.size()) {
      bad.add(measured.size() + " violations for " + truth.size() + " aircraft");
    }
    for (Violation v : measured) {
      String id = v.trackId();
      if (!zoneId.equals(v.zoneId())) {
        bad.add(id + " in zone " + v.zoneId());
      }
      if (!(v.maxDepthM() >= minDepthM && v.maxDepthM() <= maxDepthM)) {
        bad.add(String.format(Locale.ROOT, "%s depth %.0f m", id, v.maxDepthM()));
      }
      if (!(v.durationS() >= minDurationS && v.durationS() <= maxDurationS)) {
        bad.add(String.format(Locale.ROOT, "%s duration %.1f s", id, v.durationS()));
      }
      if (!originCountry.equals(v.originCountry())) {
        bad.add(id + " origin " + v.originCountry());
      }
      double entryErrorS = Double.POSITIVE_INFINITY;
      for (Violation t : truth) {
        entryErrorS =
            Math.min(
                entryErrorS,
                Math.abs(Duration.between(t.entryTime(), v.entryTime()).toMillis()) / 1000.0);
      }
      if (!(entryErrorS <= maxEntryErrorS)) {
        bad.add(String.format(Locale.ROOT, "%s entry %.1f s off truth", id, entryErrorS));
      }
    }
    return bad;
  }

  /** One line per measured violation: track, depth, duration. */
  public static String summary(ScenarioResult r) {
    StringBuilder b = new StringBuilder();
    for (Violation v : r.violations()) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(
          String.format(
              Locale.ROOT, "%s %.0f m %.1f s", v.trackId(), v.maxDepthM(), v.durationS()));
    }
    return b.toString();
  }
}
