package org.sargas.response.effector;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.TargetClass;

/**
 * An effector and its engagement envelope. Figures in the default catalogue are public-order
 * planning values (docs/response.md), not data of any armed force.
 *
 * <p>An engagement of a target at predicted position {@code P} at time {@code t} (seconds after the
 * track's time) is possible when {@code minRangeM ≤ slant range ≤ maxRangeM}, the target's altitude
 * is within {@code [minAltitudeM, maxAltitudeM]}, and {@code t ≥ reactionTimeS + slant range /
 * flyoutSpeedMps} (the effector has reacted and its round, drone or aircraft has got there).
 *
 * @param id short identifier, e.g. {@code "LT-GUN-1"}
 * @param name human-readable name
 * @param kind what it is
 * @param position where it stands, or its base (fighters); altitude above the ellipsoid, metres
 * @param minRangeM minimum slant range, metres, &ge; 0
 * @param maxRangeM maximum slant range, metres, &gt; minimum
 * @param minAltitudeM lowest target altitude it can engage, metres above the ellipsoid
 * @param maxAltitudeM highest target altitude, metres above the ellipsoid
 * @param reactionTimeS time from the order to the first round (or take-off), seconds, &ge; 0
 * @param flyoutSpeedMps mean speed of the round, missile, interceptor drone or aircraft to the
 *     target, m/s, &gt; 0 ({@link Double#POSITIVE_INFINITY} for a jammer)
 * @param pkByClass probability of kill of one engagement per target class, [0, 1]; a class not
 *     listed cannot be engaged
 * @param costPerEngagementEur cost of one engagement (rounds, missile, drone, sortie), euros
 * @param stock engagements it can still make, &ge; 0
 * @param note sources and assumptions, for the operator
 */
public record Effector(
    String id,
    String name,
    EffectorKind kind,
    GeoPoint position,
    double minRangeM,
    double maxRangeM,
    double minAltitudeM,
    double maxAltitudeM,
    double reactionTimeS,
    double flyoutSpeedMps,
    Map<TargetClass, Double> pkByClass,
    double costPerEngagementEur,
    int stock,
    String note) {

  public Effector {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(position, "position");
    name = name == null ? id : name;
    note = note == null ? "" : note;
    if (!(minRangeM >= 0) || !(maxRangeM > minRangeM)) {
      throw new IllegalArgumentException(id + ": need 0 <= min range < max range");
    }
    if (!(maxAltitudeM >= minAltitudeM)) {
      throw new IllegalArgumentException(id + ": altitude band inverted");
    }
    if (!(reactionTimeS >= 0) || !(flyoutSpeedMps > 0)) {
      throw new IllegalArgumentException(id + ": reaction >= 0 s and fly-out speed > 0 required");
    }
    if (!(costPerEngagementEur >= 0) || !Double.isFinite(costPerEngagementEur) || stock < 0) {
      throw new IllegalArgumentException(id + ": cost and stock must be finite and >= 0");
    }
    EnumMap<TargetClass, Double> pk = new EnumMap<>(TargetClass.class);
    pkByClass.forEach(
        (c, p) -> {
          if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(id + ": pk out of [0, 1] for " + c);
          }
          pk.put(c, p);
        });
    pkByClass = Map.copyOf(pk);
  }

  /** Probability of kill of one engagement against a class; 0 when the class is not listed. */
  public double pk(TargetClass targetClass) {
    return pkByClass.getOrDefault(targetClass, 0.0);
  }

  /** This effector with another stock (e.g. after engagements or resupply). */
  public Effector withStock(int newStock) {
    return new Effector(
        id,
        name,
        kind,
        position,
        minRangeM,
        maxRangeM,
        minAltitudeM,
        maxAltitudeM,
        reactionTimeS,
        flyoutSpeedMps,
        pkByClass,
        costPerEngagementEur,
        newStock,
        note);
  }
}
