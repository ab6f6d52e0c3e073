package org.sargas.response.assignment;

import java.util.List;

/**
 * The shots possible at one threat.
 *
 * @param drone whether the threat is a drone (small drone or loitering munition / decoy): the
 *     cheap-first rule applies to it
 * @param shots possible engagements, at most one per effector
 */
public record ThreatShots(boolean drone, List<Shot> shots) {

  public ThreatShots {
    shots = List.copyOf(shots);
    long distinct = shots.stream().mapToInt(Shot::effector).distinct().count();
    if (distinct != shots.size()) {
      throw new IllegalArgumentException("at most one shot per effector and threat");
    }
  }
}
