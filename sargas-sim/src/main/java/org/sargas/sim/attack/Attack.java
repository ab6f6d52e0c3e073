package org.sargas.sim.attack;

import java.time.Instant;
import java.util.List;

/**
 * One scripted attack: what, on which emitters, from when.
 *
 * @param kind the attack
 * @param emitters the attacked emitters: ADS-B addresses (6 hex digits) or Remote ID serials
 * @param start event time of the first forged report
 * @param description one line: the attack's parameters
 */
public record Attack(AttackKind kind, List<String> emitters, Instant start, String description) {
  public Attack {
    emitters = List.copyOf(emitters);
  }
}
