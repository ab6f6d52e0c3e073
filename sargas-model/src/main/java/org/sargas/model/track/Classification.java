package org.sargas.model.track;

import java.util.Objects;

/**
 * A classification with its confidence and the rule that gave it.
 *
 * @param targetClass the class
 * @param confidence in [0, 1]
 * @param reason the rule or evidence, for the operator
 */
public record Classification(TargetClass targetClass, double confidence, String reason) {
  public static final Classification UNKNOWN =
      new Classification(TargetClass.UNKNOWN, 0.0, "not enough evidence");

  public Classification {
    Objects.requireNonNull(targetClass, "targetClass");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }
}
