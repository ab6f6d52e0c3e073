package org.sargas.pipeline.identity;

import java.util.Objects;
import java.util.Set;
import org.sargas.model.track.StandardIdentity;

/**
 * One line of the identification criteria: if {@code criterion} holds for a track, it gets {@code
 * identity}. Rules are tried in order; the first that holds decides.
 *
 * @param name the rule's name, shown to the operator as the reason
 * @param criterion what is tested
 * @param identity the standard identity it gives
 * @param values the criterion's parameter: Mode 3/A codes for {@link
 *     IdentificationCriterion#EMERGENCY_SQUAWK}, ISO alpha-3 country codes for the origin criteria;
 *     empty otherwise
 */
public record IdentificationRule(
    String name, IdentificationCriterion criterion, StandardIdentity identity, Set<String> values) {
  public IdentificationRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(identity, "identity");
    values = values == null ? Set.of() : Set.copyOf(values);
  }

  /** A rule without parameter values. */
  public static IdentificationRule of(
      String name, IdentificationCriterion criterion, StandardIdentity identity) {
    return new IdentificationRule(name, criterion, identity, Set.of());
  }
}
