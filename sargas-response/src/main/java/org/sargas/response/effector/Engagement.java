package org.sargas.response.effector;

import java.time.Instant;
import java.util.Objects;
import org.sargas.model.geo.GeoPoint;

/**
 * One planned engagement of a threat.
 *
 * @param effectorId the effector
 * @param effectorName its name
 * @param kind its kind
 * @param time planned time: the start of its window (event time)
 * @param point predicted target position then
 * @param windowEnd last moment it can still engage
 * @param pk probability of kill
 * @param costEur cost if made, euros
 * @param order 1 for the first shot; a shot with order k is made only if shots 1..k−1 failed
 */
public record Engagement(
    String effectorId,
    String effectorName,
    EffectorKind kind,
    Instant time,
    GeoPoint point,
    Instant windowEnd,
    double pk,
    double costEur,
    int order) {

  public Engagement {
    Objects.requireNonNull(effectorId, "effectorId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(windowEnd, "windowEnd");
  }
}
